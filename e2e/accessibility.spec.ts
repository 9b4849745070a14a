import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { rowIds, PATH_COUNT } from './helpers.ts';

const VIEWS = [
  './?lang=en',
  './?lang=ja',
  './?table=rules&lang=en',
  './?role=cas&dir=in&port=443&open=cas-owa&lang=en',
  './?table=rules&open=fw-msexchange-pop3-fgw&lang=ja',
  './?port=abc&role=mars&lang=en',
  // The answer panel, the pair pickers and the environment form (open when set).
  './?from=hub&to=edge&lang=ja',
  './?port=50636&dagport=64330&rpcca=80&lang=en',
  './?view=sheet&role=mailbox&lang=ja',
  './?view=sheet&role=um&text=both&paper=letter&lang=en',
];

// The check view has no table: it is checked with an Edge server's export pasted, its report shown
// (in Japanese cut before its End line, so the problems named above the report are checked too).
const EDGE_EXPORT = readFileSync(
  new URL('../src/firewall-check/fixtures/edge-50636-udp.txt', import.meta.url),
  'utf8',
);
const CHECK_VIEWS = [
  { view: './?view=check&role=edge&dir=in&lang=en', paste: EDGE_EXPORT },
  { view: './?view=check&role=edge&dir=in&lang=ja', paste: EDGE_EXPORT.replace(/# End.*\s*$/, '') },
];

for (const view of VIEWS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${view} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(view);
      await page.locator('main#main table').first().waitFor();
      await expectNoAxeViolations(page);
    });
  }
}

for (const { view, paste } of CHECK_VIEWS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on ${view} with rules pasted (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(view);
      await page.locator('#check-rules').fill(paste);
      await expect(page.getByTestId('check-report').getByTestId('finding')).toHaveCount(4);
      await expect(page.getByTestId('parse-problems')).toHaveCount(paste === EDGE_EXPORT ? 0 : 1);
      await expectNoAxeViolations(page);
    });
  }
}

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the page fits and passes axe', async ({ page }) => {
    await page.goto('./?port=135&lang=en');
    await rowIds(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('before the app starts', () => {
  // The prerendered table is Japanese: it is the first paint of a Japanese browser's default link.
  test.use({ locale: 'ja-JP' });

  test('an English browser sees the neutral frame in English, which passes axe', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.route('**/assets/*.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    await page.goto('./');
    await expect(page.locator('[data-prerender]')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange 2010 Port Explorer');
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('the prerendered default table is there and passes axe', async ({ page }) => {
    // Hold the app back (its scripts come back empty) to see the page as the first paint shows it.
    await page.route('**/assets/*.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    await page.goto('./');
    await expect(page.locator('[data-prerender] tbody tr[data-row-id]')).toHaveCount(PATH_COUNT);
    await expectNoAxeViolations(page);
  });
});
