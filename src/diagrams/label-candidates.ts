// Where a label could go on its own: boxes beside its arrow, on either side, at a few distances,
// that no arrow crosses, that cover no node and that stay inside the map. Other labels are not
// looked at here (label-placement.ts chooses among these), so the list depends only on the
// drawing and the label's text, and is kept for the next time the same label is asked for.
import {
  boxesOverlap,
  grow,
  labelSize,
  LINE_CLEARANCE,
  nodeBox,
  segmentHitsBox,
  type Box,
} from './label-boxes.ts';
import type { LabelSpot, Point } from './map-geometry.ts';
import { obstacleRaster } from './obstacle-raster.ts';

/** What a label must stay clear of: every arrow's polyline and every node, in an area. */
export interface Obstacles {
  arrows: (readonly Point[])[];
  nodes: Point[];
  area: { width: number; height: number };
}

/** A place for a label; the lower the cost, the closer to the middle of its arrow. */
export interface Candidate {
  box: Box;
  cost: number;
}

/** Distances from the line to the near side of the label, nearest first. */
const DISTANCES = [4, 14, 28, 44, 64, 88];
/**
 * From this distance on, a label must be nearer its own arrow than any other, or it would be
 * read as another arrow's: its box, grown by the distance and a margin, meets no other arrow.
 */
const FAR = 60;
const FAR_MARGIN = 12;
/** What a closer place costs when another arrow is about as near as its own. */
const UNCLEAR_COST = 40;
/** How much a step away from the middle of the curve costs, against a unit of distance. */
const SPOT_COST = 3;
/** A label keeps this far from a node box. */
const NODE_GAP = 2;
/** The side of a cell of the grid that finds the segments near a box. */
const CELL = 60;

/** The box of a label of this size beside the spot: `side` 1 left of travel, -1 right. */
function besideBox(
  spot: LabelSpot,
  size: { width: number; height: number },
  side: 1 | -1,
  d: number,
): Box {
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

interface Segment {
  arrow: number;
  a: Point;
  b: Point;
  bounds: Box;
}

/**
 * The obstacles, indexed: as a raster for the common question (is this box clear?), and each
 * arrow segment filed under the grid cells its bounds touch, for which arrows are near a box.
 */
export function indexObstacles(obstacles: Obstacles) {
  const { area } = obstacles;
  const columns = Math.ceil(area.width / CELL) + 1;
  const rows = Math.ceil(area.height / CELL) + 1;
  const cells: number[][] = Array.from({ length: columns * rows }, () => []);
  const cellRange = (b: Box) => ({
    c0: Math.max(0, Math.floor(b.left / CELL)),
    c1: Math.min(columns - 1, Math.floor(b.right / CELL)),
    r0: Math.max(0, Math.floor(b.top / CELL)),
    r1: Math.min(rows - 1, Math.floor(b.bottom / CELL)),
  });
  const segments: Segment[] = obstacles.arrows.flatMap((points, arrow) =>
    points.slice(0, -1).map((a, i) => {
      const b = points[i + 1] ?? a;
      const bounds = {
        left: Math.min(a.x, b.x),
        top: Math.min(a.y, b.y),
        right: Math.max(a.x, b.x),
        bottom: Math.max(a.y, b.y),
      };
      return { arrow, a, b, bounds };
    }),
  );
  segments.forEach((s, i) => {
    const { c0, c1, r0, r1 } = cellRange(s.bounds);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) cells[r * columns + c]?.push(i);
  });
  const nodes = obstacles.nodes.map((n) => grow(nodeBox(n), NODE_GAP));
  const raster = obstacleRaster(area, obstacles.arrows, LINE_CLEARANCE, nodes);
  // Which segments this test has seen already (a segment is filed under several cells).
  const seen = new Uint32Array(segments.length);
  let test = 0;

  /** Whether an arrow other than `except` runs through the box. */
  const crossed = (box: Box, except = -1): boolean => {
    test += 1;
    const { c0, c1, r0, r1 } = cellRange(box);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++)
        for (const i of cells[r * columns + c] ?? []) {
          if (seen[i] === test) continue;
          seen[i] = test;
          const s = segments[i];
          if (
            s &&
            s.arrow !== except &&
            s.bounds.left <= box.right &&
            box.left <= s.bounds.right &&
            s.bounds.top <= box.bottom &&
            box.top <= s.bounds.bottom &&
            segmentHitsBox(s.a, s.b, box)
          )
            return true;
        }
    return false;
  };

  /**
   * Whether a label box is inside the area, off every node and clear of every arrow; `alone`:
   * also no arrow but its own (`own`) within that distance.
   */
  const isClear = (box: Box, own: number, alone = 0): boolean =>
    box.left >= 0 &&
    box.top >= 0 &&
    box.right <= area.width &&
    box.bottom <= area.height &&
    (raster.isFree(box) ||
      (!raster.isSurelyBlocked(box) &&
        !nodes.some((n) => boxesOverlap(n, box)) &&
        !crossed(grow(box, LINE_CLEARANCE)))) &&
    (alone === 0 || !crossed(grow(box, alone), own));

  /** Whether an arrow other than `own` passes within `reach` of the box. */
  const near = (box: Box, own: number, reach: number): boolean => crossed(grow(box, reach), own);

  return { isClear, near };
}

export type ObstacleIndex = ReturnType<typeof indexObstacles>;

/**
 * Every clear place for a label of these lines beside these spots (the middle of the curve
 * first), cheapest first; places that round to the same spot are listed once.
 */
export function labelCandidates(
  index: ObstacleIndex,
  arrow: { index: number; spots: readonly LabelSpot[] },
  lines: readonly string[],
): Candidate[] {
  const size = labelSize(lines);
  const found: Candidate[] = [];
  const known = new Set<number>();
  DISTANCES.forEach((d) =>
    arrow.spots.forEach((spot, s) => {
      for (const side of [1, -1] as const) {
        const box = besideBox(spot, size, side, d);
        const at = Math.round(box.left / 3) * 10_000 + Math.round(box.top / 3);
        if (known.has(at)) continue;
        known.add(at);
        const alone = d >= FAR ? d + LINE_CLEARANCE + FAR_MARGIN : 0;
        if (!index.isClear(box, arrow.index, alone)) continue;
        // Nearer another arrow than its own, a label is harder to read as its own arrow's.
        const unclear =
          alone === 0 && index.near(box, arrow.index, d + LINE_CLEARANCE + FAR_MARGIN);
        found.push({ box, cost: d + s * SPOT_COST + (unclear ? UNCLEAR_COST : 0) });
      }
    }),
  );
  return found.sort((a, b) => a.cost - b.cost);
}
