import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { preloadApp } from './scripts/vite-app-preload.ts';
import { prerenderDefaultTable } from './scripts/vite-prerender.ts';
import { serviceWorker } from './scripts/vite-service-worker.ts';

// base './' so that dist/ works from any sub-path of a plain static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    prerenderDefaultTable(),
    preloadApp(),
    ...serviceWorker(),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // The schema library and the catalog's validation run in the app (main.tsx), after the
        // first paint (src/boot.ts). Left to itself, the bundler puts modules that several lazy
        // chunks share into the entry chunk, which would make the first paint wait for them. A
        // group takes its modules' dependencies along, so what the first paint needs of
        // src/catalog is claimed first by a group of its own (e2e/first-paint.spec.ts checks).
        codeSplitting: {
          groups: [
            {
              name: 'catalog-base',
              test: /src[\\/]catalog[\\/](ids|origins|fetch-catalog|languages|origin-marks|support-statement)\.ts$/,
              priority: 2,
            },
            {
              name: 'catalog-schema',
              test: /node_modules[\\/]zod[\\/]|src[\\/]catalog[\\/](schema|load-catalog|invariants|provenance-checks)\.ts$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    globals: false,
  },
});
