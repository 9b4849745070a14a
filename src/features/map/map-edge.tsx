import { isFaded, type RoleMap, type MapEdge as Edge } from '../../diagrams/role-map.ts';
import { arrowId, EDGE_STYLE } from './edge-style.ts';
import { SvgLink } from './svg-link.tsx';

/** One source → destination pair: a link to its rows, drawn as an arrow styled by encryption. */
export function MapEdge(props: {
  edge: Edge;
  map: RoleMap;
  markerPrefix: string;
  search: string;
  label: string;
  describedBy?: string;
  onShow: () => void;
  onHide: () => void;
}) {
  const { edge, map } = props;
  const style = EDGE_STYLE[edge.encryption];
  const faded = isFaded(edge, map);
  const strong = map.filtered && !faded;
  return (
    <SvgLink
      to={{ search: props.search }}
      label={props.label}
      describedBy={props.describedBy}
      onShow={props.onShow}
      onHide={props.onHide}
      className={`group outline-none ${faded ? 'opacity-25' : ''}`}
      testId="map-edge"
    >
      <g
        data-pair={edge.key}
        data-match={faded ? 'false' : 'true'}
        data-encryption={edge.encryption}
      >
        {/* A wide invisible stroke: the arrow is easy to hover and click. */}
        <path d={edge.shape.d} fill="none" stroke="transparent" strokeWidth={16} />
        {/* The keyboard focus ring of an SVG link. */}
        <path
          d={edge.shape.d}
          fill="none"
          strokeWidth={10}
          className="stroke-transparent group-hover:stroke-sky-300/60 group-focus-visible:stroke-sky-500 dark:group-hover:stroke-sky-700/60"
        />
        <path
          d={edge.shape.d}
          fill="none"
          strokeWidth={strong ? 3.5 : 2}
          strokeDasharray={style.dash}
          strokeLinecap={edge.encryption === 'none' ? 'round' : 'butt'}
          markerEnd={`url(#${arrowId(props.markerPrefix, edge.encryption)})`}
          className={style.line}
        />
      </g>
    </SvgLink>
  );
}
