import { useLinkClickHandler } from 'react-router';
import type { MapEdge } from '../../diagrams/role-map.ts';
import {
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  type PlacedLabel,
} from '../../diagrams/label-placement.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';

/**
 * The ports of an edge, with a halo in the background colour so a label stays readable where it
 * crosses a line. A label is the biggest target of its arrow, so a click on it follows the arrow's
 * link; it is hidden from assistive technology, where the arrow's link names the same ports.
 */
export function MapEdgeLabel(props: {
  edge: MapEdge;
  lines: string[];
  place: PlacedLabel;
  search: string;
  onShow: () => void;
  onHide: () => void;
}) {
  const { edge, lines, place } = props;
  const follow = useLinkClickHandler<Element>({ search: props.search });
  return (
    <text
      onClick={follow}
      onMouseEnter={props.onShow}
      onMouseLeave={props.onHide}
      x={place.x}
      y={place.y}
      textAnchor={place.anchor}
      fontSize={LABEL_FONT_SIZE}
      strokeWidth={4}
      strokeLinejoin="round"
      aria-hidden="true"
      data-label={edge.key}
      className="cursor-pointer fill-slate-900 stroke-white font-mono [paint-order:stroke] dark:fill-slate-100 dark:stroke-slate-900"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={place.x} dy={i === 0 ? 0 : LABEL_LINE_HEIGHT}>
          {i === 0 ? `${ENCRYPTION_MARK[edge.encryption]} ${line}` : line}
        </tspan>
      ))}
    </text>
  );
}
