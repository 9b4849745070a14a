import { describe, expect, it } from 'vitest';
import { boxExit, edgeShape, loopShape } from './map-geometry.ts';
import { NODE_PLACES, NODE_SIZE } from './map-layout.ts';

const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('map geometry', () => {
  it('starts and ends a line just outside the node boxes', () => {
    const exit = boxExit({ x: 0, y: 0 }, { x: 1000, y: 10 });
    expect(exit.x).toBeCloseTo(NODE_SIZE.width / 2 + 6);
    const up = boxExit({ x: 0, y: 0 }, { x: 0, y: -500 });
    expect(up).toEqual({ x: 0, y: -(NODE_SIZE.height / 2 + 6) });
  });

  it('bends the two directions of a pair to opposite sides', () => {
    const { hub, edge } = NODE_PLACES;
    const there = edgeShape(hub, edge, 36).labelSpots[0]!;
    const back = edgeShape(edge, hub, 36).labelSpots[0]!;
    // Which side of the straight line from hub to edge a point is on.
    const side = (p: { x: number; y: number }) =>
      Math.sign((edge.x - hub.x) * (p.y - hub.y) - (edge.y - hub.y) * (p.x - hub.x));
    expect(side(there)).toBe(-side(back));
    expect(side(there)).not.toBe(0);
  });

  it('offers label spots along the curve, the middle first', () => {
    const shape = edgeShape({ x: 0, y: 0, loop: 'up' }, { x: 1000, y: 0, loop: 'up' }, 0);
    expect(shape.labelSpots[0]).toMatchObject({ x: 500, y: 0 });
    expect(shape.labelSpots.length).toBeGreaterThan(4);
  });

  it('draws a loop that leaves and re-enters the same side of the box', () => {
    for (const loop of ['up', 'down', 'left', 'right'] as const) {
      const [ax, ay, , , , , bx, by] = numbers(loopShape({ x: 0, y: 0, loop }).d);
      const outside = (x: number, y: number) =>
        Math.abs(x) > NODE_SIZE.width / 2 || Math.abs(y) > NODE_SIZE.height / 2;
      expect(outside(ax!, ay!) && outside(bx!, by!)).toBe(true);
    }
  });
});
