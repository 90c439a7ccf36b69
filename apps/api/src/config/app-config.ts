import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isKvkTestEnvironment, KVK_PRODUCTION_BASE_URL, KVK_TEST_API_KEY, KVK_TEST_BASE_URL } from '@gemeente-crm/integrations-kvk';
import { z } from 'zod';

const booleanSetting = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const optionalUrl = z.url({ protocol: /^https?$/ }).optional();

/** Every setting the API reads, with its default. `.env.example` documents the same list. */
const EnvironmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: optionalUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  EMBEDDED_DATABASE_PORT: z.coerce.number().int().min(1024).max(65535).default(55432),
  MIGRATIONS_RUN: booleanSetting.default(true),
  SEED_DEMO_DATA: booleanSetting.optional(),
  OIDC_ISSUER: optionalUrl,
  OIDC_AUDIENCE: z.string().min(1).default('api://gemeente-crm'),
  OIDC_JWKS_URI: optionalUrl,
  OIDC_CLIENT_ID: z.string().min(1).default('gemeente-crm-web'),
  OIDC_SCOPE: z.string().optional(),
  BSN_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
    .optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).default(26_214_400),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  MUNICIPALITY_NAME: z.string().min(1).default("Gemeente 's-Hertogenbosch"),
  MUNICIPALITY_LOGO_URL: z.string().optional(),
  MUNICIPALITY_PRIMARY_COLOR: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#B01C2E'),
  MUNICIPALITY_SECONDARY_COLOR: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#1F3A5F'),
  WEB_DIST_DIR: z.string().optional(),
  KVK_ADAPTER: z.enum(['kvk-api', 'fake']).optional(),
  KVK_BASE_URL: z.url({ protocol: /^https?$/ }).default(KVK_PRODUCTION_BASE_URL),
  KVK_API_KEY: z.string().trim().min(1).optional(),
  KVK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  JOBS_ENABLED: booleanSetting.default(true),
  REMINDER_SWEEP_CRON: z
    .string()
    .trim()
    .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron expression, e.g. */15 * * * *')
    .default('*/15 * * * *'),
  LEAD_SCORING_CRON: z
    .string()
    .trim()
    .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron expression, e.g. 30 2 * * *')
    .default('30 2 * * *'),
  LEAD_SCORE_SWEEP_CRON: z
    .string()
    .trim()
    .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron expression, e.g. * * * * *')
    .default('* * * * *'),
  KVK_CHECK_CRON: z
    .string()
    .trim()
    .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron expression, e.g. 15 3 * * *')
    .default('15 3 * * *'),
  KVK_CHECK_BATCH: z.coerce.number().int().min(1).max(10_000).default(200),
  DUPLICATE_SCAN_CRON: z
    .string()
    .trim()
    .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron expression, e.g. 45 1 * * *')
    .default('45 1 * * *'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().trim().min(3).optional(),
  DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).optional(),
  MAIL_INTERNAL_DOMAINS: z.string().trim().optional(),
  QUOTES_PDF_CONVERTER: z.enum(['pdfmake', 'libreoffice']).default('pdfmake'),
  SOFFICE_PATH: z.string().trim().min(1).default('soffice'),
});

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  logLevel: string;
  dataDir: string;
  database: { url: string | null; poolSize: number; embeddedPort: number; migrationsRun: boolean };
  /** Demo mode: local identity provider with demo users, demo data seeded into an empty database. */
  demo: boolean;
  seedDemoData: boolean;
  auth: { issuer: string; audience: string; jwksUri?: string; clientId: string; scope: string };
  /** Key for BSN encryption at rest (32 bytes). */
  bsnKey: Buffer;
  bodyLimitBytes: number;
  /** Largest file accepted in a multipart upload (documents, e-mails, import sheets). */
  uploadLimitBytes: number;
  rateLimitPerMinute: number;
  municipality: { name: string; logoUrl: string | null; primaryColor: string; secondaryColor: string };
  webDistDir: string;
  /** The company register (KvK): the real API, or a fake server in this process (demo mode). */
  kvk: { adapter: 'kvk-api' | 'fake'; baseUrl: string; apiKey: string | null; timeoutMs: number };
  /** Background jobs (task reminders, e-mail) on the PostgreSQL-backed queue, in this process. */
  jobs: { enabled: boolean; reminderSweepCron: string };
  /** Lead scoring: nightly rescoring of every open lead, and the sweep for leads changed since their score (cron, Dutch time). */
  leadScoring: { nightlyCron: string; changeSweepCron: string };
  /** The KvK "no longer registered" check (organisations per run) and the duplicate scan (cron, Dutch time). */
  relationJobs: { kvkCheckCron: string; kvkCheckBatch: number; duplicateScanCron: string };
  /** Outbound e-mail through an SMTP relay; null: off (e-mails are logged, not sent). */
  mail: { smtpUrl: string; from: string } | null;
  /** Documents: largest file accepted (at most the upload limit). */
  documents: { maxBytes: number };
  /** Quote PDFs: laid out by pdfmake, or (opt-in) the filled Word document converted by LibreOffice. */
  quotes: { libreOffice: { sofficePath: string } | null };
  /** Domains of the municipality's own addresses: an imported e-mail from one of them is outgoing. */
  mailInternalDomains: string[];
}

export class ConfigurationError extends Error {}

