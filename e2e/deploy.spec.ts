// What the service worker does across real deploys: two builds of the app (e2e/deployments.ts)
// swapped in one served folder mid-test, halfway included. Each scenario ends on a working page
// of the newest release without clearing any site data.
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { rowIds, PATH_COUNT } from './helpers.ts';
import { buildRelease, deployTarget } from './deployments.ts';

test.use({ serviceWorkers: 'allow' });
// One worker builds the two releases once and runs the scenarios in order. Each scenario loads
// the app several times in two tabs and runs axe: more than the default minute on a busy machine.
test.describe.configure({ mode: 'default', timeout: 180_000 });

let one = '';
let two = '';
test.beforeAll(async () => {
  test.setTimeout(180_000);
  one = await buildRelease('one');
  two = await buildRelease('two');
});
test.afterAll(() => {
  for (const dir of [one, two]) if (dir) rmSync(dir, { recursive: true, force: true });
});

let target: ReturnType<typeof deployTarget>;
test.beforeEach(() => {
  target = deployTarget(`deploy-test-${process.pid}-${Date.now()}`);
});
test.afterEach(() => target.remove());

/** The release the page runs: the mark its index.html and its entry chunk carry. */
const release = (page: Page) =>
  page.evaluate(() => ({
    html: document.querySelector('meta[name=build]')?.getAttribute('content'),
    code: document.documentElement.dataset.build,
  }));

async function expectWorkingApp(page: Page, mark: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange 2010 Port Explorer');
  await expect.poll(() => rowIds(page)).toHaveLength(PATH_COUNT);
  expect(await release(page)).toEqual({ html: mark, code: mark });
}

async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** Deploys a release and opens it, until its service worker controls the page. */
async function openRelease(page: Page, release: string) {
  target.deploy(release);
  await page.goto(`${target.path}?lang=en`);
  await waitForServiceWorker(page);
}

/** Asks for an update now and waits for what became of it: 'installed' or 'redundant'. */
const checkForUpdate = (page: Page) =>
  page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update().catch(() => undefined);
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return 'no new version';
    await new Promise<void>((resolve) => {
      const settled = () => ['installed', 'redundant'].includes(worker.state) && resolve();
      worker.addEventListener('statechange', settled);
      settled();
    });
    return worker.state;
  });

/** The precache's copy of a file, as text, or null. */
const cachedText = (page: Page, file: string) =>
  page.evaluate(async (file) => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const url = new URL(file, document.baseURI).href;
      const response = await cache.match(url, { ignoreSearch: true });
      if (response) return response.text();
    }
    return null;
  }, file);

/** Overwrites the precache's copy of a file, as a damaged disk or a bad extension could. */
const damageCachedCopy = (page: Page, file: string, body: string) =>
  page.evaluate(
    async ({ file, body }) => {
      const url = new URL(file, document.baseURI).href;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (request.url.split('?')[0] === url) await cache.put(request, new Response(body));
        }
      }
    },
    { file, body },
  );

const updateReady = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: 'A new version of this app is ready. Reload to use it.' });

