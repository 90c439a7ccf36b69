import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { algorithmRegisterEntry } from '@gemeente-crm/leads-core';

/**
 * Writes the Algoritmeregister entry of the lead score (docs/algoritmeregister/lead-scoring.md and
 * .json) from the hand-written text and the factor metadata in the code. `--check` only compares,
 * and fails when a committed file is stale, like `openapi --check`.
 */
function main(): void {
  const check = process.argv.includes('--check');
  const folder = resolve(import.meta.dirname, '../../../../../../docs/algoritmeregister');
  const entry = algorithmRegisterEntry(readFileSync(resolve(folder, 'lead-scoring.bron.md'), 'utf8'));
  const files = [
    { path: resolve(folder, 'lead-scoring.md'), text: entry.markdown },
    { path: resolve(folder, 'lead-scoring.json'), text: entry.json },
  ];
  if (check) {
    const stale = files.filter((file) => {
      try {
        return readFileSync(file.path, 'utf8') !== file.text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`${stale.map((file) => file.path).join(', ')} out of date with the code: run \`npm run algoritmeregister\` and commit the result.`);
      process.exit(1);
    }
    console.log('The Algoritmeregister entry matches the code.');
    return;
  }
  for (const file of files) writeFileSync(file.path, file.text);
  console.log(`Wrote ${files.map((file) => file.path).join(', ')}`);
}

main();
