import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { filterPaths } from '../view/selection.ts';
import { parseUrlState } from '../view/url-state.ts';
import { exportTable } from './export-table.ts';
import { TEST_WORDS } from './test-words.ts';
import { markdownCell, toMarkdownTable } from './markdown.ts';

const catalog = readCommittedCatalog();

/** Undoes markdownCell, as a renderer would show the cell. */
const rendered = (cell: string) => cell.replaceAll('<br>', '\n').replace(/\\(.)/g, '$1');

/** Splits a table line on the pipes that are not escaped. */
const cellsOf = (line: string) =>
  line
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map(rendered);

describe('markdownCell', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['one\ntwo\r\nthree', 'one<br>two<br>three'],
    ['はい*', 'はい\\*'],
    ['path_ja _x_', 'path_ja \\_x\\_'],
    ['<script>', '\\<script\\>'],
    ['Bin\\x.exe', 'Bin\\\\x.exe'],
    ['80/TCP、443/TCP (SSL)', '80/TCP、443/TCP (SSL)'],
  ])('%j → %j', (value, cell) => {
    expect(markdownCell(value)).toBe(cell);
    expect(rendered(markdownCell(value))).toBe(value.replace(/\r\n/g, '\n'));
  });
});

describe('toMarkdownTable', () => {
  it('a header, a delimiter row, then one line per row with the catalog text', () => {
    const rows = filterPaths(catalog, parseUrlState(new URLSearchParams('enc=none')).state);
    const table = exportTable({ table: 'paths', rows }, 'both', {
      notes: catalog.notes,
      words: TEST_WORDS,
    });
    const lines = toMarkdownTable(table).trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[1]).toMatch(/^\| --- (\| --- )*\|$/);
    expect(lines.slice(2).map(cellsOf)).toEqual(table.slice(1));
    expect(cellsOf(lines[0]!)).toEqual(table[0]);
  });
});