test('a new release is announced, and Reload switches to it', async ({ page }) => {
  await openRelease(page, one);
  await expectWorkingApp(page, 'one');

  target.deploy(two);
  await page.reload();
  // The new version downloads its files before it is announced: allow a busy machine time.
  await expect(updateReady(page)).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(page);
  // Until the user says so, the page stays on the release it started with.
  expect(await release(page)).toEqual({ html: 'one', code: 'one' });

  await page.getByRole('button', { name: '日本語' }).click();
  const noticeJa = page
    .getByRole('status')
    .filter({ hasText: '新しいバージョンの準備ができました' });
  await noticeJa.getByRole('button', { name: '再読み込み' }).click();
  await expect.poll(() => release(page).catch(() => null)).toEqual({ html: 'two', code: 'two' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Exchange 2010 ポート エクスプローラー',
  );
  expect(await rowIds(page)).toHaveLength(PATH_COUNT);
  await expect(noticeJa).toBeHidden();
});

test('a half-finished deploy is never cached: the old release keeps working, then the new one installs', async ({
  page,
  context,
}) => {
  await openRelease(page, one);

  // The new sw.js and chunks are live, index.html is still the old one: the new worker finds an
  // index.html that is not its own and does not install.
  target.deployAssetsAndWorker(two);
  await page.reload();
  expect(await checkForUpdate(page)).toBe('redundant');
  await expectWorkingApp(page, 'one');
  await expect(updateReady(page)).toBeHidden();

  // The deploy finishes and the old chunks are gone from the server: the installed release
  // still answers from its cache, and the new one now installs.
  target.deploy(two);
  await page.reload();
  await expectWorkingApp(page, 'one');
  await expect(updateReady(page)).toBeVisible({ timeout: 20_000 });
  await updateReady(page).getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => release(page).catch(() => null)).toEqual({ html: 'two', code: 'two' });
  await expectWorkingApp(page, 'two');
  expect(await cachedText(page, 'index.html')).toContain('content="two"');

  // Every later visit, online and in a new tab, is the new release.
  await page.reload();
  await expectWorkingApp(page, 'two');
  const tab = await context.newPage();
  await tab.goto(`${target.path}?role=cas&lang=en`);
  await expect.poll(() => release(tab).catch(() => null)).toEqual({ html: 'two', code: 'two' });
  await expect.poll(() => rowIds(tab)).not.toHaveLength(0);
  await tab.close();
});

test('a damaged cached file is never used: the page loads, and the cache is mended', async ({
  page,
  context,
}) => {
  await openRelease(page, one);
  const catalog = await cachedText(page, 'catalog.json');
  expect(JSON.parse(catalog!)).toHaveProperty('dataPaths');

  await damageCachedCopy(page, 'catalog.json', '{"broken": tru');
  await damageCachedCopy(page, 'index.html', '<p>not the app</p>');
  await page.reload();
  await expectWorkingApp(page, 'one');
  await expect(page.getByText('not valid JSON')).toBeHidden();
  await expect.poll(() => cachedText(page, 'catalog.json')).toBe(catalog);
  await expect.poll(() => cachedText(page, 'index.html')).toContain('content="one"');

  // Mended means it works offline again too.
  await context.setOffline(true);
  await page.goto(`${target.path}?view=matrix&lang=en`);
  await expect(page.getByTestId('port-matrix')).toBeVisible();
  await context.setOffline(false);
});

test('an old tab is told another tab switched, and its lazy views recover into the new release', async ({
  page,
  context,
}) => {
  await openRelease(page, one);
  const old = await context.newPage();
  await old.goto(`${target.path}?lang=en`);
  await expectWorkingApp(old, 'one');

  target.deploy(two);
  await page.reload();
  await updateReady(page).getByRole('button', { name: 'Reload' }).click({ timeout: 20_000 });
  await expect.poll(() => release(page).catch(() => null)).toEqual({ html: 'two', code: 'two' });

  // The old tab still runs release one, whose lazily loaded views are gone from the server and
  // from the cache: it says so before anything fails...
  const replaced = old
    .getByRole('status')
    .filter({ hasText: 'This app was updated in another tab. Reload this tab' });
  await expect(replaced).toBeVisible();
  await expectNoAxeViolations(old);
  // ...and a view it can no longer load offers the reload into the new release.
  await old.bringToFront();
  await old.getByRole('link', { name: 'Role map' }).click();
  const notLoaded = old.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
  await expect(notLoaded).toBeVisible();
  await notLoaded.getByRole('button', { name: 'Reload' }).click();
  await expect(old.getByTestId('role-map')).toBeVisible();
  expect(await release(old)).toEqual({ html: 'two', code: 'two' });
  expect(new URL(old.url()).searchParams.get('view')).toBe('map');
  await old.close();
});
