import { useTranslation } from 'react-i18next';
import type { EndpointId } from '../../catalog/schema.ts';
import type { Box } from '../../diagrams/label-boxes.ts';
import { MAP_SIZE } from '../../diagrams/map-layout.ts';
import type { MapEdge } from '../../diagrams/role-map.ts';
import { encryptionClassOf } from '../../filters/encryption-match.ts';
import type { Language } from '../../catalog/languages.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { portLabel } from '../../shared/port-label.ts';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';
import { originMark } from '../../catalog/origin-marks.ts';
import { isUnsupportedFirewallRow } from '../../catalog/support-statement.ts';

/**
 * The rows of the edge under the pointer or the keyboard focus, in a card beside its label.
 * The arrow's link points at it with aria-describedby, so a screen reader hears the list too.
 */
export function EdgeCard(props: {
  id: string;
  edge: MapEdge;
  filtered: boolean;
  language: Language;
  name: (id: EndpointId) => string;
  /** The edge's label: the card opens beside it. */
  near: Box;
}) {
  const { t } = useTranslation('explorer');
  const { edge } = props;
  const x = ((props.near.left + props.near.right) / 2 / MAP_SIZE.width) * 100;
  const y = (props.near.bottom / MAP_SIZE.height) * 100;
  // The card opens away from the nearest sides of the map, so it stays inside it.
  const place = `${x > 55 ? '-translate-x-full -ml-3' : 'ml-3'} ${y > 55 ? '-translate-y-full -mt-3' : 'mt-3'}`;
  const matching = new Set(edge.matching.map((p) => p.id));
  return (
    <div
      id={props.id}
      data-testid="map-card"
      style={{ left: `${x}%`, top: `${y}%` }}
      className={`pointer-events-none absolute z-10 w-80 max-w-[90%] rounded border border-slate-500 bg-white p-2 text-xs shadow-lg print:hidden dark:bg-slate-800 ${place}`}
    >
      <p className="font-semibold">
        {t('map.cardHeading', { from: props.name(edge.from), to: props.name(edge.to) })}
      </p>
      <ul className="mt-1 space-y-1">
        {edge.paths.map((path) => {
          const cls = encryptionClassOf(path.encryption);
          const outside = props.filtered && !matching.has(path.id);
          return (
            <li
              key={path.id}
              data-row={path.id}
              className={outside ? 'text-slate-600 dark:text-slate-400' : ''}
            >
              <span className="font-medium">
                {path.source[props.language].path}
                {isUnsupportedFirewallRow(path) && (
                  <UnsupportedMark label={t('marks.unsupported')} />
                )}
              </span>
              <span className="block font-mono">
                <span aria-hidden="true">{ENCRYPTION_MARK[cls]} </span>
                {path.ports.map((p) => `${portLabel(p, t)}${originMark(p.origin)}`).join(', ')}
              </span>
              <span className="block">
                {t(`enc.${cls}`)}
                {props.filtered && <> · {outside ? t('map.matchNo') : `✓ ${t('map.matchYes')}`}</>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
