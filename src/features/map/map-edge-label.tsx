import { useLinkClickHandler } from 'react-router';
import type { MapEdge } from '../../diagrams/role-map.ts';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from '../../diagrams/label-boxes.ts';
import type { MapLabel } from '../../diagrams/map-labels.ts';

/**
 * The ports of an edge, beside its arrow and clear of every line (diagrams/label-placement.ts),
 * or the number of its note under the map; a halo in the background colour sets it off. A label is the biggest target of its arrow, so a click on it follows the arrow's
 * link; it is hidden from assistive technology, where the arrow's link names the same ports.
 */
export function MapEdgeLabel(props: {
  edge: MapEdge;
  place: MapLabel;
  search: string;
  onShow: () => void;
  onHide: () => void;
}) {
  const { edge, place } = props;
  const follow = useLinkClickHandler<Element>({ search: props.search });
  return (
    <text
      onClick={follow}
      onMouseEnter={props.onShow}
      onMouseLeave={props.onHide}
      x={place.x}
      y={place.y}
      textAnchor="start"
      fontSize={LABEL_FONT_SIZE}
      strokeWidth={4}
      strokeLinejoin="round"
      aria-hidden="true"
      data-label={edge.key}
      data-note={place.note}
      className="cursor-pointer fill-slate-900 stroke-white font-mono [paint-order:stroke] dark:fill-slate-100 dark:stroke-slate-900"
    >
      {place.lines.map((line, i) => (
        <tspan key={i} x={place.x} dy={i === 0 ? 0 : LABEL_LINE_HEIGHT} xmlSpace="preserve">
          {line}
        </tspan>
      ))}
    </text>
  );
}
