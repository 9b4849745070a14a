import type { PortEntry } from '../../catalog/schema.ts';
import type { PortQuery } from '../../filters/filter-values.ts';
import {
  DYNAMIC_RPC_RANGE,
  matchPorts,
  needsDynamicRpc,
  type PortMatch,
} from '../../filters/port-match.ts';
import { useCellText } from './cell-text-context.ts';
import { SYMBOL } from '../../catalog/origin-marks.ts';
import { portLabel } from '../../shared/port-label.ts';

const REASON_KEY = {
  exact: 'port.matchExact',
  'in-range': 'port.matchInRange',
  'dynamic-rpc-range': 'port.matchDynamicRpc',
  'rpc-endpoint-mapper': 'port.matchEndpointMapper',
  'any-port': 'port.matchAny',
} as const;

/** Port chips of one row; with a port query, the matching chips are marked and explained. */
export function PortChips(props: { ports: PortEntry[]; query: PortQuery | null }) {
  const { explorer: t } = useCellText();
  const matches: PortMatch[] = props.query ? matchPorts(props.ports, props.query) : [];
  const matched = new Set(matches.map((m) => m.entry));
  const reasons = [...new Set(matches.map((m) => m.reason))];
  const hit135 = matches.some((m) => m.entry.kind === 'number' && m.entry.from === 135);
  const range = DYNAMIC_RPC_RANGE;
  return (
    <div>
      <ul className="flex flex-wrap gap-1">
        {props.ports.map((entry, index) => {
          const isMatch = matched.has(entry);
          return (
            <li
              key={index}
              className={
                // A chip wraps at its spaces only when its column is narrower than the chip.
                'max-w-full rounded border px-1.5 font-mono text-xs ' +
                (isMatch
                  ? 'border-2 border-amber-700 bg-amber-100 font-bold text-amber-950 dark:border-amber-300 dark:bg-amber-900 dark:text-amber-50'
                  : 'border-slate-400 dark:border-slate-500')
              }
            >
              {isMatch && <span aria-hidden="true">✓ </span>}
              {portLabel(entry, t)}
              {!entry.protocolStated && entry.protocol && (
                <abbr title={t('port.protocolUnstated')} className="no-underline">
                  <span aria-hidden="true">†</span>
                  <span className="sr-only">({t('port.protocolUnstated')})</span>
                </abbr>
              )}
              {entry.origin.source !== 'cell' && (
                <abbr
                  title={t(
                    entry.origin.source === 'note' ? 'port.fromNoteTitle' : 'port.inferredTitle',
                  )}
                  className="ml-1 font-sans font-normal no-underline"
                >
                  <span aria-hidden="true">{SYMBOL[entry.origin.source]}</span>
                  <span className="sr-only">
                    ({t(entry.origin.source === 'note' ? 'port.fromNote' : 'port.inferred')})
                  </span>
                </abbr>
              )}
              {isMatch && <span className="sr-only">({t('port.matched')})</span>}
            </li>
          );
        })}
      </ul>
      {reasons.length > 0 && (
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          {reasons.map((r) => t(REASON_KEY[r], range)).join(' / ')}
          {hit135 && needsDynamicRpc(props.ports) && <> / {t('port.alsoDynamic', range)}</>}
        </p>
      )}
    </div>
  );
}
