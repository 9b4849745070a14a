// Every ignored or adjusted link value is named on the page, in every view, and the page shows
// the view and language the link parser reads (trimmed, the first readable value).
import { expect, test } from './fixtures.ts';
import { rowIds } from './helpers.ts';

const ignored = (page: import('@playwright/test').Page) =>
  page.getByRole('status').filter({ hasText: /Parts of the link were ignored|リンクの一部/ });

test('view and language are read as the parser reads them', async ({ page }) => {
  await page.goto('./?view=map%20&lang=en%20');
  await expect(page.getByTestId('role-map')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('./?view=&view=matrix&lang=&lang=en');
  await expect(page.getByTestId('port-matrix')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('./?view=bogus&view=sheet&role=cas&lang=en');
  await expect(
    page.getByRole('heading', { name: /Client Access server: port cheat sheet/ }),
  ).toBeVisible();
  await expect(ignored(page)).toContainText('"bogus" is not a known value for view');
});

test('a view of one role shows the first role given and names the others', async ({ page }) => {
  await page.goto('./?view=scripts&role=um&role=hub&lang=en');
  await expect(page.getByRole('heading', { name: 'Scripts: Unified Messaging' })).toBeVisible();
  await expect(ignored(page)).toContainText(
    'This view shows one role: Unified Messaging is shown, role=hub is ignored.',
  );
  await page.goto('./?view=sheet&role=mailbox&role=hub&lang=ja');
  await expect(ignored(page)).toContainText('メールボックス を表示し、role=hub は無視しました。');
});

test('keys a view does not read, and a sort the table cannot do, are named', async ({ page }) => {
  await page.goto('./?view=scripts&role=cas&port=135&enc=none&lang=en');
  await expect(ignored(page)).toContainText(
    'port=135 does not apply to this view (Firewall scripts)',
  );
  await expect(ignored(page)).toContainText('enc=none does not apply to this view');
  await page.goto('./?sort=name&lang=en');
  await expect(ignored(page)).toContainText(
    'sort=name does not apply to the Data paths table: it is ignored here.',
  );
  await rowIds(page);
});

test('an invalid lang is named once and not carried into new links', async ({ page }) => {
  await page.goto('./?lang=xx&role=cas');
  await expect(ignored(page)).toBeVisible();
  await rowIds(page);
  await page.getByRole('radio', { name: /^(Inbound|受信)/ }).click();
  await expect(page).toHaveURL(/dir=in/);
  expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
  await expect(ignored(page)).toHaveCount(0);
});

test('the title names the view, the role or filter, and the app, in the page language', async ({
  page,
}) => {
  await page.goto('./?view=sheet&role=edge&lang=en');
  await expect(page).toHaveTitle('Edge Transport – Cheat sheet – Exchange 2010 ports');
  await page.goto('./?role=cas&dir=in&port=443&lang=en');
  await expect(page).toHaveTitle('Client Access, 443 – Data paths – Exchange 2010 ports');
  await page.goto('./?view=map&lang=ja');
  await expect(page).toHaveTitle('ロール マップ – Exchange 2010 ポート');
});
