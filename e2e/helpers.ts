import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Catalog } from '../src/catalog/schema.ts';

/** The ids of the rows the table shows, in order. */
export const rowIds = async (page: Page) => {
  await page.locator('main#main table').first().waitFor();
  return page
    .locator('tbody tr[data-row-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''));
};

export const catalog = (): Catalog =>
  JSON.parse(readFileSync(new URL('../public/catalog.json', import.meta.url), 'utf8')) as Catalog;

/** How many data paths the committed catalog has: tests count from it, never a literal. */
export const PATH_COUNT = catalog().dataPaths.length;

/** The build the test server serves (playwright.config.ts): dist/, or E2E_DIST for another. */
export const SERVED_DIR =
  process.env.E2E_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));
