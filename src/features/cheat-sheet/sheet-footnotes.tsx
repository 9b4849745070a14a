import { useTranslation } from 'react-i18next';
import { UNSUPPORTED_MARK } from '../../catalog/origin-marks.ts';
import type { Note } from '../../catalog/schema.ts';
import type { SheetText } from '../../filters/filter-values.ts';
import { FOOTNOTE_WIDTH, type Footnote } from './sheet-footnote-numbers.ts';
import { firstSentence, truncateToWidth } from './sheet-note-text.ts';
import { supportStatement } from './sheet-plan.ts';

/** A note's first sentence in the sheet's language (or both), cut to fit. */
function ShortNote({ note, text }: { note: Note; text: SheetText }) {
  const short = (lang: 'ja' | 'en', width: number) =>
    truncateToWidth(firstSentence(note[lang], lang), width);
  if (text !== 'both') return <span lang={text}>{short(text, FOOTNOTE_WIDTH.one)}</span>;
  return (
    <>
      <span lang="ja">{short('ja', FOOTNOTE_WIDTH.both.ja)}</span>{' '}
      <span lang="en" className="sheet-footnote-second">
        {short('en', FOOTNOTE_WIDTH.both.en)}
      </span>
    </>
  );
}

/** The source's support statement (once, for every ⊘), then the page's numbered footnotes. */
export function SheetFootnotes(props: {
  footnotes: Footnote[];
  supportNote: Note | null;
  text: SheetText;
}) {
  const { t } = useTranslation('sheet');
  const { supportNote } = props;
  const statement = (note: Note, lang: 'ja' | 'en') => (
    <span lang={lang}>{supportStatement(note, lang)}</span>
  );
  return (
    <section className="sheet-section">
      {supportNote && (
        <p className="sheet-support" data-note-id={supportNote.id}>
          <strong>
            <span aria-hidden="true">{UNSUPPORTED_MARK}</span>{' '}
            {t('support', { id: supportNote.id })}
          </strong>{' '}
          {props.text === 'both' ? (
            <>
              {statement(supportNote, 'ja')} / {statement(supportNote, 'en')}
            </>
          ) : (
            statement(supportNote, props.text)
          )}
        </p>
      )}
      {props.footnotes.length > 0 && (
        <>
          <h3 className="sheet-h3">{t('footnotes')}</h3>
          <ol className="sheet-footnotes">
            {props.footnotes.map((f) => (
              <li key={f.number} data-note-ids={f.noteIds.join(' ')}>
                <span className="sheet-footnote-mark">[{f.number}]</span>{' '}
                <span className="sheet-id">{f.noteIds.join(' = ')}</span>{' '}
                <ShortNote note={f.note} text={props.text} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
