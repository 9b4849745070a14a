import { useTranslation } from 'react-i18next';
import type { Provenance } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { SYMBOL } from '../../catalog/origin-marks.ts';

/**
 * Where one reading comes from, as a person checks it: the mark (cell, note, inferred), the
 * verbatim words, the reason of an inference, and any outside source, marked as not the source.
 */
export function OriginText(props: { origin: Provenance; language: Language }) {
  const { t } = useTranslation('explorer');
  const { origin, language } = props;
  const mark =
    origin.source === 'note'
      ? t('detail.origin.note', { noteId: origin.noteId })
      : t(`detail.origin.${origin.source}`);
  return (
    <span className="text-xs" data-origin={origin.source}>
      <span
        className={
          origin.source === 'cell'
            ? ''
            : 'rounded bg-violet-100 px-1 font-semibold text-violet-950 dark:bg-violet-900 dark:text-violet-50'
        }
      >
        {origin.source !== 'cell' && <span aria-hidden="true">{SYMBOL[origin.source]} </span>}
        {mark}
      </span>
      : <q lang="ja">{origin.text}</q>
      {origin.source === 'inferred' && origin.noteId && (
        <> ({t('detail.leansOn', { noteId: origin.noteId })})</>
      )}
      {origin.reason && <span className="block">{origin.reason[language]}</span>}
      {origin.citations?.map((c) => (
        <span key={c.url} className="block italic">
          {t('detail.notFromSource')}: {c.title} — <q lang="en">{c.quote}</q>{' '}
          <span className="break-all font-mono not-italic">{c.url}</span>
        </span>
      ))}
    </span>
  );
}
