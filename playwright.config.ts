import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium-options.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // axe over a full table and PDF printing take seconds each on a busy 2-core machine.
  timeout: 60_000,
  // A lazily loaded view (the sheet, the map) can take more than the default 5 s to appear there.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
    // The app's service worker would answer requests that tests reroute with page.route (a broken
    // catalog, say) from its cache; only e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    // A plain static file server over dist/, like the hosts we deploy to: no rewrite rules.
    command: `node scripts/static-server.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
