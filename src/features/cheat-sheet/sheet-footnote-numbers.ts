// The footnotes of the sheet's first page: [1], [2], … in order of first use by the plan's
// entries (inbound first, then outbound), one number for notes whose text is the same.
//
//   entries [{noteIds: [b, a]}, {noteIds: [a, c]}] → marks [[1, 2], [2, 3]], footnotes b=1 a=2 c=3
import type { Note } from '../../catalog/schema.ts';

export interface Footnote {
  number: number;
  /** Notes with the same text share a footnote (cas-note-3 repeats mailbox-note-4). */
  noteIds: string[];
  note: Note;
}

export interface Footnotes {
  footnotes: Footnote[];
  /** The footnote numbers of each entry, ascending, parallel to the entries. */
  marks: number[][];
}

export function numberFootnotes(
  entries: readonly { noteIds: readonly string[] }[],
  notes: readonly Note[],
  /** Notes shown another way (the support statement, once, under ⊘). */
  skip: ReadonlySet<string> = new Set(),
): Footnotes {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const byText = new Map<string, Footnote>();
  const byNoteId = new Map<string, Footnote>();
  const footnotes: Footnote[] = [];
  const marks = entries.map((entry) => {
    const numbers = new Set<number>();
    for (const id of entry.noteIds) {
      const note = byId.get(id);
      if (!note || skip.has(id)) continue;
      let footnote = byNoteId.get(id);
      if (!footnote) {
        const text = `${note.ja}\u0000${note.en}`;
        footnote = byText.get(text);
        if (footnote) footnote.noteIds.push(id);
        else {
          footnote = { number: footnotes.length + 1, noteIds: [id], note };
          footnotes.push(footnote);
          byText.set(text, footnote);
        }
        byNoteId.set(id, footnote);
      }
      numbers.add(footnote.number);
    }
    return [...numbers].sort((a, b) => a - b);
  });
  return { footnotes, marks };
}

/** "1–3, 5": runs of three or more written as a range. */
export function markRanges(numbers: readonly number[]): string {
  const runs: number[][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run.at(-1) === n - 1) run.push(n);
    else runs.push([n]);
  }
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run.at(-1)}`] : run.map(String)))
    .join(', ');
}

/**
 * How much of a note's first sentence a footnote keeps, in Latin letters (a Japanese character
 * counts two): a footnote takes two lines of a half-page column, so the page stays one page.
 * Both languages: the Japanese after the note id on the first line, the English on the second.
 */
export const FOOTNOTE_WIDTH = { one: 110, both: { ja: 54, en: 72 } } as const;
