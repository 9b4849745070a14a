import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import type { CheckSay } from './check-words.ts';

/** Notes of the source, folded: their text in the page language and the line of the source. */
export function SourceNotes(props: {
  noteIds: readonly string[];
  catalog: Catalog;
  lang: Language;
  say: CheckSay;
  /** The summary's words: the notes of an opening, or the source on the finding itself. */
  title: 'refs.notes' | 'refs.findingNotes';
}) {
  const { say, lang } = props;
  const notes = props.noteIds.flatMap((id) => props.catalog.notes.filter((n) => n.id === id));
  if (notes.length === 0) return null;
  return (
    // Folded on screen; on paper the report keeps to the findings (the notes are a click away).
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer">
        {say(props.title)} ({notes.length})
      </summary>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {notes.map((note) => (
          <li key={note.id} lang={lang}>
            {note[lang]}{' '}
            <span className="text-slate-700 dark:text-slate-300">
              ({say('refs.noteLine', { line: note.sourceLine })})
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
