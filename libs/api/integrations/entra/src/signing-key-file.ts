import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'RS256';

/** A private JWK as the provider signs with it: RSA with `kid`, `alg` and `use`. */
export interface PrivateSigningJwk extends JWK {
  kid: string;
  alg: typeof SIGNING_ALGORITHM;
  d: string;
}

/**
 * The local provider's private signing key set, kept in a file so that tokens stay valid across
 * restarts (and `npm run token` signs with the same key as the running server). The first caller
 * generates an RS256 key; the file is readable by the owner only.
 */
export async function loadOrCreateSigningKeys(keyFile: string): Promise<PrivateSigningJwk[]> {
  const existing = await readKeyFile(keyFile);
  if (existing) return existing;

  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = {
    ...(await exportJWK(privateKey)),
    kid: await calculateJwkThumbprint(await exportJWK(publicKey)),
    alg: SIGNING_ALGORITHM,
    use: 'sig',
  } as PrivateSigningJwk;

  // Written completely under a temporary name, then linked into place: link fails when the file
  // exists, so two processes starting at once agree on one key and nobody reads half a file.
  await mkdir(dirname(keyFile), { recursive: true });
  const temporary = `${keyFile}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ keys: [jwk] }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
  const stored = await readKeyFile(keyFile);
  if (!stored) throw new Error(`Could not create the signing key file ${keyFile}`);
  return stored;
}

async function readKeyFile(keyFile: string): Promise<PrivateSigningJwk[] | undefined> {
  let text: string;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const keys = (JSON.parse(text) as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every(isPrivateSigningJwk)) {
    throw new Error(`${keyFile} is not a private RS256 JSON Web Key Set; delete it to have a new key generated`);
  }
  return keys;
}

function isPrivateSigningJwk(key: unknown): key is PrivateSigningJwk {
  const jwk = key as Partial<PrivateSigningJwk> | null;
  return jwk?.kty === 'RSA' && jwk.alg === SIGNING_ALGORITHM && typeof jwk.kid === 'string' && typeof jwk.d === 'string';
}
