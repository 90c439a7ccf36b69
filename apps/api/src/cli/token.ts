import { join } from 'node:path';
import { mintAccessToken } from '@gemeente-crm/integrations-entra';
import { loadConfig } from '../config/app-config.js';
import { runCli } from './cli-runtime.js';

/**
 * `npm run token -- <role>`: prints (only) an access token of the demo user with that role,
 * signed by the local identity provider, for curl and scripts. Demo mode only: with an external
 * issuer, get tokens from that issuer.
 */
runCli(async () => {
  const role = process.argv[2];
  if (!role) throw new Error('usage: npm run token -- <role>   (e.g. accountmanager, auditor)');
  const config = loadConfig();
  if (!config.demo) throw new Error('OIDC_ISSUER is set: tokens come from that identity provider, not from this command.');
  const token = await mintAccessToken({
    keyFile: join(config.dataDir, 'oidc-signing-key.json'),
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    login: role,
  });
  process.stdout.write(`${token}\n`);
});
