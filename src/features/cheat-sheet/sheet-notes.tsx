import { useTranslation } from 'react-i18next';
import type { SheetText } from '../../filters/filter-values.ts';
import type { SheetErratum, SheetNote } from './sheet-model.ts';
import { SheetTextCell } from './sheet-text.tsx';

export function SheetNotes(props: { notes: SheetNote[]; errata: SheetErratum[]; text: SheetText }) {
  const { t } = useTranslation('sheet');
  const lang = props.text === 'en' ? 'en' : 'ja';
  return (
    <>
      <section className="sheet-section">
        <h3 className="sheet-h3">{t('notes')}</h3>
        <dl className="sheet-notes">
          {props.notes.map(({ mark, note }) => (
            <div key={mark} className="sheet-note">
              <dt>{mark}</dt>
              <dd>
                <SheetTextCell ja={note.ja} en={note.en} text={props.text} />{' '}
                <span className="sheet-id text-slate-600">[{note.id}]</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {props.errata.length > 0 && (
        <section className="sheet-section">
          <h3 className="sheet-h3">{t('errata')}</h3>
          <dl className="sheet-notes">
            {props.errata.map(({ mark, ownerId, erratum }) => (
              <div key={mark} className="sheet-note">
                <dt>{mark}</dt>
                <dd>
                  <span className="sheet-id text-slate-600">[{ownerId}]</span>{' '}
                  <q lang="ja">{erratum.text}</q>:{' '}
                  {props.text === 'both' ? (
                    <SheetTextCell
                      ja={erratum.explanation.ja}
                      en={erratum.explanation.en}
                      text="both"
                    />
                  ) : (
                    erratum.explanation[lang]
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
