import { expect, test } from './fixtures.ts';
import { rowIds, PATH_COUNT } from './helpers.ts';

test('unknown values in a link are named, and the rest of the view still applies', async ({
  page,
}) => {
  await page.goto('./?role=mars&role=cas&port=abc&foo=1&auth=psychic&lang=en');
  const status = page.getByRole('status').filter({ hasText: 'Parts of the link were ignored' });
  await expect(status).toContainText('"mars" is not a known value for role');
  await expect(status).toContainText('The port "abc" is not a number');
  await expect(status).toContainText('"foo" is not a known key');
  await expect(status).toContainText('"psychic" is not a known value for auth');
  const ids = await rowIds(page);
  expect(ids).toContain('cas-owa'); // role=cas still applies
  expect(ids).not.toContain('transport-hub-to-hub');
});

for (const [port, message] of [
  ['99999', 'is outside 1 to 65535'],
  ['0', 'is outside 1 to 65535'],
  ['9-1', 'is reversed'],
] as const) {
  test(`port=${port} is reported, not applied`, async ({ page }) => {
    await page.goto(`./?port=${port}&lang=en`);
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
    expect(await rowIds(page)).toHaveLength(PATH_COUNT);
  });
}

test('messages come in Japanese for a Japanese link', async ({ page }) => {
  await page.goto('./?port=abc&lang=ja');
  await expect(page.getByText('port の値「abc」は数字ではありません。')).toBeVisible();
});

test('an open row that does not exist is reported', async ({ page }) => {
  await page.goto('./?open=no-such-row&lang=en');
  await expect(
    page.getByText('The row "no-such-row" in open is not in the catalog.'),
  ).toBeVisible();
  expect(await rowIds(page)).toHaveLength(PATH_COUNT);
});

test('a port typed wrong is explained next to the field', async ({ page }) => {
  await page.goto('./?lang=en');
  const port = page.getByRole('textbox', { name: 'Port' });
  await port.fill('5070-5060');
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The port range "5070-5060" is reversed')).toBeVisible();
  expect(await rowIds(page)).toHaveLength(PATH_COUNT);
  await port.fill('5060-5070');
  await expect(port).not.toHaveAttribute('aria-invalid');
  await expect.poll(() => rowIds(page)).toContain('um-telephony');
});

test('a catalog that is not JSON shows an error and keeps the page', async ({ page }) => {
  await page.route('**/catalog.json', (route) =>
    route.fulfill({ status: 200, body: '{"schemaVersion": 1, "dataPa' }),
  );
  await page.goto('./?lang=en');
  await expect(page.getByRole('alert')).toContainText('catalog.json is not valid JSON');
  await expect(page.getByRole('button', { name: '日本語' })).toBeVisible();
});
