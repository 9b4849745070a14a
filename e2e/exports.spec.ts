// Taking a view away: CSV download, Markdown to the clipboard, and the scripts view.
import { readFileSync } from 'node:fs';
import { filterPaths } from '../src/view/selection.ts';
import { parseUrlState } from '../src/view/url-state.ts';
import { firewallScript } from '../src/firewall-scripts/firewall-script.ts';
import { testOptions } from '../src/firewall-scripts/test-support.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { catalog, rowIds } from './helpers.ts';

const expectedIds = (query: string) =>
  filterPaths(catalog(), parseUrlState(new URLSearchParams(query)).state).map((r) => r.id);

test('downloads the filtered view as CSV with a BOM, its rows and the Japanese verbatim', async ({
  page,
}) => {
  await page.goto('./?role=cas&dir=in&lang=en');
  expect(await rowIds(page)).toEqual(expectedIds('role=cas&dir=in'));
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('radio', { name: 'CSV (Excel, UTF-8)' }).check();
  await page.getByRole('radio', { name: 'Both' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('exchange-2010-paths-both.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^id,section,from,to,path_ja,path_en,/);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(expectedIds('role=cas&dir=in'));
  const owa = catalog().dataPaths.find((r) => r.id === 'cas-owa')!;
  expect(text).toContain(owa.source.ja.ports);
  await expect(page.getByRole('status').filter({ hasText: 'Download started' })).toBeVisible();
});

test('copies the filtered view as a Markdown table', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?enc=none&lang=ja');
  await rowIds(page);
  await page.getByText('エクスポート', { exact: true }).click();
  await page.getByRole('radio', { name: 'Markdown 表 (チャット用)' }).check();
  await page.getByRole('radio', { name: '日本語 (原文のまま)' }).check();
  await page.getByRole('button', { name: 'クリップボードにコピー' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const lines = markdown.trimEnd().split('\n');
  // Readable headers in the page language; the notes go out as text.
  expect(lines[0]).toMatch(/^\| ID \| 原文の表 \| 送信元 \| 送信先 \| データ パス \(日本語\) \|/);
  expect(lines[0]).toContain('| 注 (日本語) |');
  expect(lines[1]).toMatch(/^\| --- /);
  expect(lines.slice(2).map((l) => l.split(' | ')[0]!.slice(2))).toEqual(expectedIds('enc=none'));
});

test('the scripts view shows the firewall script of a role by its link', async ({ page }) => {
  await page.goto(
    './?view=scripts&role=cas&dir=in&script=powershell&addr-client=10.1.0.0/16&lang=en',
  );
  const script = page.getByTestId('script-text');
  await expect(script).toContainText(
    "New-NetFirewallRule -DisplayName 'Exchange 2010 cas in: TCP 80, 110, 143, 443, 993, 995 from client'",
  );
  const expected = firewallScript(catalog(), 'cas', 'in', 'powershell', {
    ...testOptions(),
    peers: { client: ['10.1.0.0/16'] },
  }).text;
  expect((await script.textContent())!.replaceAll('\r\n', '\n')).toBe(
    expected.replaceAll('\r\n', '\n'),
  );
  // netsh (Windows Server 2008 / 2008 R2) is the default, so the link drops the key.
  await page.getByRole('radio', { name: /netsh advfirewall/ }).check();
  await expect(page).not.toHaveURL(/script=/);
  await expect(script).toContainText('localport=RPC remoteip=%R:~1%');
  await page.getByRole('radio', { name: 'Connectivity check: TCP (PowerShell 2.0)' }).check();
  await expect(script).toContainText('elseif (Test-TcpPort $c.Host $c.Port 3000)');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download / }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('exchange-2010-cas-out-check-test.ps1');
});

test('the cheat sheet links to the scripts of its role', async ({ page }) => {
  await page.goto('./?view=sheet&role=edge&lang=en');
  await page.getByRole('link', { name: 'Firewall and check scripts' }).click();
  await expect(page).toHaveURL(/view=scripts&role=edge/);
  await expect(page.getByTestId('script-text')).toContainText(
    'Exchange 2010 edge in: TCP 25 from hub, internet-smtp',
  );
});

for (const lang of ['ja', 'en']) {
  test(`axe finds no violations on the scripts view (${lang})`, async ({ page }) => {
    await page.goto(`./?view=scripts&role=mailbox&dir=out&script=netsh&lang=${lang}`);
    await page.getByTestId('script-text').waitFor();
    await expectNoAxeViolations(page);
  });
}
