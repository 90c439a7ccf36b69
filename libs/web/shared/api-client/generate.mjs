#!/usr/bin/env node
/**
 * Generates the SPA's API types from the committed OpenAPI document.
 *
 *   node libs/web/shared/api-client/generate.mjs           writes src/generated/schema.ts
 *   node libs/web/shared/api-client/generate.mjs --check   exits 1 when that file is stale (CI)
 *
 * Options: --spec <file> (default apps/api/openapi.json), --out <file>.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const workspace = resolve(here, '../../../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? resolve(args[index + 1]) : fallback;
};
const check = args.includes('--check');
const specFile = option('--spec', resolve(workspace, 'apps/api/openapi.json'));
const outFile = option('--out', resolve(here, 'src/generated/schema.ts'));

if (!existsSync(specFile)) {
  console.error(`OpenAPI document not found: ${relative(process.cwd(), specFile)} (the API writes it with \`npm run openapi\`).`);
  process.exit(2);
}

const spec = JSON.parse(readFileSync(specFile, 'utf8'));

/**
 * Work-around for a spec defect: inline query-parameter schemas that carry JSON-Schema-local
 * refs (`#/definitions/X` plus a nested `definitions` block) which OpenAPI resolves against the
 * document root. Where X is a component, point the ref at `#/components/schemas/X`. Warns, so
 * the defect gets fixed at the source.
 */
function repairLocalRefs(node, path = '#') {
  if (Array.isArray(node)) return node.forEach((item, i) => repairLocalRefs(item, `${path}/${i}`));
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/definitions/')) {
    const name = node.$ref.slice('#/definitions/'.length);
    if (spec.components?.schemas?.[name]) {
      console.warn(`warning: ${path} refers to ${node.$ref}; using #/components/schemas/${name} (fix the API's OpenAPI output)`);
      node.$ref = `#/components/schemas/${name}`;
    }
  }
  for (const [key, value] of Object.entries(node)) repairLocalRefs(value, `${path}/${key}`);
  if (node.definitions && Object.keys(node.definitions).every((name) => spec.components?.schemas?.[name])) delete node.definitions;
}
repairLocalRefs(spec.paths, '#/paths');

const ast = await openapiTS(spec, { alphabetize: true, silent: true });
const source = `${COMMENT_HEADER}// Source: ${relative(workspace, specFile)}. Regenerate: node libs/web/shared/api-client/generate.mjs\n\n${astToString(ast)}`;

if (check) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
  if (current !== source) {
    console.error(`${relative(process.cwd(), outFile)} is out of date with ${relative(process.cwd(), specFile)}; run: node libs/web/shared/api-client/generate.mjs`);
    process.exit(1);
  }
  console.log(`${relative(process.cwd(), outFile)} is up to date.`);
} else {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, source);
  console.log(`Wrote ${relative(process.cwd(), outFile)}.`);
}
