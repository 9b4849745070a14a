// The drawing of the role map: curves between node boxes and where their labels go. Pure numbers,
// so the layout can be tested without a browser.
import { NODE_SIZE, type LoopSide, type NodePlace } from './map-layout.ts';

export interface Point {
  x: number;
  y: number;
}

/**
 * A point of a curve a label may sit beside, with the curve's unit normal there: the label goes
 * on either side of the line, never on it.
 */
export interface LabelSpot extends Point {
  nx: number;
  ny: number;
}

export interface EdgeShape {
  /** An SVG path: a quadratic curve, or a cubic loop for a node to itself. */
  d: string;
  /** Where the ports may be written beside the curve, best first: the middle, then further out. */
  labelSpots: LabelSpot[];
  /** The curve as a polyline, fine enough to test a label box against (the arrowhead's tip last). */
  points: Point[];
}

/** Points along a curve tried for its label, from the middle outwards to near either end. */
const LABEL_TS = [
  0.5,
  ...Array.from({ length: 9 }, (_, i) => [0.46 - i * 0.04, 0.54 + i * 0.04]).flat(),
];
/** Points along a loop tried for its label: its far end first. */
const LOOP_TS = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8];
/** Segments of the polyline that stands for a curve. */
const STEPS = 24;

/** A curve given by its point at t and its derivative at t, sampled for labels and collisions. */
function sampled(
  at: (t: number) => Point,
  tangent: (t: number) => Point,
  ts: number[],
): Pick<EdgeShape, 'labelSpots' | 'points'> {
  const spot = (t: number): LabelSpot => {
    const p = at(t);
    const d = tangent(t);
    const length = Math.hypot(d.x, d.y) || 1;
    return { x: round(p.x), y: round(p.y), nx: -d.y / length, ny: d.x / length };
  };
  return {
    labelSpots: ts.map(spot),
    points: Array.from({ length: STEPS + 1 }, (_, i) => at(i / STEPS)),
  };
}

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
  const at = (t: number): Point => ({
    x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t ** 2 * end.x,
    y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t ** 2 * end.y,
  });
  const tangent = (t: number): Point => ({
    x: 2 * (1 - t) * (control.x - start.x) + 2 * t * (end.x - control.x),
    y: 2 * (1 - t) * (control.y - start.y) + 2 * t * (end.y - control.y),
  });
  return {
    d: `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`,
    ...sampled(at, tangent, LABEL_TS),
  };
}

const LOOP_REACH = 64;

/** A loop leaving and re-entering one side of a box, for paths from a role to itself. */
export function loopShape(node: NodePlace): EdgeShape {
  const { x, y } = node;
  const w = NODE_SIZE.width / 2;
  const h = NODE_SIZE.height / 2;
  const shapes: Record<LoopSide, { a: Point; b: Point; out: Point }> = {
    up: {
      a: { x: x - 30, y: y - h - GAP },
      b: { x: x + 30, y: y - h - GAP },
      out: { x: 0, y: -1 },
    },
    down: {
      a: { x: x + 30, y: y + h + GAP },
      b: { x: x - 30, y: y + h + GAP },
      out: { x: 0, y: 1 },
    },
    left: {
      a: { x: x - w - GAP, y: y + 10 },
      b: { x: x - w - GAP, y: y - 10 },
      out: { x: -1, y: 0 },
    },
    right: {
      a: { x: x + w + GAP, y: y - 10 },
      b: { x: x + w + GAP, y: y + 10 },
      out: { x: 1, y: 0 },
    },
  };
  const { a, b, out } = shapes[node.loop];
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
  const at = (t: number): Point => ({
    x:
      (1 - t) ** 3 * a.x + 3 * (1 - t) ** 2 * t * c1.x + 3 * (1 - t) * t ** 2 * c2.x + t ** 3 * b.x,
    y:
      (1 - t) ** 3 * a.y + 3 * (1 - t) ** 2 * t * c1.y + 3 * (1 - t) * t ** 2 * c2.y + t ** 3 * b.y,
  });
  const tangent = (t: number): Point => ({
    x:
      3 * (1 - t) ** 2 * (c1.x - a.x) + 6 * (1 - t) * t * (c2.x - c1.x) + 3 * t ** 2 * (b.x - c2.x),
    y:
      3 * (1 - t) ** 2 * (c1.y - a.y) + 6 * (1 - t) * t * (c2.y - c1.y) + 3 * t ** 2 * (b.y - c2.y),
  });
  return {
    d: `M ${round(a.x)} ${round(a.y)} C ${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(b.x)} ${round(b.y)}`,
    ...sampled(at, tangent, LOOP_TS),
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
