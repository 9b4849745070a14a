import { useLandscapePrint } from '../../components/use-landscape-print.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Catalog } from '../../catalog/schema.ts';
import { ENCRYPTION_MARK } from '../explorer/encryption-mark.ts';
import { useCompactPorts } from '../explorer/use-compact-ports.ts';
import { ExplorerLayout } from '../explorer/explorer-layout.tsx';
import { usePathsTable } from '../explorer/use-explorer-table.ts';
import type { Language } from '../../i18n/resources.ts';
import { useExplorerState } from '../explorer/use-explorer-state.ts';
import { viewSearch } from '../explorer/view-link.ts';
import { buildMatrix } from '../../diagrams/port-matrix.ts';

/** `?view=matrix` (+ any explorer filter): ports by source and destination, on one page. */
export function MatrixPage(props: { catalog: Catalog; language: Language; lang: string | null }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const compactPorts = useCompactPorts(Infinity);
  const { state, problems, update } = useExplorerState();
  useLandscapePrint();
  const table = usePathsTable(props.catalog, state, update, props.language);
  // The filtering is the table's: the matrix holds exactly the rows the table would show.
  const rows = table.getRowModel().rows;
  const matrix = useMemo(() => buildMatrix(rows.map((r) => r.original)), [rows]);
  const name = (id: string) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub');
  return (
    <ExplorerLayout
      {...props}
      state={state}
      problems={problems}
      update={update}
      table={table}
      total={props.catalog.dataPaths.length}
      title={t('explorer:tables.matrix')}
    >
      <p className="max-w-3xl text-sm print:hidden">{t('explorer:matrix.intro')}</p>
      {matrix.sources.length > 0 && (
        <div
          className="relative overflow-x-auto print:overflow-visible"
          tabIndex={0}
          role="region"
          aria-label={t('explorer:matrix.caption')}
        >
          <table className="border-collapse text-xs print:text-[6.5pt]" data-testid="port-matrix">
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
                        className="border border-slate-400 p-1 align-top print:p-0.5"
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
                            {compactPorts(cell.ports).map((line, i) => (
                              <span key={line} className="block">
                                {i === 0 && (
                                  <span aria-hidden="true">
                                    {ENCRYPTION_MARK[cell.encryption]}{' '}
                                  </span>
                                )}
                                {line}
                              </span>
                            ))}
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
    </ExplorerLayout>
  );
}
