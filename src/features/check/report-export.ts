// The report for a change ticket: Markdown (a heading, the settings, a table of findings) and CSV
// (UTF-8 with BOM, one finding a row, stable column keys as the header). Pure. Rule names are the
// server's data: markdown.ts escapes them so they render as text, csv.ts writes a cell that would
// start a formula as text.
import type { CheckReport } from '../../firewall-check/findings.ts';
import type { ParseResult } from '../../firewall-check/server-rules.ts';
import { toCsv } from '../../exports/csv.ts';
import { markdownCell, toMarkdownTable } from '../../exports/markdown.ts';
import {
  endpointName,
  findingText,
  openingText,
  reportFacts,
  type FindingText,
  type TextContext,
} from './finding-text.ts';

export interface ReportInput {
  report: CheckReport;
  parsed: ParseResult;
  ctx: TextContext;
  /** The page's own link (role, direction, environment, peers; never the rules). */
  link: string;
}

/** The file name both exports share: `firewall-check-edge-in.md`. */
export const reportFileName = (report: CheckReport, extension: 'md' | 'csv') =>
  `firewall-check-${report.role}-${report.dir}.${extension}`;

/** The data paths and notes a finding rests on, by id (the same in either language), once each. */
const pathIdsOf = (text: FindingText) => [...new Set(text.specs.flatMap((s) => s.pathIds))];
const noteIdsOf = (text: FindingText) => [
  ...new Set([...text.specs.flatMap((s) => s.noteIds), ...text.noteIds]),
];

const refsOf = (text: FindingText): string =>
  [...pathIdsOf(text).map((id) => `path ${id}`), ...noteIdsOf(text).map((id) => `note ${id}`)].join(
    ', ',
  );

const ruleCell = (text: FindingText) => (text.rule ? `${text.rule.name} (${text.rule.line})` : '');

const findingCell = (text: FindingText) =>
  [text.headline, ...text.details, ...(text.support ? [text.support] : [])].join('\n');

const openingsCell = (text: FindingText, ctx: TextContext) =>
  text.specs.map((s) => openingText(s, ctx)).join('\n');

/** The lines above the table: what was checked, on which computer, against what. */
function headerLines(input: ReportInput): string[] {
  const { report, parsed, ctx } = input;
  const { say } = ctx;
  const dir = say(`dir.${report.dir}`);
  return [
    say('export.title', { role: endpointName(ctx.catalog, ctx.lang, report.role), dir }),
    ...reportFacts(report, parsed, say).map((fact) => fact.text),
    say('export.link', { link: input.link }),
    say('export.source'),
  ];
}

export function reportMarkdown(input: ReportInput): string {
  const { say } = input.ctx;
  const [title = '', ...lines] = headerLines(input).map(markdownCell);
  const texts = input.report.findings.map((f) => findingText(f, input.ctx));
  const table =
    texts.length === 0
      ? `${say('export.noFindings')}\n`
      : toMarkdownTable([
          [
            say('export.kind'),
            say('export.finding'),
            say('export.rule'),
            say('export.opening'),
            say('export.action'),
            say('export.refs'),
          ],
          ...texts.map((text) => [
            text.label,
            findingCell(text),
            ruleCell(text),
            openingsCell(text, input.ctx),
            text.action,
            refsOf(text),
          ]),
        ]);
  return `# ${title}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\n${table}`;
}

/** Stable keys, not words: a spreadsheet or a script can rely on them in either language. */
export const REPORT_CSV_COLUMNS = [
  'severity',
  'kind',
  'kind_text',
  'finding',
  'rule_line',
  'rule_name',
  'openings',
  'action',
  'path_ids',
  'note_ids',
  'unsupported',
] as const;

export function reportCsv(input: ReportInput): string {
  const rows = input.report.findings.map((finding) => {
    const text = findingText(finding, input.ctx);
    return [
      `${finding.severity + 1}`,
      finding.kind,
      text.label,
      findingCell(text),
      text.rule ? `${text.rule.line}` : '',
      text.rule?.name ?? '',
      openingsCell(text, input.ctx),
      text.action,
      pathIdsOf(text).join(' '),
      noteIdsOf(text).join(' '),
      text.unsupported ? 'yes' : 'no',
    ];
  });
  return toCsv([[...REPORT_CSV_COLUMNS], ...rows]);
}
