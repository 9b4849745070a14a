// Checking a server's firewall (?view=check): an administrator pastes or chooses the export of one
// server's Windows Firewall rules, reads the findings, takes the report away (Markdown, CSV,
// paper), and the rules never leave the page (no link, no storage, no markup from a rule name).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../src/exports/test-csv-reader.ts';
import { EXPORT_COMMAND } from '../src/firewall-check/export-command.ts';
import { checkWordsOf } from '../src/features/check/check-words.ts';
import { expect, test } from './fixtures.ts';
import { compact, readPdf } from './pdf-text.ts';

const EDGE_FILE = fileURLToPath(
  new URL('../src/firewall-check/fixtures/edge-50636-udp.txt', import.meta.url),
);
/** An Edge server whose EdgeSync rule allows UDP 50636 instead of TCP (CRLF, as Windows writes). */
const EDGE_EXPORT = readFileSync(EDGE_FILE, 'utf8');
const EDGE_LINK = './?view=check&role=edge&dir=in';
const EN = checkWordsOf('en');
const JA = checkWordsOf('ja');

/** The findings the Edge export gives, most harmful first. */
const EDGE_KINDS = ['missing', 'wrong-protocol-or-port', 'too-broad', 'not-needed'];
const UDP_RULE = 'EdgeSync LDAP over SSL from Hub Transport (UDP-In)';
const GFW_RULE = 'MSExchangeTransportWorker (GFW) (TCP-In)';
const ADAM_RULE = 'ADAM LDAP (TCP-In)';
/** Text of the export that is not a flagged rule's name: it stays on the server's side. */
const RULE_DETAILS = [
  'Remote Desktop (TCP-In)',
  'SMTP to the Internet',
  'Core Networking',
  '10.0.1.10/255.255.255.255',
  '10.0.9.0/255.255.255.0',
  'C:\\Program Files\\Microsoft\\Exchange Server',
  '2147483647',
  '@FirewallAPI.dll',
  'Mail flow',
];

const report = (page: Page) => page.getByTestId('check-report');
/** The check page's own heading (the page also has the catalog summary's). */
const title = (page: Page) =>
  page.getByRole('heading', {
    name: /^(Check a server's firewall|サーバーのファイアウォールの確認)/,
  });
const findings = (page: Page) => page.getByTestId('finding');
const kinds = (page: Page) =>
  findings(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));

async function paste(page: Page, text: string) {
  await page
    .getByLabel(EN('pasteLabel'))
    .or(page.getByLabel(JA('pasteLabel')))
    .fill(text);
}

/** The counts the report shows, by the kind's words: { "Missing": 1, … }. */
const shownCounts = (page: Page) =>
  page
    .getByTestId('check-counts')
    .evaluate((dl) =>
      Object.fromEntries(
        [...dl.querySelectorAll('dt')].map((dt) => [
          dt.textContent!.replace(/:$/, ''),
          Number(dt.nextElementSibling!.textContent),
        ]),
      ),
    );

/** What the link and the page's storage hold must never include the pasted rules. */
async function expectRulesKeptOut(page: Page) {
  const url = decodeURIComponent(page.url());
  for (const text of ['EdgeSync', 'EDGE01', 'MSExchange', '50389', '10.0.1.10']) {
    expect(url).not.toContain(text);
  }
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`))
      .join('\n'),
  );
  expect(stored).not.toContain('EdgeSync');
  expect(stored).not.toContain('EDGE01');
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A CSV download's records, by column name; the BOM checked and dropped. */
function csvRecords(bytes: Buffer) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = parseCsv(bytes.toString('utf8').slice(1));
  const column = (name: string) => rows.map((r) => r[header.indexOf(name)]);
  return { header, rows, column };
}

/** Presses Tab until `target` has the focus, at most `presses` times. */
async function tabTo(page: Page, target: Locator, presses = 40) {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${target.toString()} was not reached in ${presses} Tab presses`);
}

