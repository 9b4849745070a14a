// The report for a change ticket: the Edge server with the 50636/UDP mistake as Markdown and CSV,
// and hostile rule names that stay text in both (never Markdown syntax, HTML or a formula).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENT } from '../../plan/environment.ts';
import { checkServerRules } from '../../firewall-check/check-rules.ts';
import { parseExport } from '../../firewall-check/parse-export.ts';
import { catalog } from '../../firewall-check/test-support.ts';
import { parseCsv } from '../../exports/test-csv-reader.ts';
import { checkWordsOf } from './check-words.ts';
import { REPORT_CSV_COLUMNS, reportCsv, reportFileName, reportMarkdown } from './report-export.ts';

const EDGE = readFileSync(
  fileURLToPath(new URL('../../firewall-check/fixtures/edge-50636-udp.txt', import.meta.url)),
  'utf8',
);
const LINK = 'https://ports.example/?view=check&role=edge&dir=in';

function edgeReport(text: string, lang: 'en' | 'ja' = 'en') {
  const parsed = parseExport(text);
  const report = checkServerRules({
    catalog,
    role: 'edge',
    dir: 'in',
    env: DEFAULT_ENVIRONMENT,
    peers: {},
    rules: parsed.rules,
  });
  const ctx = {
    say: checkWordsOf(lang),
    lang,
    catalog,
    role: 'edge' as const,
    dir: 'in' as const,
    env: DEFAULT_ENVIRONMENT,
  };
  return { report, parsed, ctx, link: LINK };
}

// docs/examples/firewall-check-edge-in.md is this report, for readers of the README; regenerate
// it with UPDATE_EXAMPLE=1 npx vitest run src/features/check/report-export.test.ts
const EXAMPLE = fileURLToPath(
  new URL('../../../docs/examples/firewall-check-edge-in.md', import.meta.url),
);

describe('the Markdown report', () => {
  it('docs/examples holds the Edge report as the page writes it', () => {
    const md = reportMarkdown({
      ...edgeReport(EDGE),
      link: 'https://ports.example/?view=check&role=edge&dir=in&lang=en',
    });
    if (process.env.UPDATE_EXAMPLE) writeFileSync(EXAMPLE, md);
    expect(readFileSync(EXAMPLE, 'utf8')).toBe(md);
  });

  it('an Edge server with EdgeSync on UDP: the settings, then one row per finding, worst first', () => {
    const input = edgeReport(EDGE);
    expect(reportFileName(input.report, 'md')).toBe('firewall-check-edge-in.md');
    const md = reportMarkdown(input);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Windows Firewall check: Edge Transport server, inbound');
    expect(md).toContain('- Computer: EDGE01');
    expect(md).toContain(
      `- Settings (role, direction, environment, peer addresses; never the rules): ${LINK}`,
    );
    expect(md).toContain('7 rules read; 6 enabled inbound rules checked; 1 of 2 openings');
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).slice(1);
    expect(rows.map((r) => r.split(' | ')[0])).toEqual([
      '| Missing',
      '| Wrong protocol or port',
      '| Too broad',
      '| Not needed (information)',
    ]);
    expect(rows[1]).toContain('allows UDP 50636; the opening needs TCP 50636.');
    expect(rows[1]).toContain('path transport-edgesync');
    // The paste's other rules (Remote Desktop, ICMP, outbound SMTP) are not findings.
    expect(md).not.toContain('Remote Desktop');
  });

  it('in Japanese, with the rule names as pasted', () => {
    const md = reportMarkdown(edgeReport(EDGE, 'ja'));
    expect(md).toContain('# Windows ファイアウォールの確認: エッジ トランスポート サーバー、受信');
    expect(md).toContain('| プロトコルまたはポートの誤り |');
    expect(md).toContain('EdgeSync LDAP over SSL from Hub Transport (UDP-In)');
  });

  it('a clean server says so instead of an empty table', () => {
    // The UDP rule made TCP, Setup's (GFW) rule and ADAM's 50389 left out.
    const clean = EDGE.split('\r\n')
      .filter((l) => !/GFW|ADAM/.test(l))
      .map((l) => (l.includes('(UDP-In)') ? l.replace('\t17\t', '\t6\t') : l))
      .join('\r\n')
      .replace('# End: 7 rules', '# End: 5 rules');
    const input = edgeReport(clean);
    expect(input.parsed.problems).toEqual([]);
    expect(input.report.findings).toEqual([]);
    const md = reportMarkdown(input);
    expect(md.trimEnd().split('\n').at(-1)).toBe('No findings.');
    expect(md).not.toContain('| Kind |');
    expect(parseCsv(reportCsv(input).slice(1))).toEqual([[...REPORT_CSV_COLUMNS]]);
  });
});

const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")',
  '<img src=x onerror=alert(1)>',
  '| pipe | [link](http://evil.example) *bold*',
];

const withNames = (names: string[]) => {
  const lines = EDGE.split('\r\n');
  const at = lines.findIndex((l) => l.startsWith('ADAM LDAP'));
  const rule = lines[at]!.split('\t');
  const extra = names.map((name, i) =>
    [name, ...rule.slice(1)].join('\t').replace('50389', `${50390 + i}`),
  );
  lines.splice(at + 1, 0, ...extra);
  return lines.join('\r\n').replace('# End: 7 rules', `# End: ${7 + names.length} rules`);
};

describe('hostile rule names', () => {
  const input = edgeReport(withNames(HOSTILE));

  it('are findings like any other (not needed), carried as given', () => {
    expect(input.parsed.problems).toEqual([]);
    const names = input.report.findings.flatMap((f) => ('rule' in f ? [f.rule.name] : []));
    for (const name of HOSTILE) expect(names).toContain(name);
  });

  it('stay text in Markdown: no HTML tag, link, emphasis or cell break survives', () => {
    const md = reportMarkdown(input);
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\| pipe \\| \\[link\\](http://evil.example) \\*bold\\*');
    const table = md.split('\n').filter((l) => l.startsWith('| '));
    const columns = (l: string) => l.split(/(?<!\\)\|/).length;
    for (const line of table) expect(columns(line)).toBe(columns(table[0]!));
  });

  it('stay text in the CSV: a BOM, the columns, a formula written as text', () => {
    const csv = reportCsv(input);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...REPORT_CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(REPORT_CSV_COLUMNS.length);
    const name = REPORT_CSV_COLUMNS.indexOf('rule_name');
    const formula = rows.find((r) => r[name]?.includes('HYPERLINK'));
    expect(formula?.[name]).toBe(`'${HOSTILE[0]}`);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows.slice(1).map((r) => r[REPORT_CSV_COLUMNS.indexOf('kind')])).toEqual([
      'missing',
      'wrong-protocol-or-port',
      'too-broad',
      'not-needed',
      'not-needed',
      'not-needed',
      'not-needed',
    ]);
  });
});
