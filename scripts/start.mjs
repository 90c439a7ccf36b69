// `npm start`: builds what is missing, then runs the API, which also serves the web app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Gemeente CRM needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.version}.`);
  process.exit(1);
}

function run(script) {
  const result = spawnSync('npm', ['run', '-s', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('build:api');
if (existsSync('apps/web/vite.config.ts') && !existsSync('apps/web/dist/index.html')) {
  console.log('Building the web app (first start only)...');
  run('build:web');
}

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
