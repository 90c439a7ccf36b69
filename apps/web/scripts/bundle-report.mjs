#!/usr/bin/env node
/**
 * Prints the size of every JS chunk of apps/web/dist and the initial JS the browser loads
 * before the first screen (entry + its static imports), gzipped. Exits 1 above the budget.
 *
 *   node apps/web/scripts/bundle-report.mjs [--budget 300]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const budgetIndex = process.argv.indexOf('--budget');
const budgetKb = budgetIndex > 0 ? Number(process.argv[budgetIndex + 1]) : 300;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(Object.keys(manifest).find((key) => manifest[key] === entry));

const rows = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, kb: gzipKb(file), initial: initial.has(file) }))
  .sort((a, b) => b.kb - a.kb);
for (const row of rows) console.log(`${row.initial ? 'initial' : 'lazy   '}  ${row.kb.toFixed(1).padStart(7)} KB gzip  ${row.file}`);
const total = rows.filter((row) => row.initial).reduce((sum, row) => sum + row.kb, 0);
console.log(`\nInitial JS: ${total.toFixed(1)} KB gzip (budget ${budgetKb} KB)`);
if (total > budgetKb) {
  console.error('Initial JS is over budget: split more routes with React.lazy.');
  process.exit(1);
}
