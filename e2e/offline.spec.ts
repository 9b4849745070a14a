// After one visit the app works with the network off: the service worker (sw.js, built from
// scripts/service-worker/sw.ts) answers every file and every link to the page from its cache.
// Both mounts of the static server are tried: the app at / and at /sub/path/.
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';
import { filterPaths } from '../src/view/selection.ts';
import { parseUrlState } from '../src/view/url-state.ts';
import { expect, test } from './fixtures.ts';
import { catalog, rowIds, PATH_COUNT } from './helpers.ts';

test.use({ serviceWorkers: 'allow' });

const expectedRows = (query: string) =>
  filterPaths(catalog(), parseUrlState(new URLSearchParams(query)).state).map((r) => r.id);

/** Waits until the service worker controls the page (it claims the page that installed it). */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** Goes offline and records every response that did not come from the service worker. */
async function goOffline(context: BrowserContext) {
  const fromNetwork: string[] = [];
  context.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);
  return fromNetwork;
}

/**
 * Drops from the test's problems the console errors for /favicon.ico: Chromium asks for it
 * itself when it shows a plain-text document (the source text), and offline that fails. Online it
 * is a 404, which the fixture ignores too.
 */
function ignoreFaviconErrors(page: Page, pageProblems: string[]) {
  const isFavicon = (m: ConsoleMessage) =>
    m.type() === 'error' && m.location().url.endsWith('/favicon.ico');
  let count = 0;
  page.on('console', (m) => {
    if (isFavicon(m)) count++;
  });
  return async () => {
    // The request comes after the document; give it a moment so it cannot fail the fixture later.
    if (count === 0) {
      await page.waitForEvent('console', { predicate: isFavicon, timeout: 3000 }).catch(() => {});
    }
    for (; count > 0; count--) {
      const at = pageProblems.findIndex((p) => p.includes('net::ERR_INTERNET_DISCONNECTED'));
      if (at >= 0) pageProblems.splice(at, 1);
    }
  };
}

for (const base of ['./', './sub/path/']) {
  test(`after one visit the app works offline (${base})`, async ({
    page,
    context,
    pageProblems,
  }) => {
    const dropFaviconErrors = ignoreFaviconErrors(page, pageProblems);
    await page.goto(`${base}?lang=ja`);
    expect(await rowIds(page)).toHaveLength(PATH_COUNT);
    await waitForServiceWorker(page);
    const fromNetwork = await goOffline(context);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Exchange 2010 ポート エクスプローラー',
    );
    await expect.poll(() => rowIds(page)).toHaveLength(PATH_COUNT);
    await page.getByRole('textbox', { name: 'ポート' }).fill('135');
    await expect.poll(() => rowIds(page)).toEqual(expectedRows('port=135'));

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange 2010 Port Explorer');
    await expect(page).toHaveURL(/port=135/);
    expect(await rowIds(page)).toEqual(expectedRows('port=135'));

    // A deep link never visited before, and the lazily loaded views.
    await page.goto(`${base}?role=cas&dir=in&lang=en`);
    await expect.poll(() => rowIds(page)).toEqual(expectedRows('role=cas&dir=in'));
    await page.goto(`${base}index.html?view=matrix&enc=none&lang=en`);
    await expect(page.getByTestId('port-matrix')).toBeVisible();
    await page.goto(`${base}?view=sheet&role=edge&lang=ja`);
    await expect(page.locator('.sheet-table').first()).toBeVisible();
    await page.goto(`${base}?view=map&port=135&lang=ja`);
    await expect(page.getByTestId('role-map')).toBeVisible();
    await page.goto(`${base}?view=scripts&role=hub&dir=in&lang=en`);
    await expect(page.getByText('netsh advfirewall firewall add rule').first()).toBeVisible();

    // The verbatim source text the footer links to.
    await page.goto(`${base}?lang=en`);
    await page.getByRole('link', { name: 'Original (Japanese text)' }).click();
    await expect(page.locator('body')).toContainText('Exchange ネットワーク ポートのリファレンス');

    expect(fromNetwork).toEqual([]);
    await dropFaviconErrors();
  });
}

test('the network really is off: a file that is not precached fails', async ({
  page,
  context,
  pageProblems,
}) => {
  await page.goto('./?lang=en');
  await waitForServiceWorker(page);
  await goOffline(context);
  const result = await page.evaluate(() =>
    fetch('not-precached.txt').then(
      (r) => `status ${r.status}`,
      () => 'network error',
    ),
  );
  expect(result).toBe('network error');
  // Chromium logs the failed fetch on the console; that one error is this test's point.
  const isTheFailure = (p: string) => p.includes('ERR_INTERNET_DISCONNECTED');
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !isTheFailure(p)));
});

for (const base of ['./', './sub/path/']) {
  test(`the app is installable: manifest and icons (${base})`, async ({ page }) => {
    await page.goto(`${base}?lang=en`);
    await waitForServiceWorker(page);
    await expect(page.locator('meta[name=theme-color]')).toHaveAttribute('content', '#1e3a8a');
    const href = (rel: string) =>
      page.locator(`link[rel=${rel}]`).evaluate((link: HTMLLinkElement) => link.href);
    const manifestUrl = await href('manifest');
    const manifest = await (await page.request.get(manifestUrl)).json();
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Port Explorer'),
      short_name: expect.any(String),
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#1e3a8a',
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });

    // Chromium's own reading of the manifest: no errors, and nothing stopping installation.
    const cdp = await page.context().newCDPSession(page);
    const read = await cdp.send('Page.getAppManifest');
    expect(read.errors).toEqual([]);
    const appUrl = new URL('./', page.url()).href;
    expect(read.manifest).toMatchObject({
      startUrl: appUrl,
      scope: appUrl,
      display: expect.stringMatching(/standalone/i),
    });
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Test contexts are incognito profiles, where Chromium never offers to install; that is all.
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);

    // Every icon loads and is the size it claims.
    type Icon = { src: string; sizes: string; type: string; purpose: string };
    const icons = manifest.icons as Icon[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    const appleTouchIcon = { src: await href('apple-touch-icon'), sizes: '180x180' };
    for (const icon of [...icons, appleTouchIcon]) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
}
