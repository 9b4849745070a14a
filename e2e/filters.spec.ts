import { filterPaths, filterRules } from '../src/view/selection.ts';
import { pathFacets } from '../src/view/facets.ts';
import { parseUrlState } from '../src/view/url-state.ts';
import { expect, test } from './fixtures.ts';
import { catalog, rowIds } from './helpers.ts';

// The table in the browser must show exactly what the pure, unit-tested filters compute.
const VIEWS = [
  'role=cas&dir=in',
  'port=135',
  'port=16500',
  'port=udp%2F50000',
  'port=tcp%2F50000',
  'enc=optional&enc=none',
  'auth=basic&authin=default',
  'section=um&q=ssl',
  'q=%EF%BD%B4%EF%BD%AF%EF%BD%BC%EF%BE%9E', // ｴｯｼﾞ (half-width katakana)
  'table=rules&role=edge',
  'table=rules&port=5065',
];

for (const view of VIEWS) {
  test(`the table shows what the filters compute for ?${view}`, async ({ page }) => {
    const { state } = parseUrlState(new URLSearchParams(view));
    const data = catalog();
    const expected = (
      state.table === 'rules' ? filterRules(data, state) : filterPaths(data, state)
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`./?${view}&lang=en`);
    expect(await rowIds(page)).toEqual(expected);
  });
}

test('a port in the dynamic range explains why dynamic RPC rows match', async ({ page }) => {
  await page.goto('./?port=50000&open=um-to-cas-play-on-phone&lang=en');
  const row = page.locator('tr[data-row-id="um-to-cas-play-on-phone"]');
  await expect(row).toContainText(
    'matched because the port is in the Windows dynamic range 49152-65535',
  );
});

test('135 says that those paths also need the dynamic range', async ({ page }) => {
  await page.goto('./?port=135&lang=en');
  await expect(page.locator('tr[data-row-id="mailbox-mapi"]')).toContainText(
    'Besides 135/TCP this path needs the dynamic RPC ports (49152-65535/TCP)',
  );
});

test('filters combine and show counts beside their options', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('textbox', { name: 'Port' }).fill('443');
  await expect(page).toHaveURL(/port=443/);
  const withPort = parseUrlState(new URLSearchParams('port=443&role=cas')).state;
  const casCount = filterPaths(catalog(), withPort).length;
  const cas = page.getByRole('checkbox', { name: /^Client Access/ }).first();
  await expect(cas.locator('xpath=..')).toContainText(`Client Access${casCount}`);
  await cas.click();
  await expect(cas).toBeChecked();
  await page.getByRole('checkbox', { name: /^Supported, off by default/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Supported, off by default/ })).toBeChecked();
  await expect.poll(() => rowIds(page)).toEqual(['cas-oab', 'cas-to-legacy-mailbox']);
});

test('keyboard: / focuses search, Esc clears it, Enter opens a row', async ({ page }) => {
  await page.goto('./?lang=en');
  await rowIds(page);
  await page.locator('body').press('/');
  const search = page.getByLabel('Search', { exact: true });
  await expect(search).toBeFocused();
  await search.pressSequentially('clussvc');
  await expect.poll(() => rowIds(page)).toEqual(['mailbox-clustering']);
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).not.toHaveURL(/q=/);
  const details = page.getByRole('button', { name: 'Details: transport-hub-to-hub' });
  await details.focus();
  await details.press('Enter');
  await expect(page.getByTestId('detail-transport-hub-to-hub')).toBeVisible();
  await expect(page).toHaveURL(/open=transport-hub-to-hub/);
});

test('sorting by a header sets aria-sort and the link', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: /^Ports/ }).click();
  await expect(page).toHaveURL(/sort=port/);
  await expect(page.getByRole('columnheader', { name: /Ports/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect.poll(async () => (await rowIds(page))[0]).toBe('transport-hub-to-hub');
  await page.getByRole('button', { name: /^Ports/ }).click();
  await expect(page).toHaveURL(/sort=-port/);
  await expect.poll(async () => (await rowIds(page))[0]).toBe('mailbox-log-shipping');
});

test('quick successive changes all land in the link', async ({ page }) => {
  await page.goto('./?lang=en');
  await rowIds(page);
  await page
    .getByRole('checkbox', { name: /^Client Access/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Port' }).pressSequentially('443', { delay: 0 });
  await page.getByRole('radio', { name: 'Inbound (role is destination)' }).click();
  await expect(page).toHaveURL(/role=cas&dir=in&port=443/);
  const expected = filterPaths(
    catalog(),
    parseUrlState(new URLSearchParams('role=cas&dir=in&port=443')).state,
  );
  await expect.poll(() => rowIds(page)).toEqual(expected.map((r) => r.id));
});

test('facet counts follow a change of direction at once, without a reload', async ({ page }) => {
  await page.goto('./?lang=en');
  await rowIds(page);
  // A facet checkbox is named by its label and its count ("Active Directory 8 rows").
  const facet = (label: string, count: number | undefined) =>
    page.getByRole('checkbox', { name: `${label} ${count ?? 0} rows`, exact: true });
  const facetsFor = (query: string) =>
    pathFacets(catalog(), parseUrlState(new URLSearchParams(query)).state);
  await expect(facet('Active Directory', facetsFor('').roles.get('ad'))).toBeVisible();
  await page.getByRole('radio', { name: 'Outbound (role is source)' }).click();
  await expect(page).toHaveURL(/dir=out/);
  // Active Directory opens no path: nothing is outbound from it.
  await expect(facet('Active Directory', 0)).toBeVisible();
  await expect(facet('Client Access', facetsFor('dir=out').roles.get('cas'))).toBeVisible();
  await page.getByRole('radio', { name: 'Default authentication' }).click();
  await expect(facet('Basic', facetsFor('dir=out&authin=default').auth.get('basic'))).toBeVisible();
});
