import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { addIntegrity, PRECACHE_GLOBS, PRECACHE_IGNORES } from './service-worker/precache.ts';

/**
 * dist/sw.js, built by vite-plugin-pwa from scripts/service-worker/sw.ts once every other file
 * of the build is on disk (the prerendered index.html included), with Workbox's precache
 * manifest: every built file, its revision and its SRI string (precache.ts). The page registers
 * it itself (src/features/offline/register-service-worker.ts) and has its own web manifest.
 */
export function serviceWorker(): Plugin[] {
  let outDir = '';
  const findOutDir: Plugin = {
    name: 'service-worker-out-dir',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
  };
  return [
    findOutDir,
    ...VitePWA({
      strategies: 'injectManifest',
      srcDir: 'scripts/service-worker',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: PRECACHE_GLOBS,
        globIgnores: PRECACHE_IGNORES,
        // No URL is exempt from a revision: see precache.ts.
        dontCacheBustURLsMatching: undefined,
        manifestTransforms: [addIntegrity(() => outDir)],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // A classic script, as the page registers it (one file, nothing to import).
        rollupFormat: 'iife',
        minify: true,
        sourcemap: false,
      },
    }),
  ];
}
