// Where each edge's ports are written: the first spot along its curve where the label covers
// neither a node nor a label placed before it. Greedy, deterministic, and checked by a test in
// both languages, so a new catalog or a new translation cannot silently make labels collide.
import type { LabelSpot, Point } from './map-geometry.ts';
import { MAP_SIZE, NODE_SIZE } from './map-layout.ts';

export const LABEL_FONT_SIZE = 11;
export const LABEL_LINE_HEIGHT = 13;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacedLabel {
  /** The text anchor point of the first line (SVG text x, baseline y). */
  x: number;
  y: number;
  anchor: LabelSpot['h'];
  box: Box;
  /** False when every spot collided and the least bad one was taken. */
  clear: boolean;
}

/** Monospace: a Latin character is 0.6 em wide, a CJK one a full em. */
export const textWidth = (text: string): number =>
  [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6), 0) *
  LABEL_FONT_SIZE;

function boxAt(spot: LabelSpot, lines: string[]): Box {
  const width = Math.max(...lines.map(textWidth)) + 4;
  const height = lines.length * LABEL_LINE_HEIGHT + 2;
  const left = spot.h === 'start' ? spot.x : spot.h === 'end' ? spot.x - width : spot.x - width / 2;
  const top =
    spot.v === 'top' ? spot.y : spot.v === 'bottom' ? spot.y - height : spot.y - height / 2;
  return { left, top, right: left + width, bottom: top + height };
}

const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

export const nodeBox = (center: Point): Box => ({
  left: center.x - NODE_SIZE.width / 2,
  top: center.y - NODE_SIZE.height / 2,
  right: center.x + NODE_SIZE.width / 2,
  bottom: center.y + NODE_SIZE.height / 2,
});

/** Area of the box outside the drawing (a label there would be cut off). */
const outside = (b: Box): number => {
  const inside = overlap(b, { left: 0, top: 0, right: MAP_SIZE.width, bottom: MAP_SIZE.height });
  return (b.right - b.left) * (b.bottom - b.top) - inside;
};

/** Labels in the order given; loops and long labels first place best. */
export function placeLabels(
  labels: { key: string; spots: LabelSpot[]; lines: string[] }[],
  nodes: Point[],
): Map<string, PlacedLabel> {
  const taken: Box[] = nodes.map(nodeBox);
  const placed = new Map<string, PlacedLabel>();
  for (const label of labels) {
    const scored = label.spots.map((spot) => {
      const box = boxAt(spot, label.lines);
      const cost = taken.reduce((sum, other) => sum + overlap(box, other), 0) + outside(box);
      return { spot, box, cost };
    });
    const best =
      scored.find((s) => s.cost === 0) ?? scored.reduce((a, b) => (b.cost < a.cost ? b : a));
    taken.push(best.box);
    const x =
      best.spot.h === 'middle'
        ? (best.box.left + best.box.right) / 2
        : best.spot.h === 'start'
          ? best.box.left + 2
          : best.box.right - 2;
    placed.set(label.key, {
      x,
      y: best.box.top + LABEL_LINE_HEIGHT - 2,
      anchor: best.spot.h,
      box: best.box,
      clear: best.cost === 0,
    });
  }
  return placed;
}
