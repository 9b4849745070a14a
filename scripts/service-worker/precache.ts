import { createHash } from 'node:crypto';

/** A file of the build, by its path relative to the output folder ('assets/index-Xy12.js'). */
export interface BuiltFile {
  path: string;
  content: Uint8Array;
}

export const WORKER_FILE = 'sw.js';

/** Every built file is precached except the worker itself and source maps. */
export const isPrecached = (path: string) => path !== WORKER_FILE && !path.endsWith('.map');

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * The files to precache (sorted, as URLs relative to the worker) and the version: a hash of
 * their paths and contents and of the worker's code, so that any change makes a new cache.
 */
export function precacheManifest(files: readonly BuiltFile[], workerCode: string) {
  const kept = files.filter((f) => isPrecached(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const version = sha256(
    [sha256(workerCode), ...kept.map((f) => `${f.path}\0${sha256(f.content)}`)].join('\n'),
  ).slice(0, 16);
  const urls = kept.map((f) => f.path.split('/').map(encodeURIComponent).join('/'));
  return { version, urls };
}

/** sw.js: the worker's code with its version and file list in front. */
export function renderWorker(workerCode: string, manifest: { version: string; urls: string[] }) {
  return [
    `const VERSION = ${JSON.stringify(manifest.version)};`,
    `const FILES = ${JSON.stringify(manifest.urls)};`,
    workerCode,
  ].join('\n');
}
