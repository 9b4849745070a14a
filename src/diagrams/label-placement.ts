// Where each edge's ports are written: beside its arrow, a small gap from the line, at the first
// spot where the label's box is crossed by no arrow (its own or another) and covers neither a node
// nor a label placed before it. Greedy and deterministic; the labels that found no clear spot go
// first on a next round. A test checks the boxes against every arrow in both languages, so a new
// catalog or a new translation cannot silently make a label collide.
import type { LabelSpot, Point } from './map-geometry.ts';
import { MAP_SIZE, NODE_SIZE } from './map-layout.ts';

/**
 * The label font, in map units. The map is drawn at least 952 px wide for its 1200 units at a
 * 1280 px window (12.7 px on screen) and about 745 px wide on A4 landscape (7.4 pt printed).
 */
export const LABEL_FONT_SIZE = 16;
export const LABEL_LINE_HEIGHT = 19;
/** Space between the text and its box (and the halo behind it). */
export const LABEL_PAD = 3;
/** How far a label keeps from any line: the half width of a strong line and of an arrowhead. */
export const LINE_CLEARANCE = 6;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  /** The start of the first line's baseline (SVG text x, y; text-anchor start). */
  x: number;
  y: number;
  box: Box;
  /** False when every spot collided and the least bad one was taken. */
  clear: boolean;
}

/**
 * Width of one character in em, on the safe side for any monospace font: Latin and Latin-1 0.62
 * (monospace fonts draw 0.6), Japanese and full-width forms a full em, and symbols (● ← ⇄ ≈),
 * which a fallback font may draw wider, a full em too.
 */
export const charEm = (c: string): number => ((c.codePointAt(0) ?? 0) < 0x2000 ? 0.62 : 1);

/** The width of a line of label text, in map units. */
export const textWidth = (text: string): number =>
  [...text].reduce((w, c) => w + charEm(c), 0) * LABEL_FONT_SIZE;

/** The size of a label's box. */
export const labelSize = (lines: readonly string[]) => ({
  width: Math.max(0, ...lines.map(textWidth)) + 2 * LABEL_PAD,
  height: lines.length * LABEL_LINE_HEIGHT + 2 * LABEL_PAD,
});

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

export const boxesOverlap = (a: Box, b: Box): boolean => overlap(a, b) > 0;

export const nodeBox = (center: Point): Box => ({
  left: center.x - NODE_SIZE.width / 2,
  top: center.y - NODE_SIZE.height / 2,
  right: center.x + NODE_SIZE.width / 2,
  bottom: center.y + NODE_SIZE.height / 2,
});

const grow = (b: Box, by: number): Box => ({
  left: b.left - by,
  top: b.top - by,
  right: b.right + by,
  bottom: b.bottom + by,
});

/** Whether the segment a-b passes through the box (Liang-Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether a polyline passes through the box. */
export const polylineHitsBox = (points: readonly Point[], box: Box): boolean =>
  points.some((p, i) => {
    const previous = points[i - 1];
    return previous !== undefined && segmentHitsBox(previous, p, box);
  });

/** Area of the box outside the drawing (a label there would be cut off). */
const outside = (b: Box): number => {
  const inside = overlap(b, { left: 0, top: 0, right: MAP_SIZE.width, bottom: MAP_SIZE.height });
  return (b.right - b.left) * (b.bottom - b.top) - inside;
};

/** Distances from the line to the near side of the label, nearest first. */
const DISTANCES = [4, 14, 28];

/** The box of a label of this size beside the spot: `side` 1 left of travel, -1 right. */
function besideBox(
  spot: LabelSpot,
  size: { width: number; height: number },
  side: 1 | -1,
  d: number,
) {
  const reach =
    d +
    LINE_CLEARANCE +
    Math.abs(spot.nx) * (size.width / 2) +
    Math.abs(spot.ny) * (size.height / 2);
  const cx = spot.x + side * spot.nx * reach;
  const cy = spot.y + side * spot.ny * reach;
  return {
    left: cx - size.width / 2,
    top: cy - size.height / 2,
    right: cx + size.width / 2,
    bottom: cy + size.height / 2,
  };
}

export interface LabelRequest {
  key: string;
  spots: LabelSpot[];
  lines: string[];
}

/** What a label must stay clear of: every arrow's polyline and every node. */
export interface Obstacles {
  arrows: (readonly Point[])[];
  nodes: Point[];
}

/** The box around a polyline, to skip the arrows far from a label quickly. */
const boundsOf = (points: readonly Point[]): Box => ({
  left: Math.min(...points.map((p) => p.x)),
  top: Math.min(...points.map((p) => p.y)),
  right: Math.max(...points.map((p) => p.x)),
  bottom: Math.max(...points.map((p) => p.y)),
});

const touches = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** One greedy round over the labels in the order given. */
function placeRound(labels: LabelRequest[], obstacles: Obstacles): Map<string, PlacedLabel> {
  const nodes = obstacles.nodes.map(nodeBox);
  const arrows = obstacles.arrows.map((points) => ({ points, bounds: boundsOf(points) }));
  const taken: Box[] = [];
  const placed = new Map<string, PlacedLabel>();
  for (const label of labels) {
    const size = labelSize(label.lines);
    let best: { box: Box; cost: number } | undefined;
    search: for (const d of DISTANCES)
      for (const spot of label.spots)
        for (const side of [1, -1] as const) {
          const box = besideBox(spot, size, side, d);
          const clearBox = grow(box, LINE_CLEARANCE);
          const crossings = arrows.filter(
            (a) => touches(a.bounds, clearBox) && polylineHitsBox(a.points, clearBox),
          ).length;
          const covered =
            nodes.reduce((sum, n) => sum + overlap(grow(box, 2), n), 0) +
            taken.reduce((sum, t) => sum + overlap(grow(box, 2), t), 0);
          const cost = crossings * 1e5 + covered * 10 + outside(box);
          if (!best || cost < best.cost) best = { box, cost };
          if (cost === 0) break search;
        }
    if (!best) continue;
    const box = best.box;
    taken.push(box);
    placed.set(label.key, {
      x: Math.round((box.left + LABEL_PAD) * 10) / 10,
      y: Math.round((box.top + LABEL_PAD + LABEL_FONT_SIZE * 0.8) * 10) / 10,
      box,
      clear: best.cost === 0,
    });
  }
  return placed;
}

/** Rounds of the greedy placement, each putting the previous round's crowded labels first. */
const ROUNDS = 3;

/**
 * Labels in the order given (the hardest first: loops, then the longest). When some find no clear
 * spot, those are placed first in a next round; the round with the fewest crowded labels wins.
 */
export function placeLabels(
  labels: LabelRequest[],
  obstacles: Obstacles,
): Map<string, PlacedLabel> {
  let order = labels;
  let best: Map<string, PlacedLabel> | undefined;
  let bestCrowded = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const placed = placeRound(order, obstacles);
    const crowded = order.filter((l) => !placed.get(l.key)?.clear);
    if (crowded.length < bestCrowded) {
      best = placed;
      bestCrowded = crowded.length;
    }
    if (crowded.length === 0) break;
    const keys = new Set(crowded.map((l) => l.key));
    order = [...crowded, ...order.filter((l) => !keys.has(l.key))];
  }
  return best ?? new Map();
}
