import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestTransform } from 'workbox-build';
import { integrityOf } from './integrity.ts';

export const WORKER_FILE = 'sw.js';

/** Every built file is precached except the worker itself and source maps. */
export const PRECACHE_GLOBS = ['**/*'];
export const PRECACHE_IGNORES = [WORKER_FILE, '**/*.map'];

/**
 * Gives each precache entry the SRI string of the file on disk. The worker then fetches every
 * file with `integrity`, so that a file that is not the one this build wrote (a half-finished
 * deploy serving the previous index.html, a proxy's stale copy) fails the install instead of
 * being cached under this version's name; and it checks the cached copy again before using it.
 * Every entry keeps Workbox's revision (a hash of its content), even the hashed assets: Workbox
 * fetches an entry with a revision with `cache: 'reload'`, past the browser's HTTP cache, and
 * keeps an unchanged file from one version to the next instead of downloading it again.
 */
export function addIntegrity(outDir: () => string): ManifestTransform {
  return async (entries) => ({
    manifest: await Promise.all(
      entries.map(async (entry) => ({
        ...entry,
        integrity: await integrityOf(readFileSync(join(outDir(), decodeURIComponent(entry.url)))),
      })),
    ),
    warnings: [],
  });
}
