// `npm run bench`: load-tests organisation search, list and detail through the whole HTTP stack
// (token validation, validation, database) with autocannon, and runs the same queries directly
// through `pg` at the same concurrency, so the cost of everything above the database shows.
//
//   npm run bench -- [--organisations 1000000] [--duration 10] [--connections 50,200]
//
// Uses DATABASE_URL when set, else an embedded PostgreSQL in ./data/bench (kept between runs,
// so the data set is generated once). Tops the data set up to --organisations first.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const organisations = Number(args.organisations ?? 100_000);
const duration = Number(args.duration ?? 10);
const connectionLevels = String(args.connections ?? '50,200').split(',').map(Number);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  DATA_DIR: process.env.DATA_DIR ?? './data/bench',
  EMBEDDED_DATABASE_PORT: process.env.EMBEDDED_DATABASE_PORT ?? '55433',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  SEED_DEMO_DATA: 'false',
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '20',
  NODE_ENV: 'development',
};

const cli = (script, ...rest) => {
  const result = spawnSync(process.execPath, [`dist/api/apps/api/src/cli/${script}.js`, ...rest], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`${script} failed`);
  return result.stdout.trim();
};

console.log(`Starting the API on port ${port} (data: ${env.DATABASE_URL ? 'DATABASE_URL' : env.DATA_DIR})...`);
const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const stopApi = () => api.kill('SIGTERM');
process.on('exit', stopApi);
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

const configResponse = await fetch(`${base}/api/v1/app-config`);
if (!configResponse.ok) throw new Error('no app-config');
const databaseUrl = env.DATABASE_URL ?? `postgres://postgres:gemeente-crm-local@127.0.0.1:${env.EMBEDDED_DATABASE_PORT}/gemeente_crm`;
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(env.DATABASE_POOL_SIZE) });
const [{ n: existing }] = (await pool.query('SELECT count(*)::int AS n FROM organisation')).rows;
if (existing < organisations) {
  console.log(`Seeding ${organisations - existing} organisations (there are ${existing})...`);
  cli('seed', '--organisations', String(organisations - existing));
}
await pool.query('ANALYZE');
const [{ n: total }] = (await pool.query('SELECT count(*)::int AS n FROM organisation')).rows;
const ids = (await pool.query('SELECT id FROM organisation TABLESAMPLE SYSTEM (1) LIMIT 1000')).rows.map((r) => r.id);
const cities = (await pool.query('SELECT visiting_city AS c FROM organisation WHERE visiting_city IS NOT NULL GROUP BY 1 LIMIT 20')).rows.map((r) => r.c);
const token = cli('token', 'accountmanager');
const terms = ['bakkerij', 'install', 'stichting', 'de meierij', 'van dijk', 'bouw', 'rosmalen', 'adviesbureau', 'zorg', 'techniek'];

const SEARCH_TEXT = `lower(o.name || ' ' || coalesce(o.kvk_number, '') || ' ' || coalesce(o.visiting_city, '') || ' ' || coalesce(o.email, ''))`;
// Raw SQL mirroring TypeormOrganisationRepository.search: one page (relevance window for text
// searches, name order otherwise), and the count
// as countMatches does it (the planner's estimate for broad matches, else a capped exact count).
const LIST_COLUMNS = 'o.id, o.name, o.kvk_number, o.visiting_city AS city, o.status, o.relation_types, o.tags, o.owner_id, o.archived_at IS NOT NULL AS archived, o.updated_at';
const pageAndCount = (where, params, q) => [
  q
    ? [`WITH matches AS MATERIALIZED (SELECT ${LIST_COLUMNS} FROM organisation o WHERE ${where} LIMIT 1000) SELECT * FROM matches
        ORDER BY (kvk_number = $${params.length + 1}) DESC, (lower(name) LIKE $${params.length + 1} || '%') DESC, similarity(lower(name), $${params.length + 1}) DESC, lower(name), id LIMIT 25`, [...params, q]]
    : [`SELECT ${LIST_COLUMNS} FROM organisation o WHERE ${where} ORDER BY lower(o.name) ASC, o.id LIMIT 25`, params],
  [`EXPLAIN (FORMAT JSON) SELECT 1 FROM organisation o WHERE ${where}`, params, { countIfSmall: `SELECT count(*)::int FROM (SELECT 1 FROM organisation o WHERE ${where} LIMIT 1001) c` }],
];
const scenarios = [
  {
    name: 'search ?q=',
    paths: terms.map((t) => `/api/v1/organisations?q=${encodeURIComponent(t)}`),
    sql: terms.map((t) => {
      const words = t.split(' ');
      const where = ['o.archived_at IS NULL', ...words.map((_, i) => `${SEARCH_TEXT} LIKE $${i + 1}`)].join(' AND ');
      return pageAndCount(where, words.map((w) => `%${w}%`), t);
    }),
  },
  {
    name: 'list by city, sorted by name',
    paths: cities.map((c) => `/api/v1/organisations?city=${encodeURIComponent(c)}&sort=name`),
    sql: cities.map((c) => pageAndCount('o.archived_at IS NULL AND lower(o.visiting_city) = lower($1)', [c])),
  },
  {
    name: 'detail',
    paths: ids.map((id) => `/api/v1/organisations/${id}`),
    sql: ids.map((id) => [['SELECT * FROM organisation WHERE id = $1', [id]]]),
  },
];

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function overHttp(scenario, connections) {
  const latencies = [];
  let errors = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration,
    headers: { authorization: `Bearer ${token}` },
    requests: scenario.paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client, status, _bytes, time) => {
    if (status === 200) latencies.push(time);
    else errors += 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { rps: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors: errors + result.errors };
}

async function overPg(scenario, connections) {
  const latencies = [];
  const end = Date.now() + duration * 1000;
  let next = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const queries = scenario.sql[next++ % scenario.sql.length];
      const start = performance.now();
      await Promise.all(
        queries.map(async ([text, params, options]) => {
          const result = await pool.query(text, params);
          if (options?.countIfSmall && result.rows[0]['QUERY PLAN'][0].Plan['Plan Rows'] <= 1_000) await pool.query(options.countIfSmall, params);
        }),
      );
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / duration, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors: 0 };
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '-');
console.log(`\nGemeente CRM benchmark — ${total.toLocaleString('en')} organisations, ${duration}s per run, ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
const header = ['scenario', 'conn', 'API req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'pg req/s', 'pg p50', 'pg p95', 'pg p99', 'API/pg'];
console.log(header.join(' | '));
console.log(header.map(() => '---').join(' | '));
for (const scenario of scenarios) {
  for (const connections of connectionLevels) {
    const http = await overHttp(scenario, connections);
    const raw = await overPg(scenario, Math.min(connections, Number(env.DATABASE_POOL_SIZE)));
    console.log(
      [scenario.name, connections, fmt(http.rps), fmt(http.p50), fmt(http.p95), fmt(http.p99), http.errors, fmt(raw.rps), fmt(raw.p50), fmt(raw.p95), fmt(raw.p99), `${fmt((http.rps / raw.rps) * 100)}%`].join(' | '),
    );
  }
}
await pool.end();
stopApi();
process.exit(0);
