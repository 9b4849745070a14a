// The map's obstacles as a grid of small cells, each cell marked when a line (widened by a
// margin) or a box touches it, with a summed-area table over the marks: whether a box meets an
// obstacle is then four look-ups, whatever its size. The marks are off by less than a cell and a
// half step, so a box that meets no mark is free, and a box that still meets one when shrunk by
// that much surely is not; only the boxes in between need an exact test.
import type { Box } from './label-boxes.ts';
import type { Point } from './map-geometry.ts';

/** The side of a cell, in map units. */
const CELL = 4;
/** Samples along a line are this far apart at most. */
const STEP = 2;

export function obstacleRaster(
  area: { width: number; height: number },
  lines: readonly (readonly Point[])[],
  lineMargin: number,
  boxes: readonly Box[],
) {
  const columns = Math.ceil(area.width / CELL) + 1;
  const rows = Math.ceil(area.height / CELL) + 1;
  const marks = new Uint8Array(columns * rows);
  const column = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor(x / CELL)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(y / CELL)));
  const mark = (b: Box) => {
    for (let r = row(b.top); r <= row(b.bottom); r++)
      for (let c = column(b.left); c <= column(b.right); c++) marks[r * columns + c] = 1;
  };
  // Every point of a segment is within STEP / 2 of a sample: each sample marks a square that
  // covers the margin and that half step.
  const reach = lineMargin + STEP / 2;
  for (const points of lines)
    points.forEach((b, i) => {
      const a = points[i - 1];
      if (!a) return;
      const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / STEP));
      for (let k = 0; k <= n; k++) {
        const x = a.x + ((b.x - a.x) * k) / n;
        const y = a.y + ((b.y - a.y) * k) / n;
        mark({ left: x - reach, top: y - reach, right: x + reach, bottom: y + reach });
      }
    });
  boxes.forEach(mark);
  // sums[(r + 1) * (columns + 1) + (c + 1)]: the marks in rows 0..r and columns 0..c.
  const width = columns + 1;
  const sums = new Int32Array(width * (rows + 1));
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++)
      sums[(r + 1) * width + c + 1] =
        (marks[r * columns + c] ?? 0) +
        (sums[r * width + c + 1] ?? 0) +
        (sums[(r + 1) * width + c] ?? 0) -
        (sums[r * width + c] ?? 0);

  /** Whether the box meets no marked cell (so no widened line and no box). */
  const isFree = (b: Box): boolean => {
    const c0 = column(b.left);
    const c1 = column(b.right);
    const r0 = row(b.top);
    const r1 = row(b.bottom);
    const sum = (r: number, c: number) => sums[r * width + c] ?? 0;
    return sum(r1 + 1, c1 + 1) - sum(r0, c1 + 1) - sum(r1 + 1, c0) + sum(r0, c0) === 0;
  };
  /** Whether the box surely meets an obstacle: it meets a mark when shrunk by the error. */
  const isSurelyBlocked = (b: Box): boolean => {
    const error = CELL + STEP + 0.5;
    const inner = {
      left: b.left + error,
      top: b.top + error,
      right: b.right - error,
      bottom: b.bottom - error,
    };
    return inner.left <= inner.right && inner.top <= inner.bottom && !isFree(inner);
  };
  return { isFree, isSurelyBlocked };
}
