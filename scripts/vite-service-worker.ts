import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Logger, Plugin } from 'vite';
import {
  precacheManifest,
  renderWorker,
  WORKER_FILE,
  type BuiltFile,
} from './service-worker/precache.ts';

const WORKER_CODE = new URL('./service-worker/worker.js', import.meta.url);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/**
 * Writes dist/sw.js once the build is on disk: the service worker that precaches every built
 * file (the chunks, lazy ones too, and everything copied from public/), under a cache named by
 * a hash of the build, so that each new build is a new version. See service-worker/worker.js.
 */
export function serviceWorker(): Plugin {
  let outDir = '';
  let logger: Logger | undefined;
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        const code = readFileSync(WORKER_CODE, 'utf8');
        const files: BuiltFile[] = filesUnder(outDir).map((file) => ({
          path: relative(outDir, file).split(sep).join('/'),
          content: readFileSync(file),
        }));
        const manifest = precacheManifest(files, code);
        writeFileSync(join(outDir, WORKER_FILE), renderWorker(code, manifest));
        logger?.info(`${WORKER_FILE}: ${manifest.urls.length} files, version ${manifest.version}`);
      },
    },
  };
}
