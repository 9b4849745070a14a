import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DataPath } from '../../catalog/schema.ts';
import { buildMatrix } from '../../diagrams/port-matrix.ts';
import type { ViewState } from '../../view/view-state.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { useCompactPorts } from '../../shared/use-compact-ports.ts';
import { pairTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';
import { isUnsupportedFirewallRow } from '../../catalog/support-statement.ts';

/** Ports by source (rows) and destination (columns); a cell links to the explorer on its pair. */
export function MatrixTable(props: { paths: DataPath[]; state: ViewState }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const compactPorts = useCompactPorts(Infinity);
  const { state } = props;
  const { search } = useView();
  const matrix = useMemo(() => buildMatrix(props.paths), [props.paths]);
  const name = (id: string) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub');
  return (
    <>
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
                              search: search(pairTarget(state, from, to)),
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
                                {i === 0 && cell.paths.some(isUnsupportedFirewallRow) && (
                                  <UnsupportedMark label={t('explorer:marks.unsupported')} />
                                )}
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
        {' · '}
        {t('explorer:marks.legend')}
      </p>
    </>
  );
}
