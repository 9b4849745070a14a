// What a link paints before the app's code runs. index.html holds the default table prerendered in
// Japanese (scripts/vite-prerender.ts); public/early.js, a classic script in <head>, shows it only
// when it is exactly what the link asks for, and a neutral frame (the header and a loading line,
// in the link's language) otherwise. The app's scripts are held back here (they come back empty)
// to look at that first paint.
import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
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

// src/boot.ts, the page's small entry, draws a deep link's table as soon as the catalog is in and
// runs the app (the main-*.js chunk) only then. Holding that chunk back shows the first paint.
const holdBackTheAppOnly = (page: Page) =>
  page.route('**/assets/main-*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );

const firstView = (page: Page) => page.locator('[data-first-view]');
const idsOf = (page: Page, rows: string) =>
  page.locator(rows).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id') ?? ''));

test.describe('the first paint of a deep link (src/boot.ts)', () => {
  test.use({ locale: 'ja-JP' });

  for (const link of DEEP_LINKS) {
    test(`${link.query} first paints exactly the rows the app then shows`, async ({ page }) => {
      await holdBackTheAppOnly(page);
      await page.goto(`./${link.query}`);
      await expect(firstView(page).locator('tbody tr').first()).toBeVisible();
      await expect(prerendered(page)).toBeHidden();
      await expect(frame(page)).toHaveAttribute('lang', link.lang);
      await expect(firstView(page).locator('table')).toHaveAttribute('lang', link.lang);
      const painted = await idsOf(page, '[data-first-view] tbody tr[data-row-id]');
      expect(painted.length).toBeGreaterThan(0);
      expect(painted.length).toBeLessThan(PATH_COUNT);
      await expect(firstView(page).locator('caption')).toContainText(
        link.lang === 'en'
          ? `Showing ${painted.length} of ${PATH_COUNT}`
          : `${PATH_COUNT} 件中 ${painted.length} 件`,
      );
      // The status line says the controls are not there yet, in the link's language.
      await expect(frame(page).getByRole('status')).not.toHaveText(link.loading);

      await page.unroute('**/assets/main-*.js');
      await page.goto(`./${link.query}`);
      await expect(page.locator('main#main tbody tr[data-row-id]').first()).toBeVisible();
      await expect(firstView(page)).toHaveCount(0);
      expect(await idsOf(page, 'main#main tbody tr[data-row-id]')).toEqual(painted);
    });
  }

  test('English default view: the whole table, in English, before the app runs', async ({
    page,
  }) => {
    await holdBackTheAppOnly(page);
    await page.goto('./?lang=en');
    await expect(firstView(page).locator('tbody tr[data-row-id]')).toHaveCount(PATH_COUNT);
    await expect(firstView(page).locator('th').first()).toHaveText('Table');
  });

  test('the first paint passes axe, in both languages', async ({ page }) => {
    test.slow(); // two full axe runs over a table
    await holdBackTheAppOnly(page);
    for (const link of ['./?role=cas&dir=in&lang=en', './?port=135&lang=ja']) {
      await page.goto(link);
      await expect(firstView(page).locator('tbody tr').first()).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });

  for (const link of ['./?role=edge&lang=en', './?port=135', './?lang=ja']) {
    test(`${link} first paints within a phone's width`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await holdBackTheAppOnly(page);
      await page.goto(link);
      await expect(page.locator('tbody tr[data-row-id]:visible').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
    });
  }

  for (const query of [
    '?sort=port&lang=en',
    '?open=nope&lang=en',
    '?port=http&lang=en',
    '?view=map&lang=en',
  ]) {
    test(`${query} keeps the neutral frame: the app draws or explains what it asks`, async ({
      page,
    }) => {
      await holdBackTheAppOnly(page);
      await page.goto(`./${query}`);
      await expect(frame(page).getByRole('status')).toHaveText('Loading the catalog…');
      await page.waitForLoadState('networkidle');
      await expect(firstView(page)).toHaveCount(0);
      await expect(prerendered(page)).toBeHidden();
    });
  }

  test('a catalog that is not JSON draws nothing: the app says what is wrong', async ({ page }) => {
    await page.route('**/catalog.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"broken": tru' }),
    );
    await page.goto('./?role=cas&dir=in&lang=en');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(firstView(page)).toHaveCount(0);
  });

  test('a catalog that fails validation is replaced by the error, though first drawn', async ({
    page,
  }) => {
    // Valid JSON of the right version and shape for the drawing, but breaking the schema: the
    // first paint may draw it (validation is off the critical path), the app must then refuse it.
    const broken = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as {
      dataPaths: { id: string }[];
    };
    broken.dataPaths[0]!.id = 'NOT A VALID ID';
    await page.route('**/catalog.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.goto('./?port=135&lang=en');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(firstView(page)).toHaveCount(0);
    await expect(page.locator('tbody tr[data-row-id]')).toHaveCount(0);
  });
});

test('the first paint runs no schema library: zod is only in the chunks the app loads', () => {
  // The entry's static imports, followed through the built files: none may hold zod, which the
  // bundler would otherwise hoist into the entry (see the codeSplitting groups in vite.config.ts).
  const html = readFileSync('dist/index.html', 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1];
  expect(entry).toBeTruthy();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`dist/assets/${file}`, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;}\n])import\s*(?:[^'"`]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      visit(m[1]!);
  };
  visit(entry!);
  const withZod = [...seen].filter((file) =>
    readFileSync(`dist/assets/${file}`, 'utf8').includes('_zod'),
  );
  expect(withZod).toEqual([]);
});
