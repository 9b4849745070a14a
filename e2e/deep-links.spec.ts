import { expect, test } from './fixtures.ts';

import { rowIds, PATH_COUNT } from './helpers.ts';

test('a deep link restores the exact view in a fresh browser', async ({ browser, baseURL }) => {
  const link = `${baseURL}?role=cas&dir=in&enc=optional&lang=en`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(
    page.getByRole('heading', { name: new RegExp(`Data paths: Showing 1 of ${PATH_COUNT}`) }),
  ).toBeVisible();
  expect(await rowIds(page)).toEqual(['cas-oab']);
  await expect(page.getByRole('checkbox', { name: /Client Access/ }).first()).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Inbound (role is destination)' })).toBeChecked();
  await context.close();
});

test('what does a CAS listen on: inbound rows only', async ({ page }) => {
  await page.goto('./?role=cas&dir=in&lang=en');
  const ids = await rowIds(page);
  expect(ids).toContain('cas-owa');
  expect(ids).toContain('um-to-cas');
  expect(ids).toContain('cas-from-ocs');
  expect(ids).not.toContain('cas-to-ad');
  await page.reload();
  expect(await rowIds(page)).toEqual(ids);
});

test('a row link opens that row with its verbatim cells and notes', async ({ page }) => {
  await page.goto('./?open=cas-owa&lang=en');
  const detail = page.getByTestId('detail-cas-owa');
  await expect(detail).toContainText('フォーム ベース認証');
  await expect(detail).toContainText('Forms-based authentication');
  await expect(detail).toContainText('cas-intro-1');
  await expect(page.getByRole('button', { name: 'Details: cas-owa' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('back and forward walk through filter changes', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('checkbox', { name: /^Edge Transport/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Edge Transport/ })).toBeChecked();
  await expect(page).toHaveURL(/role=edge/);
  await page.getByRole('radio', { name: 'Outbound (role is source)' }).click();
  await expect(page.getByRole('radio', { name: 'Outbound (role is source)' })).toBeChecked();
  await expect(page).toHaveURL(/dir=out/);
  await page.goBack();
  await expect(page).not.toHaveURL(/dir=out/);
  await expect(page).toHaveURL(/role=edge/);
  await page.goBack();
  await expect(page).not.toHaveURL(/role=/);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Edge Transport/ })).toBeChecked();
});

test('typing a search does not flood history', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByLabel('Search', { exact: true }).pressSequentially('edgesync');
  await expect(page).toHaveURL(/q=edgesync/);
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
});

test('the copy button copies the current view', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL!).origin,
  });
  await page.goto('./?port=135&lang=en');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

for (const path of ['sub/path/', 'sub/path/index.html', 'index.html']) {
  test(`deep links work from /${path} on a plain static host, also on reload`, async ({ page }) => {
    await page.goto(`./${path}?port=udp%2F3343&lang=en`);
    expect(await rowIds(page)).toContain('mailbox-clustering');
    await page.reload();
    expect(await rowIds(page)).toContain('mailbox-clustering');
    await page.getByRole('link', { name: 'Firewall rules' }).click();
    await expect(page).toHaveURL(/table=rules/);
    expect(new URL(page.url()).pathname).toBe(`/${path}`);
  });
}
