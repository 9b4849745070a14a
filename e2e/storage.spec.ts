// With storage blocked (private modes, strict cookie settings, sandboxed frames), touching
// localStorage, sessionStorage or indexedDB throws a SecurityError. The app keeps everything in the
// link, so it must work the same.
import { expect, test } from './fixtures.ts';
import { rowIds, PATH_COUNT } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
      const blocked = {
        configurable: true,
        get() {
          throw new DOMException(`Access to ${name} is denied in this test.`, 'SecurityError');
        },
      };
      Object.defineProperty(window, name, blocked);
      Object.defineProperty(Window.prototype, name, blocked);
    }
  });
});

test('storage really is blocked in these tests', async ({ page }) => {
  await page.goto('./?lang=en');
  const errors = await page.evaluate(() =>
    (['localStorage', 'sessionStorage', 'indexedDB'] as const).map((name) => {
      try {
        void window[name];
        return `${name}: allowed`;
      } catch (error) {
        return `${name}: ${(error as DOMException).name}`;
      }
    }),
  );
  expect(errors).toEqual([
    'localStorage: SecurityError',
    'sessionStorage: SecurityError',
    'indexedDB: SecurityError',
  ]);
});

test('the explorer works without storage: rows, filters, language', async ({ page }) => {
  await page.goto('./?port=135&lang=en');
  const all = await rowIds(page);
  expect(all.length).toBeGreaterThan(1);
  expect(all.length).toBeLessThan(PATH_COUNT);
  expect(all).toContain('mailbox-to-ad');

  await page.locator('#search').fill('Active Directory');
  await expect(page).toHaveURL(/q=Active/);
  await expect.poll(async () => (await rowIds(page)).length).toBeLessThan(all.length);
  const filtered = await rowIds(page);
  expect(filtered.length).toBeGreaterThan(0);
  expect(all).toEqual(expect.arrayContaining(filtered));

  await page.locator('#search').fill('');
  await expect.poll(() => rowIds(page)).toEqual(all);

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page).toHaveURL(/lang=ja/);
  await expect(page).toHaveURL(/port=135/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Exchange 2010 ポート エクスプローラー',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(await rowIds(page)).toEqual(all);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange 2010 Port Explorer');
});

test('a row opens and the cheat sheet renders without storage', async ({ page }) => {
  await page.goto('./?port=135&lang=en');
  const first = (await rowIds(page))[0]!;
  await page.getByRole('button', { name: `Details: ${first}` }).click();
  await expect(page.getByTestId(`detail-${first}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`open=${first}`));

  await page.goto('./?view=sheet&role=mailbox&lang=ja');
  await expect(page.locator('main#main table').first()).toBeVisible();
});
