// The rows of the shown table as plain cells, for CSV and Markdown. Ids and endpoint ids come
// first (they never need translating), then the source cells: verbatim Japanese, our English, or
// both side by side (`path_ja, path_en, ports_ja, ports_en, ...`).
import type { DataPath, FirewallRule } from '../catalog/schema.ts';
import type { SheetText } from '../filters/explorer-state.ts';

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

/** `cells` of `source` in the chosen languages: one column per cell and language. */
function textColumns<K extends string>(
  cells: readonly K[],
  text: ExportText,
): {
  header: string;
  value: (source: { ja: Record<K, string>; en: Record<K, string> }) => string;
}[] {
  return cells.flatMap((cell) =>
    languagesOf(text).map((lang) => ({
      header: `${cell}_${lang}`,
      value: (source: { ja: Record<K, string>; en: Record<K, string> }) => source[lang][cell],
    })),
  );
}

/** Header row first, then one row per catalog row, in the order given. */
export function exportTable(data: ExportRows, text: ExportText): string[][] {
  if (data.table === 'paths') {
    const columns = textColumns(PATH_CELLS, text);
    return [
      ['id', 'section', 'from', 'to', ...columns.map((c) => c.header), 'notes'],
      ...data.rows.map((row) => [
        row.id,
        row.section,
        row.from,
        row.to,
        ...columns.map((c) => c.value(row.source)),
        row.noteIds.join(' '),
      ]),
    ];
  }
  const columns = textColumns(RULE_CELLS, text);
  return [
    ['id', 'role_ids', ...columns.map((c) => c.header), 'notes'],
    ...data.rows.map((row) => [
      row.id,
      row.roles.join(' '),
      ...columns.map((c) => c.value(row.source)),
      row.noteIds.join(' '),
    ]),
  ];
}
