import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from './app-config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'gemeente-crm-config-'));

describe('configuration at start-up', () => {
  it('runs in demo mode with nothing set: embedded database, local login on the public URL', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.demo).toBe(true);
    expect(config.seedDemoData).toBe(true);
    expect(config.database.url).toBeNull();
    expect(config.auth.issuer).toBe('http://localhost:3000/oidc');
    expect(config.bsnKey).toHaveLength(32);
  });

  it('keeps the generated development BSN key between starts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).bsnKey.equals(loadConfig({ DATA_DIR: dir }).bsnKey)).toBe(true);
  });

  it('stops with a message naming every invalid setting', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'abc', DATABASE_URL: 'mysql://x', MUNICIPALITY_PRIMARY_COLOR: 'red' })).toThrow(ConfigurationError);
    try {
      loadConfig({ DATA_DIR: dataDir(), PORT: 'abc', DATABASE_URL: 'mysql://x', MUNICIPALITY_PRIMARY_COLOR: 'red' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/MUNICIPALITY_PRIMARY_COLOR/);
    }
  });

  it('refuses production without a real identity provider or BSN key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir(), OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0' })).toThrow(
      /BSN_ENCRYPTION_KEY/,
    );
  });

  it('uses Entra ID settings when an issuer is configured', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      OIDC_AUDIENCE: 'api://crm',
      BSN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      KVK_API_KEY: 'test-key',
    });
    expect(config.demo).toBe(false);
    expect(config.seedDemoData).toBe(false);
    expect(config.auth.scope).toBe('openid profile offline_access api://crm/access_as_user');
  });
});
