// The source's own word on firewalls between Exchange servers, quoted in every firewall script.
// It is found in the catalog (never retyped here) so that the quote stays verbatim.
import type { Catalog } from '../catalog/schema.ts';

/** The words that pick the sentence out of its note, in each language. */
const JA_MARK = 'ファイアウォールのインストールはサポートされていません';
const EN_MARK = "isn't supported";

export interface SourceStatement {
  noteId: string;
  ja: string;
  en: string;
}

/** The sentence of `text` that holds `mark`, with its closing full stop. */
const sentenceWith = (text: string, mark: string, stop: RegExp): string | undefined =>
  text
    .split(stop)
    .map((s) => s.trim())
    .find((s) => s.includes(mark));

export function firewallStatement(catalog: Catalog): SourceStatement {
  const note = catalog.notes.find((n) => n.ja.includes(JA_MARK));
  const ja = note && sentenceWith(note.ja, JA_MARK, /(?<=。)/);
  const en = note && sentenceWith(note.en, EN_MARK, /(?<=\.)\s+/);
  if (!note || !ja || !en) throw new Error('the catalog has lost the note on firewalls');
  return { noteId: note.id, ja, en };
}
