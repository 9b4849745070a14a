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

/**
 * The source writes Japanese compounds with spaces between their words (クライアント アクセス
 * サーバー) but people type them without. Each Japanese text is therefore added a second time with
 * its spaces removed, so クライアントアクセス matches too. Texts are joined with a space: a query
 * term never holds one, so no term can match across two texts.
 */
const searchText = (ja: string[], en: string[]): string => {
  const jaNormal = ja.map(normalizeForSearch);
  const compact = jaNormal.map((text) => text.replace(/ /g, ''));
  return [...jaNormal, ...en.map(normalizeForSearch), ...compact].filter((t) => t !== '').join(' ');
};

// A note's search text, built once per note: many rows link the same note (the real catalog has
// 157 links to 34 notes), and notes are the longest texts.
const noteTexts = new WeakMap<Note, string>();

const noteText = (note: Note): string => {
  let text = noteTexts.get(note);
  if (text === undefined) {
    text = searchText([note.ja], [note.en]);
    noteTexts.set(note, text);
  }
  return text;
};

// The notes by id, once per notes list: looking each row's notes up in the whole list made the
// first search on a large catalog quadratic (every row scanned every note).
const notesById = new WeakMap<Note[], Map<string, Note>>();

const linkedNotes = (noteIds: string[], notes: Note[]): Note[] => {
  let byId = notesById.get(notes);
  if (!byId) {
    byId = new Map(notes.map((n) => [n.id, n]));
    notesById.set(notes, byId);
  }
  return noteIds.flatMap((id) => byId.get(id) ?? []);
};

/**
 * A row's search text in two parts: its own (id, cells in both languages) and the texts of the
 * notes it links to, each note's text the one string every row linking it shares. Matching then
 * reads each note once per query (see matchesText), not once per row that links it.
 */
export interface SearchText {
  own: string;
  notes: readonly string[];
}

type SearchRow = {
  id: string;
  noteIds: string[];
  source: { ja: Record<string, string>; en: Record<string, string> };
};

const searchParts = (row: SearchRow, notes: Note[]): SearchText => ({
  own: [row.id, searchText(Object.values(row.source.ja), Object.values(row.source.en))]
    .filter((t) => t !== '')
    .join(' '),
  notes: linkedNotes(row.noteIds, notes).map(noteText),
});

/** The whole search text as one string: what matching reads, in parts or at once. */
const joined = (text: SearchText): string =>
  [text.own, ...text.notes].filter((t) => t !== '').join(' ');

export const searchPartsOfPath = (path: DataPath, notes: Note[]): SearchText =>
  searchParts(path, notes);

export const searchPartsOfRule = (rule: FirewallRule, notes: Note[]): SearchText =>
  searchParts(rule, notes);

export const searchTextOfPath = (path: DataPath, notes: Note[]): string =>
  joined(searchParts(path, notes));

export const searchTextOfRule = (rule: FirewallRule, notes: Note[]): string =>
  joined(searchParts(rule, notes));

// The last query: its terms, and per term which note texts hold it. A selection asks with one
// query for every row, and many rows link the same notes.
let lastQuery = { query: '', terms: [] as string[], inNotes: [] as Map<string, boolean>[] };

const queryOf = (query: string) => {
  if (query !== lastQuery.query) {
    const terms = normalizeForSearch(query)
      .split(' ')
      .filter((t) => t !== '');
    lastQuery = { query, terms, inNotes: terms.map(() => new Map()) };
  }
  return lastQuery;
};

const noteHolds = (inNote: Map<string, boolean>, note: string, term: string): boolean => {
  let holds = inNote.get(note);
  if (holds === undefined) {
    holds = note.includes(term);
    inNote.set(note, holds);
  }
  return holds;
};

/** Every term of the query must occur (AND); an empty query matches everything. */
export const matchesText = (haystack: string | SearchText, query: string): boolean => {
  const { terms, inNotes } = queryOf(query);
  if (typeof haystack === 'string') return terms.every((term) => haystack.includes(term));
  return terms.every((term, i) => {
    const inNote = inNotes[i] ?? new Map<string, boolean>();
    return (
      haystack.own.includes(term) || haystack.notes.some((note) => noteHolds(inNote, note, term))
    );
  });
};