test('the Edge export reads as four findings, most harmful first, and stays out of the link', async ({
  page,
}) => {
  await page.goto(`${EDGE_LINK}&lang=en`);
  await expect(page.getByTestId('privacy')).toBeVisible();
  await expect(page.getByTestId('privacy')).toContainText('nothing is sent anywhere');
  await expect(title(page)).toHaveText("Check a server's firewall: Edge Transport server");
  await expect(report(page)).toHaveCount(0);

  await paste(page, EDGE_EXPORT);
  await expect(report(page)).toBeVisible();
  await expect(report(page).getByRole('heading')).toHaveText(
    'Report: Edge Transport server, inbound',
  );
  expect(await kinds(page)).toEqual(EDGE_KINDS);
  await expect(findings(page).first()).toContainText(EN('kind.missing'));
  await expect(findings(page).first()).toContainText('Not covered: TCP 50636.');

  const wrong = findings(page).nth(1);
  await expect(wrong).toContainText(EN('kind.wrong-protocol-or-port'));
  await expect(wrong).toContainText(`“${UDP_RULE}” (line 6)`);
  await expect(wrong).toContainText('UDP 50636');
  await expect(wrong).toContainText('the opening needs TCP 50636');
  await expect(findings(page).nth(2)).toContainText(`“${GFW_RULE}” (line 4)`);
  await expect(findings(page).nth(3)).toContainText(`“${ADAM_RULE}” (line 7) allows TCP 50389`);
  // Windows' own rules (Remote Desktop, Core Networking) and the outbound rule are no findings.
  await expect(report(page)).not.toContainText('Remote Desktop');
  await expect(report(page)).not.toContainText('SMTP to the Internet');

  expect(await shownCounts(page)).toEqual({
    [EN('kind.blocked')]: 0,
    [EN('kind.missing')]: 1,
    [EN('kind.wrong-protocol-or-port')]: 1,
    [EN('kind.too-broad')]: 1,
    [EN('kind.not-needed')]: 1,
  });
  await expect(page.getByTestId('check-summary')).toContainText(/^7 rules read; 6 enabled inbound/);
  await expect(report(page)).toContainText('Computer: EDGE01');
  await expectRulesKeptOut(page);

  // Another direction checks the same paste again; the link changes, the rules stay out of it.
  await page.getByRole('radio', { name: EN('out') }).check();
  await expect(page).toHaveURL(/[?&]dir=out(&|$)/);
  await expect(report(page).getByRole('heading')).toHaveText(
    'Report: Edge Transport server, outbound',
  );
  await expect(page.getByTestId('check-summary')).toContainText(
    /^7 rules read; 1 enabled outbound/,
  );
  await expectRulesKeptOut(page);
  await page.getByRole('radio', { name: EN('in') }).check();
  await expect(page).toHaveURL(/[?&]dir=in(&|$)/);
  await expect(page.getByTestId('check-summary')).toContainText(/^7 rules read; 6 enabled inbound/);
  expect(await kinds(page)).toEqual(EDGE_KINDS);
  await expectRulesKeptOut(page);

  // Reloading forgets the paste, as the privacy statement says.
  await page.reload();
  await expect(page.getByTestId('privacy')).toBeVisible();
  await expect(page.locator('#check-rules')).toHaveValue('');
  await expect(report(page)).toHaveCount(0);
});

