// The port plan as a file to hand on: CSV for a spreadsheet, a Markdown table for a change
// request. One row per plan entry (one opening), in plan order, the plans one after another;
// the words come in as parameters (the feature layer builds them from the locale files).
//
//   planCsv([hubToEdge], words)
//   → '\uFEFFdirection,protocol,ports,from,to,purpose,encryption,auth,setup_rules,programs,notes,marks\r\n
//      Hub Transport → Edge Transport,TCP,"25, 50636",Hub Transport,Edge Transport,"SMTP, SSL\n
//      transport-hub-to-edge: …",encrypted by default,…\r\n'
//   planMarkdown([hubToEdge], words)
//   → '| Direction | Protocol | Ports | … |\n| --- | --- | --- | … |\n| Hub Transport → Edge … |\n'
//
// - direction: a role plan's "in" / "out" (words.direction); a pair or port plan has no side of
//   its own, so the cell says who connects to whom ("Hub Transport → Edge Transport").
// - purpose: the services the source names, then one line per data path ("id: name").
// - notes: one line per note, "id: text" in the words' language (words.noteText).
// - A port plan's `alsoInRpcRange` (paths that match only through the dynamic RPC range) are not
//   openings of their own and are not exported.
//
// Every cell is data: a CSV cell a spreadsheet would read as a formula starts with an apostrophe,
// and Markdown cells go through markdownCell (| escaped, line breaks as <br>).
import type { AuthId } from '../catalog/schema.ts';
import type { Plan, PlanEntry, PlanQuery } from '../plan/plan-types.ts';
import {
  endsText,
  entryPairText,
  openingText,
  portMarks,
  type PlanWords,
} from '../plan/plan-text.ts';
import { toCsv } from './csv.ts';
import { toMarkdownTable } from './markdown.ts';

export const PLAN_COLUMNS = [
  'direction',
  'protocol',
  'ports',
  'from',
  'to',
  'purpose',
  'encryption',
  'auth',
  'setup_rules',
  'programs',
  'notes',
  'marks',
] as const;

export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The plan's words (ports, ends, encryption) and what the export adds, in one language. */
export interface PlanExportWords extends PlanWords {
  /** Readable column headers for Markdown (CSV keeps the keys). */
  header: (column: PlanColumn) => string;
  /** "inbound" / "outbound", for a role plan. */
  direction: (dir: 'in' | 'out') => string;
  auth: (id: AuthId) => string;
  /** A data path's name, as its row names it ("Hub Transport server to Edge Transport server"). */
  pathName: (id: string) => string;
  /** A note's text in the chosen language. */
  noteText: (id: string) => string;
  marks: {
    /** § a note gives one of its ports. */
    fromNote: string;
    /** ≈ one of its ports is inferred. */
    inferred: string;
    /** An end of one of its paths is read from a note or inferred. */
    endsDerived: string;
    /** ⊘ the source says a firewall on one of its paths is not supported. */
    unsupported: string;
  };
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

const directionText = (query: PlanQuery, entry: PlanEntry, words: PlanExportWords): string =>
  query.kind === 'role' ? words.direction(query.dir) : entryPairText(entry, words);

/** "25, 50636": the ports without the protocol (it has a column), each with its marks. */
const portsText = (entry: PlanEntry, words: PlanWords): string =>
  entry.ports.map((p) => openingText(p.opening, words) + portMarks(p)).join(words.list);

function purposeText(entry: PlanEntry, words: PlanExportWords): string {
  const services = unique(entry.ports.flatMap((p) => p.services));
  return [
    ...(services.length ? [services.join(words.list)] : []),
    ...entry.pathIds.map((id) => `${id}: ${words.pathName(id)}`),
  ].join('\n');
}

function marksText(entry: PlanEntry, words: PlanExportWords): string {
  const { marks } = words;
  return [
    entry.ports.some((p) => p.fromNote) && marks.fromNote,
    entry.ports.some((p) => p.inferred) && marks.inferred,
    entry.endsDerived && marks.endsDerived,
    entry.unsupported && marks.unsupported,
  ]
    .filter((mark): mark is string => typeof mark === 'string')
    .join(words.list);
}

function entryRow(query: PlanQuery, entry: PlanEntry, words: PlanExportWords): string[] {
  const cells: Record<PlanColumn, string> = {
    direction: directionText(query, entry, words),
    protocol: entry.protocol?.toUpperCase() ?? '',
    ports: portsText(entry, words),
    from: endsText(entry.from, words),
    to: endsText(entry.to, words),
    purpose: purposeText(entry, words),
    encryption: words.encryption(entry.encryption),
    auth: entry.auth.map(words.auth).join(words.list),
    setup_rules: entry.rules.map((r) => r.name).join('\n'),
    programs: entry.programs.join('\n'),
    notes: entry.noteIds.map((id) => `${id}: ${words.noteText(id)}`).join('\n'),
    marks: marksText(entry, words),
  };
  return PLAN_COLUMNS.map((column) => cells[column]);
}

/** The cells of every entry of every plan, in order, without a header. */
export const planExportRows = (plans: readonly Plan[], words: PlanExportWords): string[][] =>
  plans.flatMap((plan) => plan.entries.map((entry) => entryRow(plan.query, entry, words)));

/** A cell a spreadsheet would run as a formula (= + - @, a tab or CR first) is kept as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export const spreadsheetText = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value;

/** CSV (csv.ts: UTF-8 BOM, CRLF, quoted where needed), the column keys as its header. */
export const planCsv = (plans: readonly Plan[], words: PlanExportWords): string =>
  toCsv([
    [...PLAN_COLUMNS],
    ...planExportRows(plans, words).map((row) => row.map(spreadsheetText)),
  ]);

/** A Markdown (GFM) table for a change request, with readable headers. */
export const planMarkdown = (plans: readonly Plan[], words: PlanExportWords): string =>
  toMarkdownTable([PLAN_COLUMNS.map(words.header), ...planExportRows(plans, words)]);
