import { expect, test, type Page } from '@playwright/test';
import { PATH_COUNT } from './helpers.ts';

// The table prerendered into index.html (src/prerender/static-table.ts, no React) must read the
// same as the live table the app draws for the same link: same rows, same order, same text in
// every cell. Compared without whitespace, which differs between the two by design (the live
// chips are separate elements, the static ones a list).
const cellTexts = (page: Page, rows: string) =>
  page.locator(rows).evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-row-id') ?? '',
      cells: [...tr.querySelectorAll(':scope > td')]
        // The live table's first cell is the "details" button, which the static page has not.
        .filter((td) => !td.querySelector('button[aria-expanded]'))
        .map((td) => (td.textContent ?? '').replace(/\s+/g, '')),
    })),
  );

test('the prerendered table reads exactly as the live one, row by row and cell by cell', async ({
  page,
}) => {
  // Hold the app back (its scripts come back empty) to read the page as the first paint shows it.
  await page.route('**/assets/*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  await page.goto('./?lang=ja');
  const prerendered = await cellTexts(page, '[data-prerender] tbody tr[data-row-id]');
  expect(prerendered).toHaveLength(PATH_COUNT);

  await page.unroute('**/assets/*.js');
  await page.goto('./?lang=ja');
  await expect(page.locator('main#main tbody tr[data-row-id]')).toHaveCount(PATH_COUNT);
  const live = await cellTexts(page, 'main#main tbody tr[data-row-id]');

  expect(live.map((r) => r.id)).toEqual(prerendered.map((r) => r.id));
  for (const [i, row] of live.entries()) {
    expect(row.cells, `row ${row.id}`).toEqual(prerendered[i]!.cells);
  }
});