test('the export command copies in one piece', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${EDGE_LINK}&lang=en`);
  await expect(page.getByTestId('export-command')).toHaveText(EXPORT_COMMAND);
  await expect(page.getByTestId('export-command')).toContainText(
    'New-Object -ComObject HNetCfg.FwPolicy2',
  );
  await page.getByRole('button', { name: EN('copyCommand') }).click();
  await expect(page.getByRole('status').filter({ hasText: EN('copied') })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXPORT_COMMAND);
});

test('choosing the export file, UTF-8 or UTF-16LE with a BOM, gives the report a paste gives', async ({
  page,
}) => {
  await page.goto(`${EDGE_LINK}&lang=en`);
  await paste(page, EDGE_EXPORT);
  await expect(findings(page)).toHaveCount(4);
  const pasted = await report(page).innerText();
  await page.getByRole('button', { name: EN('clear') }).click();
  await expect(report(page)).toHaveCount(0);
  await expect(page.getByText(EN('waiting'))).toBeVisible();

  const fileInput = page.getByLabel(EN('chooseFile'));
  await fileInput.setInputFiles(EDGE_FILE);
  await expect(
    page.getByRole('status').filter({ hasText: 'Read edge-50636-udp.txt.' }),
  ).toBeVisible();
  await expect(page.locator('#check-rules')).toHaveValue(EDGE_EXPORT.replaceAll('\r\n', '\n'));
  await expect(findings(page)).toHaveCount(4);
  expect(await report(page).innerText()).toBe(pasted);

  await page.getByRole('button', { name: EN('clear') }).click();
  await expect(report(page)).toHaveCount(0);
  // Saved again by an editor or with Out-File: UTF-16LE with its BOM.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EDGE_EXPORT, 'utf16le')]);
  await fileInput.setInputFiles({ name: 'rules-utf16.txt', mimeType: 'text/plain', buffer: utf16 });
  await expect(page.getByRole('status').filter({ hasText: 'Read rules-utf16.txt.' })).toBeVisible();
  await expect(page.getByTestId('parse-problems')).toHaveCount(0);
  await expect(findings(page)).toHaveCount(4);
  expect(await report(page).innerText()).toBe(pasted);
});

test('the report downloads as Markdown and as CSV, naming rules only by name and line', async ({
  page,
}) => {
  await page.goto(`${EDGE_LINK}&lang=en`);
  await paste(page, EDGE_EXPORT);
  await expect(findings(page)).toHaveCount(4);

  const md = await download(page, page.getByRole('button', { name: EN('export.markdown') }));
  expect(md.name).toBe('firewall-check-edge-in.md');
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded firewall-check-edge-in.md.' }),
  ).toBeVisible();
  const markdown = md.bytes.toString('utf8');
  expect(markdown.startsWith('# Windows Firewall check: Edge Transport server, inbound\n')).toBe(
    true,
  );
  expect(markdown).toContain('Computer: EDGE01');
  expect(markdown).toMatch(
    /Settings \(.*\): http:\/\/[^ ]+\/\?view=check&role=edge&dir=in&lang=en/,
  );
  const rows = markdown.split('\n').filter((l) => l.startsWith('| '));
  expect(rows[0]).toMatch(/^\| Kind \| Finding \| Rule \(line\) \|/);
  expect(rows[1]).toMatch(/^\| --- \|/);
  expect(rows.slice(2).map((r) => r.split(' | ')[0])).toEqual(
    EDGE_KINDS.map((k) => `| ${EN(`kind.${k}` as 'kind.missing')}`),
  );
  expect(rows[3]).toContain(`| ${UDP_RULE} (6) |`);
  expect(rows[3]).toContain('allows UDP 50636; the opening needs TCP 50636');
  expect(rows[4]).toContain(`| ${GFW_RULE} (4) |`);
  expect(rows[5]).toContain(`| ${ADAM_RULE} (7) |`);
  for (const text of RULE_DETAILS) expect(markdown).not.toContain(text);

  const csv = await download(page, page.getByRole('button', { name: EN('export.csv') }));
  expect(csv.name).toBe('firewall-check-edge-in.csv');
  expect(csv.bytes.toString('utf8').slice(1)).toMatch(/^severity,kind,/);
  const { rows: records, column } = csvRecords(csv.bytes);
  expect(records).toHaveLength(4);
  expect(column('kind')).toEqual(EDGE_KINDS);
  expect(column('severity')).toEqual(['2', '3', '4', '5']);
  expect(column('rule_line')).toEqual(['', '6', '4', '7']);
  expect(column('rule_name')).toEqual(['', UDP_RULE, GFW_RULE, ADAM_RULE]);
  for (const text of RULE_DETAILS) expect(csv.bytes.toString('utf8')).not.toContain(text);
});

test('a hostile rule name shows as text on the page and in the exports, never as markup or formula', async ({
  page,
}) => {
  const hostile = '=HYPERLINK("http://x","y") <img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${EDGE_LINK}&lang=en`);
  await paste(page, EDGE_EXPORT.replace(ADAM_RULE, hostile));
  const notNeeded = findings(page).nth(3);
  await expect(notNeeded).toHaveAttribute('data-kind', 'not-needed');
  await expect(notNeeded).toContainText(`“${hostile}” (line 7) allows TCP 50389`);
  await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);

  const md = await download(page, page.getByRole('button', { name: EN('export.markdown') }));
  const markdown = md.bytes.toString('utf8');
  expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
  expect(markdown).not.toContain(' <img');

  const csv = await download(page, page.getByRole('button', { name: EN('export.csv') }));
  const { column } = csvRecords(csv.bytes);
  expect(column('rule_name')[3]).toBe(`'${hostile}`);
  // The finding's sentence starts with a quotation mark: text already, left as it is.
  expect(column('finding')[3]).toMatch(/^“=HYPERLINK/);
  expect(dialogs).toEqual([]);
});

