import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { parseUrlState } from '../view/url-state.ts';
import { filterPaths, filterRules } from '../view/selection.ts';
import { BOM, csvField, toCsv } from './csv.ts';
import { exportTable } from './export-table.ts';
import { TEST_WORDS } from './test-words.ts';
import { parseCsv } from './test-csv-reader.ts';

const catalog = readCommittedCatalog();
const stateOf = (query: string) => parseUrlState(new URLSearchParams(query)).state;

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['80/TCP、443/TCP (SSL)', '80/TCP、443/TCP (SSL)'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    // Formula injection: what a spreadsheet would run or read as a formula stays text.
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a=b', 'a=b'],
    ['80/TCP-443', '80/TCP-443'],
  ])('%j → %j', (value, field) => expect(csvField(value)).toBe(field));
});

describe('toCsv', () => {
  it('starts with a BOM, ends every record with CRLF, and reads back as written', () => {
    const rows = [
      ['a', 'b'],
      ['x "y", z', 'line\nbreak'],
      ['', '日本語'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(BOM.length))).toEqual(rows);
  });

  for (const [query, table] of [
    ['role=cas&dir=in', 'paths'],
    ['enc=none', 'paths'],
    ['q=自己署名', 'paths'],
    ['table=rules&role=edge', 'rules'],
  ] as const) {
    it(`${query}: every filtered row once, nothing else, Japanese verbatim`, () => {
      const state = stateOf(query);
      const data =
        table === 'paths'
          ? { table, rows: filterPaths(catalog, state) }
          : { table, rows: filterRules(catalog, state) };
      const read = parseCsv(
        toCsv(exportTable(data, 'both', { notes: catalog.notes, words: TEST_WORDS })).slice(
          BOM.length,
        ),
      );
      const [header, ...body] = read;
      expect(body.map((r) => r[0])).toEqual(data.rows.map((r) => r.id));
      for (const [i, row] of data.rows.entries()) {
        for (const [cell, ja] of Object.entries(row.source.ja)) {
          expect(body[i]![header!.indexOf(`${cell}_ja`)]).toBe(ja);
          expect(body[i]![header!.indexOf(`${cell}_en`)]).toBe(
            (row.source.en as Record<string, string>)[cell],
          );
        }
      }
    });
  }

  it('a text choice of one language has only that language', () => {
    const rows = filterPaths(catalog, stateOf('role=um'));
    const [ja] = exportTable({ table: 'paths', rows }, 'ja', {
      notes: catalog.notes,
      words: TEST_WORDS,
    });
    const [en] = exportTable({ table: 'paths', rows }, 'en', {
      notes: catalog.notes,
      words: TEST_WORDS,
    });
    expect(ja!.filter((h) => h.endsWith('_en'))).toEqual([]);
    expect(en!.filter((h) => h.endsWith('_ja'))).toEqual([]);
    expect(ja).toContain('path_ja');
    expect(en).toContain('path_en');
  });
});
