// Free-text search over a row: its id, every Japanese and English cell, and the notes it links
// to (the clustering port, for one, is only in a note). Both sides are normalised the same way so
// that what people type on a Japanese keyboard (full-width Latin, half-width kana) still matches.
import type { DataPath, FirewallRule, Note } from '../catalog/schema.ts';

/**
 * NFKC folds full-width Latin (ＴＣＰ → TCP) and half-width kana (ｶﾞ → ガ) and turns
 * non-breaking and ideographic spaces into plain ones; then lower case and single spaces.
 */
export const normalizeForSearch = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

interface Texts {
  ja: string[];
  en: string[];
}

const notesOf = (noteIds: string[], notes: Note[]): Texts => {
  const linked = noteIds.flatMap((id) => notes.filter((n) => n.id === id));
  return { ja: linked.map((n) => n.ja), en: linked.map((n) => n.en) };
};

/**
 * The source writes Japanese compounds with spaces between their words (クライアント アクセス
 * サーバー) but people type them without. Each Japanese text is therefore added a second time with
 * its spaces removed, so クライアントアクセス matches too. Texts are joined with a space: a query
 * term never holds one, so no term can match across two texts.
 */
const haystack = (id: string, cells: Texts, notes: Texts): string => {
  const ja = [...cells.ja, ...notes.ja].map(normalizeForSearch);
  const en = [...cells.en, ...notes.en].map(normalizeForSearch);
  const compact = ja.map((text) => text.replace(/ /g, ''));
  return [id, ...ja, ...en, ...compact].filter((t) => t !== '').join(' ');
};

export const searchTextOfPath = (path: DataPath, notes: Note[]): string =>
  haystack(
    path.id,
    { ja: Object.values(path.source.ja), en: Object.values(path.source.en) },
    notesOf(path.noteIds, notes),
  );

export const searchTextOfRule = (rule: FirewallRule, notes: Note[]): string =>
  haystack(
    rule.id,
    { ja: Object.values(rule.source.ja), en: Object.values(rule.source.en) },
    notesOf(rule.noteIds, notes),
  );

/** Every term of the query must occur (AND); an empty query matches everything. */
export const matchesText = (haystack: string, query: string): boolean => {
  const terms = normalizeForSearch(query)
    .split(' ')
    .filter((t) => t !== '');
  return terms.every((term) => haystack.includes(term));
};
