import { useTranslation } from 'react-i18next';
import type { Catalog, DataPath } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { OriginText } from './origin-text.tsx';
import { UNSUPPORTED_MARK } from '../../catalog/origin-marks.ts';
import { isUnsupportedFirewallRow } from '../../catalog/support-statement.ts';

/** A data path's ends and authentication ids, each with where it was read; traffic both ways. */
export function PathReadings(props: { path: DataPath; catalog: Catalog; language: Language }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const { path, language } = props;
  const endpoint = (id: string) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub');
  return (
    <>
      {isUnsupportedFirewallRow(path) && (
        <p className="mt-1 rounded border border-amber-700 p-2 text-sm dark:border-amber-300">
          <span aria-hidden="true">{UNSUPPORTED_MARK} </span>
          {t('explorer:marks.unsupported')}
        </p>
      )}
      <h4 className="mt-2 font-semibold">{t('explorer:detail.ends')}</h4>
      <ul className="list-disc pl-5">
        {(['from', 'to'] as const).map((end) => (
          <li key={end}>
            {t(`explorer:detail.${end}`)}: <strong>{endpoint(path[end])}</strong>{' '}
            <OriginText origin={path.ends[end]} language={language} />
          </li>
        ))}
      </ul>
      {path.bothWays && (
        <p className="mt-1 text-xs">
          <span aria-hidden="true">⇄ </span>
          <strong>{t('explorer:detail.bothWays')}</strong>: {path.bothWays.reason[language]}
        </p>
      )}
      <h4 className="mt-2 font-semibold">{t('explorer:detail.auth')}</h4>
      <ul className="list-disc pl-5">
        {(['default', 'supported'] as const).flatMap((column) =>
          path.auth.origin[column].map((a) => (
            <li key={`${column}-${a.id}`}>
              {t(`explorer:auth.${column}Label`)}:{' '}
              <strong>{t(`labels:auth.${a.id}` as 'labels:auth.basic')}</strong>{' '}
              <OriginText origin={a.origin} language={language} />
            </li>
          )),
        )}
      </ul>
    </>
  );
}
