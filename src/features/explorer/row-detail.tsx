import { useTranslation } from 'react-i18next';
import type { Catalog, DataPath, Erratum, PortEntry } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { OriginText } from './origin-text.tsx';
import { portLabel } from '../../shared/port-label.ts';
import { PathReadings } from './path-readings.tsx';

type FieldKey =
  | 'path'
  | 'ports'
  | 'defaultAuth'
  | 'supportedAuth'
  | 'encryption'
  | 'encryptedByDefault'
  | 'name'
  | 'roles'
  | 'program';

export interface DetailRow {
  id: string;
  sourceLine: number;
  source: { ja: Record<string, string>; en: Record<string, string> };
  ports: PortEntry[];
  noteIds: string[];
  errata: Erratum[];
}

/** Everything about one row: verbatim Japanese beside English, notes, errata, ports as read. */
export function RowDetail(props: {
  row: DetailRow;
  catalog: Catalog;
  language: Language;
  rowLink: string;
  inferredEndpoints?: boolean;
  /** The data path itself, for its ends, related ports and authentication readings. */
  path?: DataPath;
}) {
  const { t } = useTranslation('explorer');
  const { row, language } = props;
  const notes = props.catalog.notes.filter((n) => row.noteIds.includes(n.id));
  return (
    <div className="space-y-4" data-testid={`detail-${row.id}`} data-row-detail="">
      <p className="flex flex-wrap gap-x-4 text-xs">
        <a href={props.rowLink} className="underline">
          {t('detail.rowLink')}: <code>{row.id}</code>
        </a>
        <span>{t('detail.sourceLine', { line: row.sourceLine })}</span>
      </p>
      <table className="row-detail-fields w-full text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="w-40 pr-2">
              <span className="sr-only">{t('detail.field')}</span>
            </th>
            <th scope="col" className="pr-2">
              {t('detail.verbatim')}
            </th>
            <th scope="col">{t('detail.english')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.keys(row.source.ja).map((key) => (
            <tr key={key} className="border-t border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="pr-2 text-left font-semibold">
                {t(`detail.fields.${key as FieldKey}`)}
              </th>
              <td lang="ja" className="pr-2 whitespace-pre-line">
                {row.source.ja[key]}
              </td>
              <td lang="en" className="whitespace-pre-line">
                {row.source.en[key]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.inferredEndpoints && <p className="text-xs">{t('detail.inferred')}</p>}
      <section>
        <h3 className="font-semibold">{t('detail.structured')}</h3>
        {props.path && (
          <PathReadings path={props.path} catalog={props.catalog} language={language} />
        )}
        <h4 className="mt-2 font-semibold">{t('detail.ports')}</h4>
        <PortReadings ports={row.ports} language={language} />
        {props.path && props.path.relatedPorts.length > 0 && (
          <>
            <h4 className="mt-2 font-semibold">{t('detail.relatedPorts')}</h4>
            <PortReadings ports={props.path.relatedPorts} language={language} />
          </>
        )}
      </section>
      {row.errata.length > 0 && <ErrataList errata={row.errata} language={language} />}
      <section>
        <h3 className="font-semibold">{t('detail.notes')}</h3>
        {notes.length === 0 && <p>{t('detail.noNotes')}</p>}
        {notes.map((n) => (
          <article
            key={n.id}
            id={`note-${row.id}-${n.id}`}
            className="mt-2 border-l-4 border-slate-400 pl-3"
          >
            <p className="text-xs font-mono">{n.id}</p>
            <p lang="ja">{n.ja}</p>
            <p lang="en" className="mt-1 text-slate-700 dark:text-slate-300">
              {n.en}
            </p>
            {n.errata.length > 0 && <ErrataList errata={n.errata} language={language} />}
          </article>
        ))}
      </section>
    </div>
  );
}

function PortReadings({ ports, language }: { ports: PortEntry[]; language: Language }) {
  const { t } = useTranslation('explorer');
  return (
    <ul className="list-disc pl-5">
      {ports.map((p, i) => (
        <li key={i}>
          <span className="font-mono">{portLabel(p, t)}</span>{' '}
          <OriginText origin={p.origin} language={language} />
          {p.comment && <span className="block text-xs">{p.comment[language]}</span>}
        </li>
      ))}
    </ul>
  );
}

function ErrataList({ errata, language }: { errata: Erratum[]; language: Language }) {
  const { t } = useTranslation('explorer');
  return (
    <section>
      <h3 className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t('detail.errata')}
      </h3>
      <ul className="list-disc pl-5">
        {errata.map((e, i) => (
          <li key={i}>
            <q lang="ja">{e.text}</q>: {e.explanation[language]}
          </li>
        ))}
      </ul>
    </section>
  );
}
