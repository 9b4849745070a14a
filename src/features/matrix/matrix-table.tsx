import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataPath, EndpointId, FirewallRule } from '../../catalog/schema.ts';
import { buildMatrix } from '../../diagrams/port-matrix.ts';
import { isDefaultEnvironment } from '../../plan/environment.ts';
import type { ViewState } from '../../view/view-state.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { pairTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { MatrixCellLink } from './matrix-cell.tsx';
import { useCellWords } from './use-cell-words.ts';

/**
 * Ports by source (rows) and destination (columns): each cell writes the port plan of its paths,
 * in the link's environment, and links to the explorer on its pair.
 */
export function MatrixTable(props: {
  paths: DataPath[];
  rules: readonly FirewallRule[];
  state: ViewState;
}) {
  const { t } = useTranslation(['explorer', 'labels']);
  const words = useCellWords();
  const { state, paths, rules } = props;
  const { env } = state;
  const { search } = useView();
  const matrix = useMemo(() => buildMatrix(paths, { rules, env }), [paths, rules, env]);
  const name = (id: EndpointId) => t(`labels:endpoint.${id}`);
  return (
    <>
      <p className="max-w-3xl text-sm print:hidden">{t('explorer:matrix.intro')}</p>
      {!isDefaultEnvironment(env) && (
        <p className="max-w-3xl text-sm print:text-[6.5pt]" data-testid="matrix-environment">
          {t('explorer:matrix.environment')}
        </p>
      )}
      {matrix.sources.length > 0 && (
        <div
          className="relative overflow-x-auto print:overflow-visible"
          tabIndex={0}
          role="region"
          aria-label={t('explorer:matrix.caption')}
        >
          <table
            className="border-collapse text-xs print:text-[6.5pt] print:leading-[1.1]"
            data-testid="port-matrix"
          >
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
                          <MatrixCellLink
                            cell={cell}
                            from={from}
                            to={to}
                            search={search(pairTarget(state, from, to))}
                            words={words}
                            name={name}
                          />
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
      <p className="text-xs print:text-[6.5pt] print:leading-tight">
        {(['default', 'optional', 'none'] as const)
          .map((c) => `${ENCRYPTION_MARK[c]} ${t(`explorer:enc.${c}`)}`)
          .join(' / ')}
        {' · '}
        {t('explorer:matrix.ways')}
        {' · '}
        {t('explorer:matrix.rpc')}
        {' · '}
        {t('explorer:marks.legend')}
      </p>
    </>
  );
}
