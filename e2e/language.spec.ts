import { expect, test } from './fixtures.ts';
import { rowIds } from './helpers.ts';

test('switching language keeps the view', async ({ page }) => {
  await page.goto('./?role=um&port=5060&open=um-telephony&lang=ja');
  const before = await rowIds(page);
  await expect(page.getByTestId('detail-um-telephony')).toContainText('この行に関する注');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page).toHaveURL(/role=um/);
  await expect(page).toHaveURL(/port=5060/);
  await expect(page.getByTestId('detail-um-telephony')).toContainText('Notes on this row');
  expect(await rowIds(page)).toEqual(before);
  await expect(page.getByRole('checkbox', { name: /^Unified Messaging/ }).first()).toBeChecked();
});