test('the report prints on A4 with its findings and settings link, not the rules or the controls', async ({
  page,
}) => {
  await page.goto(`${EDGE_LINK}&lang=en`);
  await paste(page, EDGE_EXPORT);
  await expect(findings(page)).toHaveCount(4);

  // The button prints the page (window.print, stubbed: a headless print dialog would not return).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-e2e-printed', 'yes');
  });
  await page.getByRole('button', { name: EN('export.print') }).click();
  await expect(page.locator('body')).toHaveAttribute('data-e2e-printed', 'yes');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#check-rules')).toBeHidden();
  await expect(page.getByRole('button', { name: EN('copyCommand') })).toBeHidden();
  const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.size).toEqual([595, 842]);
  expect(pdf.compactText).toContain(compact('Report: Edge Transport server, inbound'));
  expect(pdf.compactText).toContain(compact('No enabled Allow rule covers this opening.'));
  expect(pdf.compactText).toContain(
    compact(`“${UDP_RULE}” (line 6) allows UDP 50636; the opening needs TCP 50636.`),
  );
  expect(pdf.compactText).toContain(compact(`“${GFW_RULE}” (line 4)`));
  expect(pdf.compactText).toContain(compact(`“${ADAM_RULE}” (line 7)`));
  expect(pdf.compactText).toContain('view=check&role=edge&dir=in');
  for (const text of [
    ...RULE_DETAILS,
    EN('copyCommand'),
    EN('export.markdown'),
    'HNetCfg.FwPolicy2',
    EN('pasteLabel'),
  ]) {
    expect(pdf.compactText, text).not.toContain(compact(text));
  }
});

test('the check in Japanese: its words are Japanese, the rule names as pasted', async ({
  page,
}) => {
  await page.goto(`${EDGE_LINK}&lang=ja`);
  await expect(title(page)).toHaveText(
    'サーバーのファイアウォールの確認: エッジ トランスポート サーバー',
  );
  await expect(page.getByText(JA('waiting'))).toBeVisible();
  await paste(page, EDGE_EXPORT);
  expect(await kinds(page)).toEqual(EDGE_KINDS);
  await expect(report(page).getByRole('heading')).toHaveText(
    'レポート: エッジ トランスポート サーバー、受信',
  );
  await expect(findings(page).nth(0)).toContainText('不足');
  await expect(findings(page).nth(0)).toContainText('許可されていないポート: TCP 50636。');
  const wrong = findings(page).nth(1);
  await expect(wrong).toContainText('プロトコルまたはポートの誤り');
  await expect(wrong).toContainText(
    `「${UDP_RULE}」(6 行目) は UDP 50636 を許可していますが、この通信に必要なのは TCP 50636 です。`,
  );
  await expect(findings(page).nth(2)).toContainText(`「${GFW_RULE}」(4 行目)`);
  await expect(findings(page).nth(3)).toContainText(`「${ADAM_RULE}」(7 行目)`);
  await expect(page.getByTestId('check-summary')).toContainText('読み取った規則 7 件');
  expect(await shownCounts(page)).toEqual({
    ブロック: 0,
    不足: 1,
    プロトコルまたはポートの誤り: 1,
    広すぎる: 1,
    '不要 (情報)': 1,
  });
  await expect(report(page)).not.toContainText('Wrong protocol');

  const md = await download(page, page.getByRole('button', { name: 'Markdown をダウンロード' }));
  expect(md.name).toBe('firewall-check-edge-in.md');
  const markdown = md.bytes.toString('utf8');
  expect(markdown).toMatch(
    /^# Windows ファイアウォールの確認: エッジ トランスポート サーバー、受信\n/,
  );
  expect(markdown).toMatch(/\n\| 種類 \| 指摘 \| 規則 \(行\) \|/);
  expect(markdown).toContain(`| プロトコルまたはポートの誤り | 「${UDP_RULE}」(6 行目)`);
  // The CSV's column keys stay English, so a sheet or a script reads either language.
  const csv = await download(
    page,
    page.getByRole('button', { name: 'CSV (Excel) をダウンロード' }),
  );
  const { header, column } = csvRecords(csv.bytes);
  expect(header.slice(0, 3)).toEqual(['severity', 'kind', 'kind_text']);
  expect(column('kind_text')).toEqual([
    '不足',
    'プロトコルまたはポートの誤り',
    '広すぎる',
    '不要 (情報)',
  ]);
  expect(column('rule_name')[1]).toBe(UDP_RULE);
  await expect(page.getByRole('button', { name: '印刷 (A4)' })).toBeVisible();
});

