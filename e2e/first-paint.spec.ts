// What a link paints before the app's code runs. index.html holds the default table prerendered in
// Japanese (scripts/vite-prerender.ts); public/early.js, a classic script in <head>, shows it only
// when it is exactly what the link asks for, and a neutral frame (the header and a loading line,
// in the link's language) otherwise. The app's scripts are held back here (they come back empty)
// to look at that first paint.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { PATH_COUNT } from './helpers.ts';

const holdBackTheApp = (page: Page) =>
  page.route('**/assets/*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );

const prerendered = (page: Page) => page.locator('[data-prerender]');
const frame = (page: Page) => page.locator('[data-first-frame]:visible');

const DEEP_LINKS = [
  { query: '?role=cas&dir=in&lang=en', lang: 'en', loading: 'Loading the catalog…' },
  { query: '?port=135', lang: 'ja', loading: 'カタログを読み込んでいます…' },
  { query: '?enc=none&lang=en', lang: 'en', loading: 'Loading the catalog…' },
];

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  for (const link of DEEP_LINKS) {
    test(`${link.query} paints a neutral frame, never the unfiltered table`, async ({ page }) => {
      await holdBackTheApp(page);
      await page.goto(`./${link.query}`);
      await expect(prerendered(page)).toBeHidden();
      await expect(frame(page)).toHaveCount(1);
      await expect(frame(page)).toHaveAttribute('lang', link.lang);
      await expect(frame(page).getByRole('status')).toHaveText(link.loading);
    });
  }

  for (const path of ['./', './?lang=ja', './sub/path/', './sub/path/index.html?lang=ja']) {
    test(`${path} paints the prerendered table`, async ({ page }) => {
      await holdBackTheApp(page);
      await page.goto(path);
      await expect(prerendered(page)).toBeVisible();
      await expect(prerendered(page).locator('tbody tr[data-row-id]')).toHaveCount(PATH_COUNT);
      await expect(frame(page)).toHaveCount(0);
    });
  }
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('./ paints the English frame, not the Japanese table', async ({ page }) => {
    await holdBackTheApp(page);
    await page.goto('./');
    await expect(prerendered(page)).toBeHidden();
    await expect(frame(page)).toHaveAttribute('lang', 'en');
  });

  test('./?lang=ja paints the prerendered table', async ({ page }) => {
    await holdBackTheApp(page);
    await page.goto('./?lang=ja');
    await expect(prerendered(page)).toBeVisible();
    await expect(frame(page)).toHaveCount(0);
  });
});

test('the catalog is preloaded, fetched once, and nothing leaves the origin', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto('./sub/path/?role=cas&dir=in&lang=en');
  const preload = page.locator('head link[rel="preload"][as="fetch"]');
  await expect(preload).toHaveAttribute('href', 'catalog.json');
  await expect(preload).toHaveAttribute('crossorigin', '');
  await expect(page.locator('main#main tbody tr[data-row-id]').first()).toBeVisible();
  const urls = requests.map((r) => r.url());
  expect(urls.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  // The preload is the app's request: one fetch of catalog.json, under the sub-path.
  expect(urls.filter((url) => url.includes('catalog.json'))).toEqual([
    `${origin}/sub/path/catalog.json`,
  ]);
});

test('the app replaces the frame with its view, with no blank page between', async ({ page }) => {
  // From the first frame that shows something in #root on, count every frame (and every DOM
  // change) where #root shows nothing: the frame, the app's loading line and its view must follow
  // each other directly.
  await page.addInitScript(() => {
    const w = window as unknown as { blank: string[]; shown: boolean };
    w.blank = [];
    w.shown = false;
    const check = (when: string) => {
      const root = document.getElementById('root');
      const showing =
        !!root &&
        [...root.children].some(
          (el) => (el as HTMLElement).offsetHeight > 0 && (el.textContent ?? '').trim() !== '',
        );
      if (showing) w.shown = true;
      else if (w.shown) w.blank.push(when);
    };
    const frame = () => {
      check('frame');
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(() => check('mutation')).observe(document, {
      childList: true,
      subtree: true,
    });
  });
  await page.goto('./?role=cas&dir=in&lang=en');
  await expect(page.locator('main#main tbody tr[data-row-id]').first()).toBeVisible();
  const seen = await page.evaluate(() => {
    const w = window as unknown as { blank: string[]; shown: boolean };
    return { blank: w.blank, shown: w.shown };
  });
  expect(seen.shown).toBe(true);
  expect(seen.blank).toEqual([]);
});