/**
 * Reads and validates the environment once, at start-up. A missing or invalid setting stops
 * the process with a message that names it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvironmentSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigurationError(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const demo = !e.OIDC_ISSUER;
  if (e.NODE_ENV === 'production' && demo) {
    throw new ConfigurationError('Invalid configuration:\n  OIDC_ISSUER: required in production (the demo identity provider is for development only)');
  }
  if (e.NODE_ENV === 'production' && !e.BSN_ENCRYPTION_KEY) {
    throw new ConfigurationError('Invalid configuration:\n  BSN_ENCRYPTION_KEY: required in production (32 random bytes, base64)');
  }
  const dataDir = resolve(e.DATA_DIR);
  const kvk = kvkConfig(e, demo);
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new ConfigurationError('Invalid configuration:\n  MAIL_FROM: required when SMTP_URL is set, e.g. "Gemeente CRM" <crm@gemeente.nl>');
  }
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    dataDir,
    database: { url: e.DATABASE_URL ?? null, poolSize: e.DATABASE_POOL_SIZE, embeddedPort: e.EMBEDDED_DATABASE_PORT, migrationsRun: e.MIGRATIONS_RUN },
    demo,
    seedDemoData: e.SEED_DEMO_DATA ?? demo,
    auth: {
      issuer: (e.OIDC_ISSUER ?? `${publicUrl}/oidc`).replace(/\/$/, ''),
      audience: e.OIDC_AUDIENCE,
      ...(e.OIDC_JWKS_URI ? { jwksUri: e.OIDC_JWKS_URI } : {}),
      clientId: e.OIDC_CLIENT_ID,
      scope: e.OIDC_SCOPE ?? (demo ? 'openid profile offline_access api' : `openid profile offline_access ${e.OIDC_AUDIENCE}/access_as_user`),
    },
    bsnKey: e.BSN_ENCRYPTION_KEY ? Buffer.from(e.BSN_ENCRYPTION_KEY, 'base64') : localKey(dataDir, 'bsn-encryption.key'),
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    municipality: {
      name: e.MUNICIPALITY_NAME,
      logoUrl: e.MUNICIPALITY_LOGO_URL ?? null,
      primaryColor: e.MUNICIPALITY_PRIMARY_COLOR,
      secondaryColor: e.MUNICIPALITY_SECONDARY_COLOR,
    },
    webDistDir: resolve(e.WEB_DIST_DIR ?? 'apps/web/dist'),
    kvk,
    jobs: { enabled: e.JOBS_ENABLED, reminderSweepCron: e.REMINDER_SWEEP_CRON },
    leadScoring: { nightlyCron: e.LEAD_SCORING_CRON, changeSweepCron: e.LEAD_SCORE_SWEEP_CRON },
    relationJobs: { kvkCheckCron: e.KVK_CHECK_CRON, kvkCheckBatch: e.KVK_CHECK_BATCH, duplicateScanCron: e.DUPLICATE_SCAN_CRON },
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : null,
    documents: { maxBytes: Math.min(e.DOCUMENT_MAX_BYTES ?? e.UPLOAD_LIMIT_BYTES, e.UPLOAD_LIMIT_BYTES) },
    quotes: { libreOffice: e.QUOTES_PDF_CONVERTER === 'libreoffice' ? { sofficePath: e.SOFFICE_PATH } : null },
    mailInternalDomains: mailInternalDomains(e.MAIL_INTERNAL_DOMAINS, e.MAIL_FROM),
  };
}

/**
 * KvK: the fake register in demo mode, the real API otherwise. The real API needs a key,
 * except KvK's test environment, whose public key is filled in (it opens fictitious data only).
 */
function kvkConfig(e: z.output<typeof EnvironmentSchema>, demo: boolean): AppConfig['kvk'] {
  const adapter = e.KVK_ADAPTER ?? (demo ? 'fake' : 'kvk-api');
  if (adapter === 'fake' && e.NODE_ENV === 'production') {
    throw new ConfigurationError('Invalid configuration:\n  KVK_ADAPTER: fake is for development and demos; use kvk-api in production');
  }
  const apiKey = e.KVK_API_KEY ?? (isKvkTestEnvironment(e.KVK_BASE_URL) ? KVK_TEST_API_KEY : null);
  if (adapter === 'kvk-api' && !apiKey) {
    throw new ConfigurationError(
      `Invalid configuration:\n  KVK_API_KEY: required when KVK_ADAPTER=kvk-api (your key from developers.kvk.nl; or KVK_BASE_URL=${KVK_TEST_BASE_URL} for KvK's test environment)`,
    );
  }
  return { adapter, baseUrl: e.KVK_BASE_URL.replace(/\/+$/, ''), apiKey, timeoutMs: e.KVK_TIMEOUT_MS };
}

/** `MAIL_INTERNAL_DOMAINS` (comma-separated), else the domain of MAIL_FROM's address, else none. */
function mailInternalDomains(setting: string | undefined, mailFrom: string | undefined): string[] {
  const listed = (setting ?? '').split(',').map((domain) => domain.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  if (listed.length) return listed;
  const fromDomain = /@([^\s>]+)>?\s*$/.exec(mailFrom ?? '')?.[1]?.toLowerCase();
  return fromDomain ? [fromDomain] : [];
}

/** Outside production a key is generated once and kept in the data folder. */
function localKey(dataDir: string, name: string): Buffer {
  const file = join(dataDir, name);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}
