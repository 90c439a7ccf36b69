// `node scripts/e2e-server.mjs`: the built app for the browser tests (playwright.config.ts starts
// it), run the way `npm start` runs it but isolated: a fresh data folder with its own embedded
// PostgreSQL, a fixed port, demo mode (local login, demo data seeded), no rate limit.
//
//   E2E_PORT           the app's port (default 4310)
//   E2E_DATABASE_PORT  the embedded PostgreSQL's port (default E2E_PORT + 1, so it never meets
//                      a developer's running app on 55432)
//   E2E_DATA_DIR       the data folder (default <tmp>/gemeente-crm-e2e-<port>); emptied at start
//                      and removed on exit
//
// The app's log goes to dist/e2e/app.log; errors on stderr.
//
// playwright.config.ts passes all three from test/e2e/support/server.ts, which also runs the
// CLI commands (token, seed) with the same settings.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.E2E_PORT ?? 4310);
const databasePort = Number(process.env.E2E_DATABASE_PORT ?? port + 1);
const dataDir = process.env.E2E_DATA_DIR ?? join(tmpdir(), `gemeente-crm-e2e-${port}`);

const env = { ...process.env };
// A developer's own settings must not leak in: no external database or identity provider.
for (const name of ['DATABASE_URL', 'OIDC_ISSUER', 'OIDC_JWKS_URI', 'OIDC_SCOPE', 'BSN_ENCRYPTION_KEY', 'WEB_DIST_DIR', 'KVK_ADAPTER', 'SMTP_URL']) delete env[name];
Object.assign(env, {
  NODE_ENV: 'development',
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://localhost:${port}`,
  DATA_DIR: dataDir,
  EMBEDDED_DATABASE_PORT: String(databasePort),
  SEED_DEMO_DATA: 'true',
  RATE_LIMIT_PER_MINUTE: '0',
  LOG_LEVEL: 'warn',
  // A copy of the web app's build: a rebuild while the tests run must not swap the files under them.
  WEB_DIST_DIR: join(dataDir, 'web'),
});

function log(message) {
  process.stderr.write(`[e2e-server] ${message}\n`);
}

/** Stops an embedded PostgreSQL a crashed earlier run left behind in our data folder. */
function stopLeftoverDatabase() {
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown
    log(`stopped the embedded PostgreSQL (pid ${pid}) left behind by an earlier run`);
    for (let i = 0; i < 50; i++) {
      process.kill(pid, 0);
      spawnSync('sleep', ['0.1']);
    }
  } catch {
    // not running (any more)
  }
}

function removeDataDir() {
  rmSync(dataDir, { recursive: true, force: true });
}

if (!existsSync(join(root, 'dist/api/apps/api/src/main.js')) || !existsSync(join(root, 'apps/web/dist/index.html'))) {
  log('no build found: running npm run build');
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Another test run's app on this port: leave it (and its data folder) alone.
if (await fetch(`http://127.0.0.1:${port}/api/v1/health`, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false)) {
  log(`port ${port} is in use by another run; set E2E_PORT to run the browser tests beside it`);
  process.exit(1);
}
stopLeftoverDatabase();
removeDataDir();
cpSync(join(root, 'apps/web/dist'), env.WEB_DIST_DIR, { recursive: true });
log(`starting the app at http://localhost:${port}/ (data in ${dataDir})`);

const logFile = join(root, 'dist/e2e/app.log');
mkdirSync(join(root, 'dist/e2e'), { recursive: true });
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js'], { cwd: root, env, stdio: ['ignore', openSync(logFile, 'w'), 'inherit'] });
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
api.on('exit', (code, signal) => {
  if (!stopping) {
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).map((line) => line.slice(0, 500));
    log(`the app stopped unexpectedly (exit code ${code}, signal ${signal}); the end of ${logFile}:\n${tail.join('\n')}`);
  }
  // The app stops its embedded database on SIGINT/SIGTERM; after a crash, stop it here.
  stopLeftoverDatabase();
  removeDataDir();
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
