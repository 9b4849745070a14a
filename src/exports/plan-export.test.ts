import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { DEFAULT_ENVIRONMENT } from '../plan/environment.ts';
import { buildPlan, type Plan, type PlanQuery } from '../plan/port-plan.ts';
import { TEST_PLAN_WORDS } from '../plan/test-words.ts';
import { BOM } from './csv.ts';
import { parseCsv } from './test-csv-reader.ts';
import {
  PLAN_COLUMNS,
  planCsv,
  planExportRows,
  planMarkdown,
  spreadsheetText,
  type PlanExportWords,
} from './plan-export.ts';

const catalog = readCommittedCatalog();
const planOf = (query: PlanQuery): Plan =>
  buildPlan(catalog.dataPaths, catalog.firewallRules, query, DEFAULT_ENVIRONMENT);
const hubToEdge = planOf({ kind: 'pair', from: 'hub', to: 'edge' });

const HOSTILE = "=cmd|' /C calc'!A0\n| not a column |";

/** Recognisable words: the export's own text, apart from the catalog's. */
const wordsWith = (noteText: (id: string) => string): PlanExportWords => ({
  ...TEST_PLAN_WORDS,
  header: (column) => `H:${column}`,
  direction: (dir) => `dir:${dir}`,
  auth: (id) => `auth:${id}`,
  pathName: (id) => catalog.dataPaths.find((p) => p.id === id)!.source.en.path,
  noteText,
  marks: { fromNote: '§note', inferred: '≈inferred', endsDerived: 'ends', unsupported: '⊘' },
});
const words = wordsWith((id) => catalog.notes.find((n) => n.id === id)!.en);
/** Hostile text in a note, and as a whole cell (the encryption word). */
const hostile = { ...wordsWith(() => HOSTILE), encryption: () => HOSTILE };

const readCsv = (text: string) => {
  expect(text.startsWith(BOM)).toBe(true);
  return parseCsv(text.slice(BOM.length));
};

/** The cells of a Markdown table line, split on the pipes that are not escaped. */
const markdownCells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /);

const column = (name: (typeof PLAN_COLUMNS)[number]) => PLAN_COLUMNS.indexOf(name);

describe('planCsv', () => {
  it('exports Hub → Edge as TCP 25 and 50636, with a BOM, CRLF and the column keys', () => {
    const text = planCsv([hubToEdge], words);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(true); // line breaks inside cells
    expect(text.split('\r\n').at(-1)).toBe('');
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual([...PLAN_COLUMNS]);
    expect(rows).toHaveLength(hubToEdge.entries.length);
    const tcp = rows.find((r) => r[column('protocol')] === 'TCP')!;
    expect(tcp[column('ports')]).toBe('25, 50636');
    expect(tcp[column('direction')]).toBe('[hub] → [edge]');
    expect(tcp[column('from')]).toBe('[hub]');
    expect(tcp[column('to')]).toBe('[edge]');
    expect(tcp[column('purpose')]).toContain('transport-edgesync: ');
    expect(tcp[column('encryption')]).toBe('enc:default');
  });

  it('writes in / out for a role plan, and every entry of every plan once, in order', () => {
    const plans = [
      planOf({ kind: 'role', role: 'mailbox', dir: 'in' }),
      planOf({ kind: 'role', role: 'mailbox', dir: 'out' }),
      planOf({ kind: 'port', port: { protocol: null, from: 135, to: 135 } }),
      hubToEdge,
    ];
    const rows = readCsv(planCsv(plans, words)).slice(1);
    const entries = plans.flatMap((p) => p.entries.map((entry) => ({ plan: p, entry })));
    expect(rows).toEqual(planExportRows(plans, words));
    expect(rows).toHaveLength(entries.length);
    for (const [i, { plan, entry }] of entries.entries()) {
      const row = rows[i]!;
      expect(row[column('protocol')]).toBe(entry.protocol?.toUpperCase() ?? '');
      for (const id of entry.pathIds) expect(row[column('purpose')]).toContain(`${id}: `);
      for (const id of entry.noteIds) expect(row[column('notes')]).toContain(`${id}: `);
      if (plan.query.kind === 'role')
        expect(row[column('direction')]).toBe(`dir:${plan.query.dir}`);
      else expect(row[column('direction')]).toContain('→');
    }
    const rpc = rows.find((r) => r[column('ports')]!.startsWith('135 + 49152-65535'));
    expect(rpc).toBeDefined();
  });

  it('keeps hostile note text as data: no formula, no broken record', () => {
    const plan = planOf({ kind: 'role', role: 'cas', dir: 'in' });
    expect(plan.entries.some((e) => e.noteIds.length > 0)).toBe(true);
    const rows = readCsv(planCsv([plan], hostile)).slice(1);
    expect(rows).toHaveLength(plan.entries.length);
    for (const row of rows) {
      expect(row).toHaveLength(PLAN_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    // The cell still reads as the text, behind one apostrophe.
    for (const row of rows) expect(row[column('encryption')]).toBe(`'${HOSTILE}`);
    const noted = rows.find((r) => r[column('notes')] !== '')!;
    expect(noted[column('notes')]).toContain(HOSTILE);
  });
});

describe('spreadsheetText', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['25, 50636', '25, 50636'],
    ['135 + 49152-65535', '135 + 49152-65535'],
    ['', ''],
  ])('%j → %j', (value, text) => expect(spreadsheetText(value)).toBe(text));
});

describe('planMarkdown', () => {
  it('a header, a delimiter row, one line per entry, the same cells as the CSV', () => {
    const lines = planMarkdown([hubToEdge], words).trimEnd().split('\n');
    expect(lines).toHaveLength(hubToEdge.entries.length + 2);
    expect(markdownCells(lines[0]!)).toEqual(PLAN_COLUMNS.map((c) => `H:${c}`));
    expect(lines[1]).toMatch(/^\| --- (\| --- )*\|$/);
    const tcp = markdownCells(lines.find((l) => l.includes('| TCP |'))!);
    expect(tcp[column('ports')]).toBe('25, 50636');
  });

  it('keeps hostile note text inside its cell: pipes escaped, line breaks as <br>', () => {
    const plan = planOf({ kind: 'role', role: 'cas', dir: 'in' });
    const lines = planMarkdown([plan], hostile).trimEnd().split('\n');
    expect(lines).toHaveLength(plan.entries.length + 2);
    for (const line of lines) expect(markdownCells(line)).toHaveLength(PLAN_COLUMNS.length);
    const noted = lines.find((l) => l.includes('calc'))!;
    expect(markdownCells(noted)[column('notes')]).toContain(
      "=cmd\\|' /C calc'!A0<br>\\| not a column \\|",
    );
  });
});
