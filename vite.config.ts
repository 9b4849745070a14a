import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';
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
    serviceWorker(),
  ],
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    globals: false,
  },
});
