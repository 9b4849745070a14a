// The drawing of the role map: curves between node boxes and where their labels go. Pure numbers,
// so the layout can be tested without a browser.
import { NODE_SIZE, type LoopSide, type NodePlace } from './map-layout.ts';

export interface Point {
  x: number;
  y: number;
}

/** A place a label may go, and which side of the label touches it. */
export interface LabelSpot extends Point {
  h: 'start' | 'middle' | 'end';
  v: 'top' | 'middle' | 'bottom';
}

export interface EdgeShape {
  /** An SVG path: a quadratic curve, or a cubic loop for a node to itself. */
  d: string;
  /** Where the ports may be written, best first: the middle of the curve, then further out. */
  labelSpots: LabelSpot[];
}

/** Points along a curve tried for its label, from the middle outwards. */
const LABEL_TS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];

/** The gap between a node's box and the tip of an arrow. */
const GAP = 6;
/** How far apart the two directions of a pair drawn both ways are bent. */
const PAIR_BEND = 36;

const round = (n: number) => Math.round(n * 10) / 10;

/** Where the ray from a box's centre towards `toward` leaves the box (plus a small gap). */
export function boxExit(center: Point, toward: Point): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  if (dx === 0 && dy === 0) return center;
  const halfW = NODE_SIZE.width / 2 + GAP;
  const halfH = NODE_SIZE.height / 2 + GAP;
  const scale = Math.min(
    dx === 0 ? Infinity : halfW / Math.abs(dx),
    dy === 0 ? Infinity : halfH / Math.abs(dy),
  );
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}

/** A curve from one box to another; `bend` moves its middle to the left of the travel direction. */
export function edgeShape(from: NodePlace, to: NodePlace, bend: number): EdgeShape {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  // The left-hand normal of the direction of travel (SVG's y axis points down).
  const normal = { x: (to.y - from.y) / length, y: -(to.x - from.x) / length };
  const control = {
    x: (from.x + to.x) / 2 + normal.x * bend,
    y: (from.y + to.y) / 2 + normal.y * bend,
  };
  const start = boxExit(from, control);
  const end = boxExit(to, control);
  const pointAt = (t: number): LabelSpot => ({
    x: round((1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x),
    y: round((1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y),
    h: 'middle',
    v: 'middle',
  });
  return {
    d: `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`,
    labelSpots: LABEL_TS.map(pointAt),
  };
}

const LOOP_REACH = 64;

/** A loop leaving and re-entering one side of a box, for paths from a role to itself. */
export function loopShape(node: NodePlace): EdgeShape {
  const { x, y } = node;
  const w = NODE_SIZE.width / 2;
  const h = NODE_SIZE.height / 2;
  const shapes: Record<LoopSide, { a: Point; b: Point; out: Point; label: LabelSpot }> = {
    up: {
      a: { x: x - 30, y: y - h - GAP },
      b: { x: x + 30, y: y - h - GAP },
      out: { x: 0, y: -1 },
      label: { x, y: y - h - LOOP_REACH * 0.8, h: 'middle', v: 'bottom' },
    },
    down: {
      a: { x: x + 30, y: y + h + GAP },
      b: { x: x - 30, y: y + h + GAP },
      out: { x: 0, y: 1 },
      label: { x, y: y + h + LOOP_REACH * 0.8, h: 'middle', v: 'top' },
    },
    left: {
      a: { x: x - w - GAP, y: y + 10 },
      b: { x: x - w - GAP, y: y - 10 },
      out: { x: -1, y: 0 },
      label: { x: x - w - LOOP_REACH * 0.8, y, h: 'end', v: 'middle' },
    },
    right: {
      a: { x: x + w + GAP, y: y - 10 },
      b: { x: x + w + GAP, y: y + 10 },
      out: { x: 1, y: 0 },
      label: { x: x + w + LOOP_REACH * 0.8, y, h: 'start', v: 'middle' },
    },
  };
  const { a, b, out, label } = shapes[node.loop];
  // The control points lean outwards, so the loop is a rounded lobe rather than a spike.
  const apart = Math.hypot(a.x - b.x, a.y - b.y);
  const spread = { x: (a.x - b.x) / apart, y: (a.y - b.y) / apart };
  const c1 = {
    x: a.x + out.x * LOOP_REACH + spread.x * 30,
    y: a.y + out.y * LOOP_REACH + spread.y * 30,
  };
  const c2 = {
    x: b.x + out.x * LOOP_REACH - spread.x * 30,
    y: b.y + out.y * LOOP_REACH - spread.y * 30,
  };
  return {
    d: `M ${round(a.x)} ${round(a.y)} C ${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(b.x)} ${round(b.y)}`,
    labelSpots: [label],
  };
}

/** The shape of an edge: a loop, a straight line, or one of the two bent curves of a pair. */
export function shapeOf(
  from: NodePlace,
  to: NodePlace,
  options: { self: boolean; reversePresent: boolean; extraBend: number },
): EdgeShape {
  if (options.self) return loopShape(from);
  return edgeShape(from, to, (options.reversePresent ? PAIR_BEND : 0) + options.extraBend);
}
