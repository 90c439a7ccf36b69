// `npm run build:api && node scripts/bench-timeline.mjs [--duration 10] [--connections 20,50]`:
// load-tests the 360° timeline, the summary and the contact moment list through the whole HTTP
// stack with autocannon, on a data set seeded beforehand (see docs/contact-moments-and-tasks.md):
//
//   DATABASE_URL=... npm run seed -- --organisations 100000
//   DATABASE_URL=... npm run seed -- --contact-moments 5000000 --tasks 20000
//
// Needs DATABASE_URL; DATA_DIR (default ./data/bench) holds the demo login's signing key.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const duration = Number(args.duration ?? 10);
const connectionLevels = String(args.connections ?? '20,50').split(',').map(Number);
if (!process.env.DATABASE_URL) throw new Error('Set DATABASE_URL to the seeded database');

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  DATA_DIR: process.env.DATA_DIR ?? './data/bench',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  SEED_DEMO_DATA: 'false',
  NODE_ENV: 'development',
};
const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => api.kill('SIGTERM'));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/v1/health`)).ok) break;
  } catch {
    // not listening yet
  }
  if (i > 300) throw new Error('the API did not become healthy');
  await new Promise((r) => setTimeout(r, 500));
}
const token = spawnSync(process.execPath, ['dist/api/apps/api/src/cli/token.js', 'accountmanager'], { env, encoding: 'utf8' }).stdout.trim();

const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
const [{ moments }] = (await pool.query('SELECT count(*)::int AS moments FROM contact_moment')).rows;
const typical = (await pool.query(`SELECT DISTINCT object_id AS id FROM interaction_link TABLESAMPLE SYSTEM (1) WHERE object_type = 'organisation' LIMIT 1000`)).rows.map((r) => r.id);
const heaviest = (
  await pool.query(`SELECT object_id AS id FROM interaction_link WHERE object_type = 'organisation' GROUP BY 1 ORDER BY count(*) DESC LIMIT 3`)
).rows.map((r) => r.id);
const [{ n: heaviestCount }] = (await pool.query(`SELECT count(*)::int AS n FROM interaction_link WHERE object_id = $1`, [heaviest[0]])).rows;
await pool.end();

const scenarios = [
  { name: 'timeline, random organisations', paths: typical.map((id) => `/api/v1/organisations/${id}/timeline`) },
  { name: `timeline, 3 heaviest (top: ${heaviestCount.toLocaleString('en')})`, paths: heaviest.map((id) => `/api/v1/organisations/${id}/timeline`) },
  { name: 'timeline page 20, heaviest', paths: heaviest.map((id) => `/api/v1/organisations/${id}/timeline?page=20`) },
  { name: 'summary, random organisations', paths: typical.map((id) => `/api/v1/organisations/${id}/summary`) },
  { name: 'contact moments ?organisationId=', paths: typical.map((id) => `/api/v1/contact-moments?organisationId=${id}`) },
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '-');
console.log(`\nTimeline benchmark — ${moments.toLocaleString('en')} contact moments, ${duration}s per run, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log('scenario | conn | req/s | p50 ms | p95 ms | p99 ms | errors');
console.log('--- | --- | --- | --- | --- | --- | ---');
for (const scenario of scenarios) {
  for (const connections of connectionLevels) {
    const latencies = [];
    let errors = 0;
    const statuses = {};
    const instance = autocannon({ url: base, connections, duration, headers: { authorization: `Bearer ${token}` }, requests: scenario.paths.map((path) => ({ method: 'GET', path })) });
    instance.on('response', (_client, status, _bytes, time) => (status === 200 ? latencies.push(time) : (errors += 1, (statuses[status] = (statuses[status] ?? 0) + 1))));
    const result = await instance;
    latencies.sort((a, b) => a - b);
    if (errors) console.error('non-200 answers:', statuses);
    console.log([scenario.name, connections, fmt(result.requests.average), fmt(percentile(latencies, 50)), fmt(percentile(latencies, 95)), fmt(percentile(latencies, 99)), errors + result.errors].join(' | '));
  }
}
api.kill('SIGTERM');
process.exit(0);
