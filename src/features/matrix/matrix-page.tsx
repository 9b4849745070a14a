import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Catalog } from '../../catalog/schema.ts';
import { filterPaths } from '../../filters/filter-rows.ts';
import { ENCRYPTION_MARK } from '../explorer/encryption-mark.ts';
import { portLabel } from '../explorer/port-label.ts';
import { UrlProblems } from '../explorer/url-problems.tsx';
import { useExplorerState } from '../explorer/use-explorer-state.ts';
import { viewSearch } from '../explorer/view-link.ts';
import { buildMatrix } from './matrix-model.ts';

/** `?view=matrix` (+ any explorer filter): ports by source and destination, one page. */
export function MatrixPage(props: { catalog: Catalog; lang: string | null }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const { t: tx } = useTranslation('explorer');
  const { state, problems } = useExplorerState();
  const matrix = useMemo(
    () => buildMatrix(filterPaths(props.catalog, { ...state, from: null, to: null })),
    [props.catalog, state],
  );
  const name = (id: string) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub');
  return (
    <section aria-labelledby="matrix-heading" className="space-y-3">
      <UrlProblems problems={problems} />
      <h2 id="matrix-heading" className="text-lg font-semibold">
        {t('explorer:matrix.title')}
      </h2>
      <p className="max-w-3xl text-sm">{t('explorer:matrix.intro')}</p>
      <p className="print:hidden">
        <Link
          className="underline"
          to={{ search: viewSearch({ ...state, view: 'explorer' }, props.lang) }}
        >
          {t('explorer:tables.paths')}
        </Link>
      </p>
      {matrix.sources.length === 0 ? (
        <p>{t('explorer:matrix.empty')}</p>
      ) : (
        <div
          className="relative overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={t('explorer:matrix.caption')}
        >
          <table className="border-collapse text-xs" data-testid="port-matrix">
            <caption className="sr-only">{t('explorer:matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-slate-400 p-1 text-left">
                  {t('explorer:matrix.corner')}
                </th>
                {matrix.targets.map((to) => (
                  <th
                    key={to}
                    scope="col"
                    className="border border-slate-400 p-1 text-left align-bottom"
                  >
                    {name(to)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.sources.map((from) => (
                <tr key={from}>
                  <th scope="row" className="border border-slate-400 p-1 text-left">
                    {name(from)}
                  </th>
                  {matrix.targets.map((to) => {
                    const cell = matrix.cell(from, to);
                    return (
                      <td
                        key={to}
                        className="border border-slate-400 p-1 align-top"
                        data-pair={`${from}>${to}`}
                      >
                        {cell && (
                          <Link
                            to={{
                              search: viewSearch(
                                {
                                  ...state,
                                  view: 'explorer',
                                  table: 'paths',
                                  from,
                                  to,
                                  open: null,
                                },
                                props.lang,
                              ),
                            }}
                            aria-label={t('explorer:matrix.cellLink', {
                              from: name(from),
                              to: name(to),
                              count: cell.paths.length,
                            })}
                            className="block font-mono underline-offset-2 hover:underline"
                          >
                            <span aria-hidden="true">{ENCRYPTION_MARK[cell.encryption]} </span>
                            {cell.ports.map((p) => portLabel(p, tx)).join(', ')}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-xs">
        {(['default', 'optional', 'none'] as const)
          .map((c) => `${ENCRYPTION_MARK[c]} ${t(`explorer:enc.${c}`)}`)
          .join(' / ')}
      </p>
    </section>
  );
}
