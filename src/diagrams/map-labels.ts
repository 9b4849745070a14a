// The labels of the role map, as the figure draws them and the tests check them: the ports of
// every edge the filters keep, with the encryption mark first, placed clear of every arrow. A
// label that finds no clear spot beside its arrow becomes a numbered mark there, and its ports
// are written in the list under the map.
import { placeLabels, type PlacedLabel } from './label-placement.ts';
import type { PairKey } from './pair-groups.ts';
import { isFaded, type MapEdge, type RoleMap } from './role-map.ts';

/** A label's lines: the encryption mark before the first. */
export const markedLines = (mark: string, lines: readonly string[]): string[] =>
  lines.map((line, i) => (i === 0 ? `${mark} ${line}` : line));

export interface MapLabel extends PlacedLabel {
  /** What is drawn: the ports, or the number of the note under the map (as "[3]"). */
  lines: string[];
  /** The number of the note that writes the ports, when they did not fit on the map. */
  note?: number;
}

/** Rounds that turn the crowded labels into numbered notes. */
const NOTE_ROUNDS = 6;

/**
 * Where each kept edge's label goes. Loops have fewer spots and go first, then the longest
 * labels, which are hardest to fit. Every arrow is an obstacle, faded ones too: they are drawn.
 * The labels still crowded after a round become notes, numbered in the edges' keyboard order.
 */
export function placeMapLabels(
  map: RoleMap,
  linesOf: (edge: MapEdge) => string[],
): Map<PairKey, MapLabel> {
  const kept = map.edges.filter((edge) => !isFaded(edge, map));
  const full = new Map(kept.map((edge) => [edge.key, linesOf(edge)]));
  const obstacles = {
    arrows: map.edges.map((edge) => edge.shape.points),
    nodes: map.nodes.map((node) => node.place),
  };
  const noted = new Set<PairKey>();
  const round = () => {
    const numbers = new Map(kept.filter((e) => noted.has(e.key)).map((e, i) => [e.key, i + 1]));
    const linesFor = (key: PairKey) =>
      numbers.has(key) ? [`[${numbers.get(key)}]`] : (full.get(key) ?? []);
    const wanted = kept
      .map((edge) => ({ key: edge.key, spots: edge.shape.labelSpots, lines: linesFor(edge.key) }))
      .sort(
        (a, b) =>
          Number(noted.has(a.key)) - Number(noted.has(b.key)) ||
          a.spots.length - b.spots.length ||
          b.lines.length - a.lines.length,
      );
    const placed = placeLabels(wanted, obstacles);
    return new Map(
      kept.flatMap((edge): [PairKey, MapLabel][] => {
        const place = placed.get(edge.key);
        return place
          ? [[edge.key, { ...place, lines: linesFor(edge.key), note: numbers.get(edge.key) }]]
          : [];
      }),
    );
  };
  const crowdedIn = (labels: Map<PairKey, MapLabel>) =>
    [...labels].filter(([, l]) => !l.clear).map(([key]) => key);
  let result = round();
  for (let i = 0; i < NOTE_ROUNDS && crowdedIn(result).length > 0; i++) {
    for (const key of crowdedIn(result)) noted.add(key);
    result = round();
  }
  // Then each note in turn goes back on the map if every label stays clear with it there.
  for (const key of [...noted]) {
    noted.delete(key);
    const tried = round();
    if (crowdedIn(tried).length === 0) result = tried;
    else noted.add(key);
  }
  // The numbers follow the notes left.
  return crowdedIn(result).length === 0 ? round() : result;
}
