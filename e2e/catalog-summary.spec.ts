import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test('the first page loads the catalog and shows its row counts', async ({ page }) => {
  await page.goto('./?lang=en');
  const summary = page.getByTestId('catalog-summary');
  await expect(summary).toContainText('Data paths: Transport servers11 rows');
  await expect(summary).toContainText('Data paths: Mailbox servers18 rows');
  await expect(summary).toContainText('Data paths: Client Access servers19 rows');
  await expect(summary).toContainText('Data paths: Unified Messaging servers7 rows');
  await expect(summary).toContainText('Windows Firewall rules54 rows');
  await expect(summary).toContainText('Notes48 rows');
  await expect(page.getByText('last updated 2016-11-28')).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('with a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('Japanese is the default and the switch keeps the page', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Exchange 2010 ポート エクスプローラー',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange 2010 Port Explorer');
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an English browser gets English without a lang in the link', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange 2010 Port Explorer');
});

test('a catalog that fails validation names the failing field in the page', async ({ page }) => {
  await page.route('**/catalog.json', async (route) => {
    const response = await route.fetch();
    const catalog = await response.json();
    catalog.dataPaths[0].from = 'mars';
    await route.fulfill({ response, json: catalog });
  });
  await page.goto('./?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The catalog could not be loaded');
  await expect(alert).toContainText('dataPaths.0.from');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a missing catalog says so in Japanese', async ({ page }) => {
  await page.route('**/catalog.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./?lang=ja');
  await expect(page.getByRole('alert')).toContainText(
    'catalog.json の取得に失敗しました (HTTP 404)',
  );
});