test('a long export is held beside the paste box, not laid out in it, and checked whole', async ({
  page,
  context,
}) => {
  // 1,200 extra rules for ports nothing needs: far past what the box shows (SHOWN_LIMIT, 64 KB).
  const extra = Array.from(
    { length: 1200 },
    (_, i) =>
      `Monitoring agent ${i} (TCP-In)\tTrue\t1\t1\t6\t${40000 + i}\t*\t*\t*\t\t\t2147483647\tAgent`,
  );
  const lines = EDGE_EXPORT.trimEnd().split('\r\n');
  const long = [...lines.slice(0, -1), ...extra, '# End: 1207 rules'].join('\r\n');
  expect(long.length).toBeGreaterThan(64 * 1024);
  await page.goto(`${EDGE_LINK}&lang=en`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), long);
  const box = page.getByLabel(EN('pasteLabel'));
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  // The marker, computer and header lines, 7 + 1,200 rules and the End line.
  await expect(page.getByTestId('rules-held')).toContainText('1211 lines (87 KB)');
  await expect(box).toHaveValue('');
  await expect(page.getByTestId('check-summary')).toContainText('1207 rules read');
  // The Edge findings first; then the first of the 1,201 rules not needed, and all on request.
  await expect(findings(page)).toHaveCount(100);
  expect((await kinds(page)).slice(0, 3)).toEqual(EDGE_KINDS.slice(0, 3));
  await page.getByRole('button', { name: 'Show all 1204 findings' }).click();
  await expect(findings(page)).toHaveCount(1204);
  // Typing replaces what is held: the box is the text again.
  await box.fill('x');
  await expect(page.getByTestId('rules-held')).toHaveCount(0);
  await expect(report(page)).toHaveCount(0);
  await expectRulesKeptOut(page);
});

