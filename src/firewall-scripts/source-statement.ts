// The source's own word on firewalls between Exchange servers, quoted in every firewall script.
// The note is found by its id (never by its wording, so a reworded note cannot break a view) and
// the sentence is taken from the catalog, never retyped here, so the quote stays verbatim.
import type { Catalog } from '../catalog/schema.ts';
import { SUPPORT_NOTE_ID } from '../catalog/support-statement.ts';

/** The words that pick the sentence out of its note, in each language. */
const JA_MARK = 'サポートされていません';
const EN_MARK = "isn't supported";

export interface SourceStatement {
  noteId: string;
  ja: string;
  en: string;
}

/** The sentence of `text` that holds `mark`, or the whole text when no sentence does. */
const sentenceWith = (text: string, mark: string, stop: RegExp): string =>
  text
    .split(stop)
    .map((s) => s.trim())
    .find((s) => s.includes(mark)) ?? text;

export function firewallStatement(catalog: Catalog): SourceStatement | null {
  const note = catalog.notes.find((n) => n.id === SUPPORT_NOTE_ID);
  if (!note) return null;
  return {
    noteId: note.id,
    ja: sentenceWith(note.ja, JA_MARK, /(?<=。)/),
    en: sentenceWith(note.en, EN_MARK, /(?<=\.)\s+/),
  };
}
