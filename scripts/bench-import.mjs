// Benchmarks the import wizard end to end over HTTP: generates a sheet of N rows (each an
// organisation with a contact person), uploads it, times the dry run, then starts the run on
// the job queue and polls until it is done. Prints the figures for docs/performance.md.
//
//   npm run -s build:api && node scripts/bench-import.mjs [--rows 100000] [--dist dist/api] [--max-run-seconds 600]
//
// Uses DATABASE_URL when set (use an empty database: the run creates N organisations), else an
// embedded PostgreSQL in ./data/bench-import.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const rows = Number(args.rows ?? 100_000);
const dist = String(args.dist ?? 'dist/api');
// Stop timing the run after this long and report the rate so far (the run itself is resumable).
const maxRunSeconds = Number(args['max-run-seconds'] ?? Infinity);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// --- the sheet: Dutch Excel style (semicolons, BOM), headers the wizard recognises -------------
const HEADER = 'Bedrijfsnaam;KvK-nummer;Straat;Huisnummer;Postcode;Plaats;E-mail;Telefoon;Tags;Voornaam;Tussenvoegsel;Achternaam;E-mail contactpersoon;Functie';
const STREETS = ['Markt', 'Kerkstraat', 'Hinthamerstraat', 'Vughterstraat', 'Orthenseweg', 'Pettelaarpark', 'De Run', 'Stationsplein'];
const CITIES = ["'s-Hertogenbosch", 'Rosmalen', 'Vught', 'Oss', 'Sint-Michielsgestel', 'Berlicum'];
const KINDS = ['Bakkerij', 'Installatiebedrijf', 'Adviesbureau', 'Stichting', 'Bouwbedrijf', 'Kapsalon', 'Garage', 'Drukkerij'];
const FIRST = ['Jan', 'Anna', 'Piet', 'Fatima', 'Mohamed', 'Sanne', 'Luuk', 'Eva', 'Daan', 'Noor'];
const LAST = [['van', 'Dijk'], ['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['', 'Bakker'], ['', 'Visser'], ['', 'Smits'], ['van der', 'Heijden']];
const lines = [HEADER];
for (let i = 0; i < rows; i++) {
  const [prefix, last] = LAST[i % LAST.length];
  // Postcode letters without SA, SD and SS, which Dutch postcodes never have.
  const letters = 'ABCEHJKLNPRTVXZ'[i % 15] + 'ABCEHJKLNPRTVXZ'[Math.floor(i / 15) % 15];
  lines.push(
    [
      `${KINDS[i % KINDS.length]} ${last} ${i + 1}`,
      String(10_000_000 + i),
      STREETS[i % STREETS.length],
      String((i % 250) + 1),
      `${5211 + (i % 700)} ${letters}`,
      CITIES[i % CITIES.length],
      `info${i}@bedrijf${i}.nl`,
      `073 ${String(6_000_000 + (i % 999_999)).slice(0, 3)} ${String(1000 + (i % 8999))}`,
      i % 3 === 0 ? 'import-bench, horeca' : 'import-bench',
      FIRST[i % FIRST.length],
      prefix,
      last,
      `contact${i}@bedrijf${i}.nl`,
      i % 2 ? 'Eigenaar' : 'Inkoper',
    ].join(';'),
  );
}
const csv = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
mkdirSync('data', { recursive: true });
writeFileSync(`data/bench-import-${rows}.csv`, csv);
console.log(`Generated ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB): data/bench-import-${rows}.csv`);

// --- the API, as npm start runs it ---------------------------------------------------------
const port = await freePort();
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  DATA_DIR: process.env.DATA_DIR ?? './data/bench-import',
  EMBEDDED_DATABASE_PORT: process.env.EMBEDDED_DATABASE_PORT ?? '55434',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  SEED_DEMO_DATA: 'false',
  UPLOAD_LIMIT_BYTES: String(Math.max(26_214_400, csv.length + 1_000_000)),
  NODE_ENV: 'development',
};
const cli = (script, ...rest) => {
  const result = spawnSync(process.execPath, [`${dist}/apps/api/src/cli/${script}.js`, ...rest], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`${script} failed`);
  return result.stdout.trim();
};
console.log(`Starting the API on port ${port} from ${dist} (data: ${env.DATABASE_URL ? 'DATABASE_URL' : env.DATA_DIR})...`);
const api = spawn(process.execPath, [`${dist}/apps/api/src/main.js`], { env, stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => api.kill('SIGTERM'));
const base = `http://127.0.0.1:${port}/api/v1`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {
    // not listening yet
  }
  if (i > 300) throw new Error('the API did not become healthy');
  await new Promise((r) => setTimeout(r, 500));
}
const token = cli('token', 'functioneel-beheerder');
const headers = { authorization: `Bearer ${token}` };
const call = async (method, path, body) => {
  const response = await fetch(`${base}${path}`, { method, headers, body });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

const timed = async (work) => {
  const start = performance.now();
  const result = await work();
  return [result, (performance.now() - start) / 1000];
};

const form = new FormData();
form.append('file', new Blob([csv]), `bench-${rows}.csv`);
const [uploaded, uploadSeconds] = await timed(() => call('POST', '/imports', form));
console.log(`upload: ${uploadSeconds.toFixed(1)} s`);
const [checked, dryRunSeconds] = await timed(() => call('POST', `/imports/${uploaded.id}/dry-run`));
console.log(`dry run: ${dryRunSeconds.toFixed(1)} s`, checked.dryRun);
const [, pageSeconds] = await timed(() => call('GET', `/imports/${uploaded.id}/rows?page=100&pageSize=100`));

// CPU time (user + system) of the API process and of the database's server processes for this
// database, where /proc shows them (Linux, PostgreSQL on this machine): what a row costs,
// whatever else the machine is doing.
const ticksPerSecond = 100;
const processTicks = (pid) => {
  try {
    const fields = spawnSync('cat', [`/proc/${pid}/stat`], { encoding: 'utf8' }).stdout.split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
};
const databaseName = env.DATABASE_URL ? new URL(env.DATABASE_URL).pathname.slice(1) : null;
const databaseTicks = () => {
  if (!databaseName) return NaN;
  const pids = spawnSync('pgrep', ['-f', `postgres: .* ${databaseName} `], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  return pids.length ? pids.reduce((sum, pid) => sum + processTicks(pid), 0) : NaN;
};
const cpuBefore = { api: processTicks(api.pid), database: databaseTicks() };

const runStart = performance.now();
await call('POST', `/imports/${uploaded.id}/run`);
let last;
for (;;) {
  await new Promise((r) => setTimeout(r, 2000));
  last = await call('GET', `/imports/${uploaded.id}`);
  const elapsed = (performance.now() - runStart) / 1000;
  process.stdout.write(`\rrun: ${last.progress.done}/${last.progress.total} rows, ${(last.progress.done / elapsed).toFixed(0)} rows/s   `);
  if (last.status === 'done' || elapsed > maxRunSeconds) break;
}
const runSeconds = (performance.now() - runStart) / 1000;
const runRows = last.progress.done;
const perRow = (after, before) => (((after - before) / ticksPerSecond) * 1000) / runRows;
const cpuPerRow = { api: perRow(processTicks(api.pid), cpuBefore.api), database: perRow(databaseTicks(), cpuBefore.database) };
console.log('\n');
console.log(`Machine: ${cpus().length} vCPU (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`);
console.log('| step | rows | seconds | rows/s |');
console.log('|---|---|---|---|');
console.log(`| upload (parse, count, keep file) | ${rows} | ${uploadSeconds.toFixed(1)} | ${(rows / uploadSeconds).toFixed(0)} |`);
console.log(`| dry run (validate, match, store plans) | ${rows} | ${dryRunSeconds.toFixed(1)} | ${(rows / dryRunSeconds).toFixed(0)} |`);
console.log(`| one page of dry-run rows (100, with duplicate look-up) | 100 | ${pageSeconds.toFixed(2)} | |`);
console.log(`| run (job queue, use cases, audit)${runRows < rows ? ' — timed part' : ''} | ${runRows} | ${runSeconds.toFixed(0)} | ${(runRows / runSeconds).toFixed(0)} |`);
console.log(`result: ${JSON.stringify(last.progress)}`);
console.log(
  `CPU per row during the run: API process ${cpuPerRow.api.toFixed(2)} ms` +
    (Number.isFinite(cpuPerRow.database) ? `, database server processes ${cpuPerRow.database.toFixed(2)} ms` : ' (database processes not visible here)'),
);
const load = spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout?.trim();
if (load) console.log(`load average at the end: ${load}`);
process.exit(0);