test('bad input is named calmly: nothing, netsh output, a cut-off export', async ({ page }) => {
  await page.goto(`${EDGE_LINK}&lang=en`);
  await paste(page, '  \r\n\t\n');
  await expect(page.getByText(EN('waiting'))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(report(page)).toHaveCount(0);

  const netsh = [
    'Rule Name:                            Core Networking - DNS (UDP-Out)',
    '----------------------------------------------------------------------',
    'Enabled:                              Yes',
  ].join('\r\n');
  await paste(page, netsh);
  const problems = page.getByTestId('parse-problems');
  await expect(problems).toHaveRole('alert');
  await expect(problems).toContainText(EN('problemsHeading'));
  await expect(problems).toContainText(
    'It looks like the output of netsh advfirewall firewall show rule',
  );
  await expect(report(page)).toHaveCount(0);
  await expect(page.getByText(EN('waiting'))).toHaveCount(0);

  // Cut off before its "# End: 7 rules" line: named, and the rules read are still checked.
  const cut = EDGE_EXPORT.replace(/# End: 7 rules\r?\n?$/, '');
  expect(cut).not.toContain('# End');
  await paste(page, cut);
  await expect(problems).toContainText('The export stops before its last line');
  await expect(problems).toContainText('Only the 7 rules read are checked');
  await expect(problems).not.toContainText('netsh');
  await expect(report(page)).toBeVisible();
  expect(await kinds(page)).toEqual(EDGE_KINDS);

  // Clearing goes back to waiting.
  await page.getByRole('button', { name: EN('clear') }).click();
  await expect(problems).toHaveCount(0);
  await expect(report(page)).toHaveCount(0);
  await expect(page.getByText(EN('waiting'))).toBeVisible();
});

test('the role links, the direction, the paste box and the report buttons are reached by Tab', async ({
  page,
}) => {
  test.slow();
  await page.goto(`${EDGE_LINK}&lang=en`);
  await expect(page.getByTestId('privacy')).toBeVisible();
  const roles = page.getByRole('navigation', { name: EN('role') });
  await tabTo(page, roles.getByRole('link', { name: 'Hub Transport' }));
  await page.keyboard.press('Tab');
  await expect(roles.getByRole('link', { name: 'Edge Transport' })).toBeFocused();
  await expect(roles.getByRole('link', { name: 'Edge Transport' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // One Tab stop for the radio group, the arrow keys choose within it.
  const inbound = page.getByRole('radio', { name: EN('in') });
  await tabTo(page, inbound, 10);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: EN('out') })).toBeChecked();
  await expect(page).toHaveURL(/[?&]dir=out(&|$)/);
  await page.keyboard.press('ArrowUp');
  await expect(inbound).toBeChecked();
  await expect(page).toHaveURL(/[?&]dir=in(&|$)/);

  await tabTo(page, page.getByRole('button', { name: EN('copyCommand') }));
  await tabTo(page, page.getByTestId('export-command'), 3);
  const textarea = page.getByLabel(EN('pasteLabel'));
  await tabTo(page, textarea, 3);
  await page.keyboard.insertText(EDGE_EXPORT); // as Ctrl+V pastes
  await expect(findings(page)).toHaveCount(4);
  await tabTo(page, page.getByLabel(EN('chooseFile')), 3);
  await tabTo(page, page.getByRole('button', { name: EN('clear') }), 3);

  const markdown = page.getByRole('button', { name: EN('export.markdown') });
  await tabTo(page, markdown, 10);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('firewall-check-edge-in.md');
  await tabTo(page, page.getByRole('button', { name: EN('export.csv') }), 1);
  await tabTo(page, page.getByRole('button', { name: EN('export.print') }), 1);
  // Past the report's own links, the findings' links to the plan are reached too.
  await tabTo(
    page,
    findings(page)
      .first()
      .getByRole('link', { name: EN('refs.plan') }),
    5,
  );
});

test('a check link with two roles checks the first and names the one ignored', async ({ page }) => {
  await page.goto('./?view=check&role=edge&role=hub&lang=en');
  const ignored = page.getByRole('status').filter({ hasText: /Parts of the link were ignored/ });
  await expect(ignored).toContainText(
    'This view shows one role: Edge Transport is shown, role=hub is ignored.',
  );
  await expect(title(page)).toHaveText("Check a server's firewall: Edge Transport server");
  await paste(page, EDGE_EXPORT);
  await expect(report(page).getByRole('heading')).toHaveText(
    'Report: Edge Transport server, inbound',
  );
  expect(await kinds(page)).toEqual(EDGE_KINDS);
});

test('the report fits a 375 px phone, a long rule name wrapped', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${EDGE_LINK}&lang=ja`);
  const long = `${'VeryLongRuleNameWithoutSpaces'.repeat(8)} (TCP-In)`;
  await paste(page, EDGE_EXPORT.replace(ADAM_RULE, long));
  await expect(findings(page).nth(3)).toContainText(long);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
