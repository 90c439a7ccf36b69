import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where scripts/e2e-server.mjs runs the app for the browser tests (playwright.config.ts passes these on). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4310);
export const E2E_DATABASE_PORT = Number(process.env.E2E_DATABASE_PORT ?? E2E_PORT + 1);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? join(tmpdir(), `gemeente-crm-e2e-${E2E_PORT}`);
export const BASE_URL = `http://localhost:${E2E_PORT}`;

/** The environment of the app under test, for its CLI commands (token, seed). */
function cliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'OIDC_ISSUER', 'OIDC_JWKS_URI', 'BSN_ENCRYPTION_KEY']) delete env[name];
  return {
    ...env,
    NODE_ENV: 'development',
    PUBLIC_URL: BASE_URL,
    DATA_DIR: E2E_DATA_DIR,
    EMBEDDED_DATABASE_PORT: String(E2E_DATABASE_PORT),
    LOG_LEVEL: 'warn',
  };
}

function cli(command: string, args: string[]): string {
  return execFileSync(process.execPath, [`dist/api/apps/api/src/cli/${command}.js`, ...args], { env: cliEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const tokens = new Map<string, string>();

/** An access token of a demo user, signed by the app's local identity provider (`npm run token`). */
export function tokenFor(role: string): string {
  let token = tokens.get(role);
  if (!token) {
    token = cli('token', [role]).trim();
    tokens.set(role, token);
  }
  return token;
}

/** Adds generated organisations to the app's database (`npm run seed -- --organisations n`). */
export function seedOrganisations(count: number): void {
  cli('seed', ['--organisations', String(count)]);
}

export interface ApiResponse<T> {
  status: number;
  etag: string | null;
  body: T;
}

/** Calls the REST API as a demo user, the way another application (or a colleague) would. */
export async function callApi<T = Record<string, unknown>>(
  role: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${tokenFor(role)}`,
      accept: 'application/json',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : null) as T;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { status: response.status, etag: response.headers.get('etag'), body };
}
