// What each export format makes from the view: the file (name, type, text) for Download, and the
// same text for Copy. JSON is the catalog's own shape (both languages); CSV and Markdown carry the
// text columns chosen.
import type { Catalog } from '../../catalog/schema.ts';
import { catalogJson, subsetProblem } from '../../exports/catalog-subset.ts';
import { catalogSubsetOf } from '../../view/selection.ts';
import { toCsv } from '../../exports/csv.ts';
import {
  exportTable,
  type ExportContext,
  type ExportRows,
  type ExportText,
} from '../../exports/export-table.ts';
import { toMarkdownTable } from '../../exports/markdown.ts';
import type { ViewState } from '../../view/view-state.ts';

export const FORMATS = ['csv', 'json', 'markdown'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export type Made = { ok: true; file: ExportFile } | { ok: false; problem: 'no-paths' | 'no-rules' };

/** The rows of the shown table, in the order shown, from their ids. */
export function shownRows(catalog: Catalog, table: ViewState['table'], ids: string[]): ExportRows {
  if (table === 'paths') {
    const byId = new Map(catalog.dataPaths.map((r) => [r.id, r]));
    return { table, rows: ids.flatMap((id) => byId.get(id) ?? []) };
  }
  const byId = new Map(catalog.firewallRules.map((r) => [r.id, r]));
  return { table, rows: ids.flatMap((id) => byId.get(id) ?? []) };
}

export function makeExport(
  format: ExportFormat,
  catalog: Catalog,
  state: ViewState,
  rows: ExportRows,
  text: ExportText,
  words: ExportContext['words'],
  /** The page language: Markdown's headers are read by people, in it. */
  language: 'ja' | 'en',
): Made {
  const base = `exchange-2010-${rows.table}`;
  if (format === 'json') {
    const subset = catalogSubsetOf(catalog, state);
    const problem = subsetProblem(subset);
    if (problem) return { ok: false, problem };
    return {
      ok: true,
      file: { name: `${base}.json`, type: 'application/json', text: catalogJson(subset) },
    };
  }
  const table = exportTable(rows, text, { notes: catalog.notes, words });
  if (format === 'csv') {
    return {
      ok: true,
      file: { name: `${base}-${text}.csv`, type: 'text/csv', text: toCsv(table) },
    };
  }
  // CSV keeps its keys for programs; Markdown's header is readable words.
  const [header = [], ...body] = table;
  const readable = [header.map((key) => words[language].header(key)), ...body];
  return {
    ok: true,
    file: { name: `${base}-${text}.md`, type: 'text/markdown', text: toMarkdownTable(readable) },
  };
}
