// The rows of the shown table as plain cells, for CSV and Markdown. Ids and endpoint ids come
// first (they never need translating), then the source cells: verbatim Japanese, our English, or
// both side by side (`path_ja, path_en, ports_ja, ports_en, ...`).
import type { DataPath, FirewallRule, Note } from '../catalog/schema.ts';
import type { SheetText } from '../filters/filter-values.ts';
import type { ExportLanguage, ExportWords } from './export-words.ts';
import { notesText, readingsText, relatedPortsText } from './readings-text.ts';

/** Which text columns an export carries; the same choice as the cheat sheet's `text`. */
export type ExportText = SheetText;

export type ExportRows =
  { table: 'paths'; rows: readonly DataPath[] } | { table: 'rules'; rows: readonly FirewallRule[] };

const PATH_CELLS = [
  'path',
  'ports',
  'defaultAuth',
  'supportedAuth',
  'encryption',
  'encryptedByDefault',
] as const;
const RULE_CELLS = ['name', 'roles', 'ports', 'program'] as const;

const languagesOf = (text: ExportText) => (text === 'both' ? (['ja', 'en'] as const) : [text]);

interface Column<R> {
  header: string;
  value: (row: R) => string;
}

/** `cells` of the row's source in the chosen languages: one column per cell and language. */
function textColumns<K extends string>(
  cells: readonly K[],
  text: ExportText,
): Column<{ source: { ja: Record<K, string>; en: Record<K, string> } }>[] {
  return cells.flatMap((cell) =>
    languagesOf(text).map((lang) => ({
      header: `${cell}_${lang}`,
      value: (row) => row.source[lang][cell],
    })),
  );
}

/** What an export needs beside the rows: the notes (their text goes out too) and the words. */
export interface ExportContext {
  notes: readonly Note[];
  words: Record<ExportLanguage, ExportWords>;
}

/** Columns computed per language: `key_ja`, `key_en`, or one of them. */
function languageColumns<R>(
  keys: readonly { key: string; value: (row: R, lang: ExportLanguage) => string }[],
  text: ExportText,
): Column<R>[] {
  return keys.flatMap(({ key, value }) =>
    languagesOf(text).map((lang) => ({
      header: `${key}_${lang}`,
      value: (row: R) => value(row, lang),
    })),
  );
}

/**
 * Header row first, then one row per catalog row, in the order given. Besides the cells: the
 * readings not in the cells (inferred ends, ports from notes, the support statement), related
 * ports, and the text of the notes, all in the chosen language(s).
 */
export function exportTable(
  data: ExportRows,
  text: ExportText,
  context: ExportContext,
): string[][] {
  const notes = (lang: ExportLanguage) => (row: { noteIds: string[] }) =>
    notesText(row.noteIds, context.notes, lang);
  if (data.table === 'paths') {
    const columns: Column<DataPath>[] = [
      ...textColumns(PATH_CELLS, text),
      ...languageColumns<DataPath>(
        [
          { key: 'readings', value: (row, lang) => readingsText(row, lang, context.words[lang]) },
          {
            key: 'related_ports',
            value: (row, lang) => relatedPortsText(row, lang, context.words[lang]),
          },
          { key: 'notes', value: (row, lang) => notes(lang)(row) },
        ],
        text,
      ),
    ];
    return [
      ['id', 'section', 'from', 'to', ...columns.map((c) => c.header), 'note_ids'],
      ...data.rows.map((row) => [
        row.id,
        row.section,
        row.from,
        row.to,
        ...columns.map((c) => c.value(row)),
        row.noteIds.join(' '),
      ]),
    ];
  }
  const columns: Column<FirewallRule>[] = [
    ...textColumns(RULE_CELLS, text),
    ...languageColumns<FirewallRule>(
      [{ key: 'notes', value: (row, lang) => notes(lang)(row) }],
      text,
    ),
  ];
  return [
    ['id', 'role_ids', ...columns.map((c) => c.header), 'note_ids'],
    ...data.rows.map((row) => [
      row.id,
      row.roles.join(' '),
      ...columns.map((c) => c.value(row)),
      row.noteIds.join(' '),
    ]),
  ];
}
