// The boxes of the role map's labels and the tests they must pass: how wide a line of label text
// is, whether two boxes overlap, whether a line runs through a box. Pure numbers.
import type { Point } from './map-geometry.ts';
import { NODE_SIZE } from './map-layout.ts';

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

/** Whether two boxes share some area (touching edges do not count). */
export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export const grow = (b: Box, by: number): Box => ({
  left: b.left - by,
  top: b.top - by,
  right: b.right + by,
  bottom: b.bottom + by,
});

export const nodeBox = (center: Point): Box => ({
  left: center.x - NODE_SIZE.width / 2,
  top: center.y - NODE_SIZE.height / 2,
  right: center.x + NODE_SIZE.width / 2,
  bottom: center.y + NODE_SIZE.height / 2,
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
