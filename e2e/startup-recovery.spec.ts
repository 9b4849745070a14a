// When the app's code cannot be loaded, the page says so and what to do, instead of a view that
// never recovers or "Loading…" for ever:
//  - an old tab after an update: a lazy view's file is gone (src/components/error-boundary.tsx,
//    retryable-lazy.tsx), so the view offers Reload and a Try again that imports it again;
//  - the app's script cannot run at all (served as text/plain, the page opened from a file, the
//    app never starting): public/early.js's watchdog shows the message prerendered into the page.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { SERVED_DIR } from './helpers.ts';

/** Drops the console errors a test causes on purpose; any other error still fails it. */
const expectedProblems = (problems: string[], expected: (problem: string) => boolean) =>
  problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)));

const MAP_CHUNK = '**/assets/map-page-*.js';
const goneFromTheServer = (page: Page) =>
  page.route(MAP_CHUNK, (route) => route.fulfill({ status: 404, body: 'Not Found' }));

const roleMap = (page: Page) => page.getByTestId('role-map');
const notLoaded = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });

test.describe('a lazy view whose file is gone (an old tab after an update)', () => {
  test('says the app was probably updated; Try again loads it once the file is back', async ({
    page,
    pageProblems,
  }) => {
    await goneFromTheServer(page);
    await page.goto('./?view=map&lang=en');
    await expect(notLoaded(page)).toContainText('probably updated since this page was opened');
    await expect(notLoaded(page).getByRole('button')).toHaveText(['Reload', 'Try again']);
    await expect(page.getByRole('banner')).toBeVisible();
    // No "Skip to the view tabs" link while the view that holds the tabs has failed.
    await expect(page.locator('a[href="#view-tabs"]')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.unroute(MAP_CHUNK);
    await notLoaded(page).getByRole('button', { name: 'Try again' }).click();
    await expect(roleMap(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // React reports the caught import failure on the console; that is this test's point.
    expectedProblems(pageProblems, (p) => p.includes('dynamically imported module'));
  });

  test('Reload opens the same view in the new version', async ({ page, pageProblems }) => {
    await goneFromTheServer(page);
    await page.goto('./?view=map&lang=ja');
    const alert = page.getByRole('alert').filter({ hasText: 'この画面を読み込めませんでした' });
    await expect(alert.getByRole('button')).toHaveText(['再読み込み', 'もう一度試す']);

    await page.unroute(MAP_CHUNK);
    await alert.getByRole('button', { name: '再読み込み' }).click();
    await expect(roleMap(page)).toBeVisible();
    expect(new URL(page.url()).search).toBe('?view=map&lang=ja');
    expectedProblems(pageProblems, (p) => p.includes('dynamically imported module'));
  });
});

const stallMessage = (page: Page) => page.locator('[data-app-stall]:visible');
/** The text as shown: the other reason's heading is there, hidden. */
const SHOWN = { useInnerText: true };

const WATCHDOG = [
  {
    lang: 'en',
    script: "The app's script could not be loaded",
    timeout: 'The app has not started.',
    advice: ['Reload the page.', 'Serve the folder over HTTP', 'text/javascript', "site's data"],
  },
  {
    lang: 'ja',
    script: 'アプリのスクリプトを読み込めなかった',
    timeout: 'アプリが起動していません。',
    advice: ['ページを再読み込み', 'HTTP で配信', 'text/javascript', 'サイトのデータを削除'],
  },
] as const;

test.describe("the app's script cannot run (the startup watchdog)", () => {
  for (const words of WATCHDOG) {
    test(`JS served as text/plain: the message, in the link's language (${words.lang})`, async ({
      page,
      pageProblems,
    }) => {
      await page.route('**/assets/*.js', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, contentType: 'text/plain' });
      });
      await page.goto(`./?lang=${words.lang}`);
      await expect(stallMessage(page)).toHaveCount(1);
      await expect(stallMessage(page)).toHaveAttribute('role', 'alert');
      await expect(
        stallMessage(page).locator('xpath=ancestor-or-self::*[@lang][1]'),
      ).toHaveAttribute('lang', words.lang);
      await expect(stallMessage(page)).toContainText(words.script, SHOWN);
      await expect(stallMessage(page)).not.toContainText(words.timeout, SHOWN);
      for (const advice of words.advice)
        await expect(stallMessage(page)).toContainText(advice, SHOWN);
      // The loading line is gone: nothing says the page is still on its way.
      await expect(page.getByRole('status').filter({ visible: true })).toHaveCount(0);
      await expectNoAxeViolations(page);
      expectedProblems(pageProblems, (p) => p.includes('MIME type of "text/plain"'));
    });
  }

  test('an app that never starts: the message after a few seconds', async ({ page }) => {
    // The app's entry runs but does nothing (the page's first paint is there, the app never is).
    await page.route('**/assets/main-*.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    await page.goto('./?port=135&lang=en');
    await expect(page.getByRole('status').filter({ visible: true })).toHaveCount(1);
    await expect(stallMessage(page)).toHaveCount(0);
    await expect(stallMessage(page)).toContainText(WATCHDOG[0].timeout, {
      ...SHOWN,
      timeout: 20_000,
    });
    await expect(stallMessage(page)).not.toContainText(WATCHDOG[0].script, SHOWN);
    await expectNoAxeViolations(page);
  });

  test('the app that starts stands the watchdog down', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('data-app-started', '');
    await expect(page.locator('html')).not.toHaveAttribute('data-app-stalled', /.*/);
    await expect(page.locator('[data-app-stall]')).toHaveCount(0);
  });

  test('dist/index.html opened from a file: the message, not "Loading…"', async ({
    page,
    pageProblems,
  }) => {
    const index = resolve(SERVED_DIR, 'index.html');
    await page.goto(`${pathToFileURL(index).href}?lang=en`);
    await expect(stallMessage(page)).toHaveCount(1);
    await expect(stallMessage(page)).toContainText(WATCHDOG[0].script, SHOWN);
    await expect(stallMessage(page)).toContainText('file://', SHOWN);
    // Without its stylesheet either (blocked on file://), the page still shows only the message's
    // own language and reason, not every hidden part of the first paint.
    await expect(page.getByText(WATCHDOG[0].timeout)).toBeHidden();
    await expect(page.locator('[data-first-frame="ja"]')).toBeHidden();
    await expect(page.getByRole('status').filter({ visible: true })).toHaveCount(0);
    // The browser refuses the module scripts (and says so) on file://; that is this test's point.
    expectedProblems(
      pageProblems,
      (p) => p.includes('file://') || p.includes('net::ERR_FAILED') || p.includes('CORS'),
    );
  });
});
