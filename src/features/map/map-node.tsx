import type { MapNode as Node } from '../../diagrams/role-map.ts';
import { NODE_SIZE } from '../../diagrams/map-layout.ts';
import type { EndpointId } from '../../catalog/schema.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { SvgLink } from './svg-link.tsx';

const isRole = (id: EndpointId) => (ROLE_IDS as readonly string[]).includes(id);

/** An endpoint: a box linking to every path to or from it. Exchange roles are drawn heavier. */
export function MapNode(props: {
  node: Node;
  name: string;
  label: string;
  search: string;
  filtered: boolean;
  onShow: () => void;
  onHide: () => void;
}) {
  const { node } = props;
  const { x, y } = node.place;
  const role = isRole(node.id);
  const quiet = props.filtered && !node.matched;
  return (
    <SvgLink
      to={{ search: props.search }}
      label={props.label}
      onShow={props.onShow}
      onHide={props.onHide}
      className="group outline-none"
      testId="map-node"
    >
      <g data-endpoint={node.id} data-match={quiet ? 'false' : 'true'}>
        <rect
          x={x - NODE_SIZE.width / 2 - 4}
          y={y - NODE_SIZE.height / 2 - 4}
          width={NODE_SIZE.width + 8}
          height={NODE_SIZE.height + 8}
          rx={10}
          fill="none"
          strokeWidth={3}
          className="stroke-transparent group-hover:stroke-sky-300 group-focus-visible:stroke-sky-500"
        />
        <rect
          x={x - NODE_SIZE.width / 2}
          y={y - NODE_SIZE.height / 2}
          width={NODE_SIZE.width}
          height={NODE_SIZE.height}
          rx={6}
          strokeWidth={role ? 2.5 : 1.25}
          strokeDasharray={quiet ? '4 3' : undefined}
          className={
            role
              ? 'fill-slate-100 stroke-slate-800 dark:fill-slate-800 dark:stroke-slate-200'
              : 'fill-white stroke-slate-600 dark:fill-slate-900 dark:stroke-slate-400'
          }
        />
        <text
          x={x}
          y={y + 4}
          textAnchor="middle"
          fontSize={role ? 13 : 12}
          fontWeight={role ? 700 : 400}
          className="fill-slate-900 dark:fill-slate-100"
        >
          {props.name}
        </text>
      </g>
    </SvgLink>
  );
}
