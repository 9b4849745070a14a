import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { rowIds } from './helpers.ts';

test('"what must be open from Hub to Edge?" is answered from the pickers', async ({ page }) => {
  await page.goto('./?lang=en');
  await rowIds(page);
  await page.getByLabel('From (connects)').selectOption('hub');
  await page.getByLabel('To (listens)').selectOption('edge');
  await expect(page).toHaveURL(/from=hub&to=edge/);
  const answer = page.getByTestId('plan-answer');
  await expect(
    answer.getByRole('heading', { name: 'Hub Transport → Edge Transport' }),
  ).toBeVisible();
  // One opening: both ports, each with what the source calls it.
  await expect(answer.locator('tbody tr')).toHaveCount(1);
  await expect(answer.locator('tbody tr').first()).toContainText('TCP 25 (SMTP), 50636 (SSL)');
  await expect(answer.locator('tbody tr').first()).toContainText('Encrypted by default');
  // The table below shows the same two paths.
  expect(await rowIds(page)).toEqual(['transport-hub-to-edge', 'transport-edgesync']);
});

test('a port is answered like a question: EdgeSync first, the dynamic RPC range folded', async ({
  page,
}) => {
  await page.goto('./?port=tcp/50636&lang=en');
  const answer = page.getByTestId('plan-answer');
  await expect(answer.getByRole('heading', { name: 'Who uses TCP/50636' })).toBeVisible();
  await expect(answer.locator('tbody tr')).toHaveCount(1);
  await expect(answer.locator('tbody tr').first()).toContainText('Hub Transport → Edge Transport');
  await expect(answer.getByTestId('port-rules')).toContainText('No Setup firewall rule');
  // The table shows the path that names the port; the others wait in one closed group.
  const folded = page.getByTestId('also-in-rpc-range');
  await expect(folded).not.toHaveAttribute('open');
  await expect(folded.locator('summary')).toContainText(
    /dynamic RPC range \(49152-65535\): \d+ data paths/,
  );
  const named = page.locator('main#main table').nth(1).locator('tbody tr[data-row-id]');
  await expect(named).toHaveCount(1);
  await expect(named.first()).toHaveAttribute('data-row-id', 'transport-edgesync');
  await folded.locator('summary').click();
  await expect(folded.locator('tbody tr[data-row-id]').first()).toBeVisible();
});

test('the environment changes the answer, stays in the link, and bad values are named', async ({
  page,
}) => {
  await page.goto('./?role=mailbox&dir=in&lang=en');
  const answer = page.getByTestId('plan-answer');
  await expect(answer).toContainText('64327 (DAG replication)');
  await page.getByText('My environment').click();
  await page.getByLabel('DAG replication').fill('64330');
  await page.getByLabel('dynamic RPC range').fill('6005-59530');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/rpcrange=6005-59530&dagport=64330/);
  await expect(answer).toContainText('64330 (DAG replication)');
  await expect(answer).not.toContainText('64327');
  await expect(answer).toContainText('135 + 6005-59530 (your dynamic range)');

  // A value that is not a port is refused beside its field, and not applied.
  await page.getByLabel('RPC Client Access').fill('80');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Ports below 1024 are reserved by Windows')).toBeVisible();
  await expect(page).not.toHaveURL(/rpcca/);

  // In a link, it is named at the top and the default is used.
  await page.goto('./?role=cas&dir=in&rpcca=80&ab=x&lang=en');
  await expect(page.getByRole('heading', { name: 'Parts of the link were ignored' })).toBeVisible();
  await expect(page.getByText('rpcca=80 is below 1024')).toBeVisible();
  await expect(page.getByText('ab=x is not a port')).toBeVisible();
});

test('the environment travels to the cheat sheet', async ({ page }) => {
  await page.goto('./?view=sheet&role=mailbox&dagport=64330&lang=en');
  const sheet = page.locator('article.sheet');
  await expect(sheet).toContainText('TCP 64330 (DAG replication)');
  // 64327 is left only where the source is quoted (its note on log shipping), never as a port.
  await expect(sheet).not.toContainText('TCP 64327');
});

test('the plan goes out as CSV and as a Markdown change request, in the environment', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?role=mailbox&dir=in&dagport=64330&lang=en');
  const answer = page.getByTestId('plan-answer');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    answer.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('exchange-2010-port-plan.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'direction,protocol,ports,from,to,purpose,encryption,auth,setup_rules,programs,notes,marks',
  );
  expect(csv).toContain('64330 (DAG replication)');
  expect(csv).toMatch(/^inbound,TCP,/m);

  await answer.getByRole('button', { name: 'Copy as a Markdown table' }).click();
  await expect(answer.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.split('\n')[0]).toMatch(/^\| Direction \| Protocol \| Ports \|/);
  expect(markdown).toContain('64330 (DAG replication)');
});
