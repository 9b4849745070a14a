// The labels of the role map, as the figure draws them and the tests check them: the ports of
// every edge the filters keep, with the encryption mark first, placed clear of every arrow. A
// label may be wrapped narrower or wider to fit. A label that finds no clear spot beside its
// arrow becomes a numbered mark there, and its ports are written in the list under the map.
// The same map and texts give the same labels, so the result is kept for when they come again.
import { LABEL_FONT_SIZE, LABEL_PAD, labelSize, type Box } from './label-boxes.ts';
import {
  indexObstacles,
  labelCandidates,
  type Candidate,
  type ObstacleIndex,
} from './label-candidates.ts';
import { assignLabels } from './label-placement.ts';
import { MAP_SIZE } from './map-layout.ts';
import type { PairKey } from './pair-groups.ts';
import { isFaded, type MapEdge, type RoleMap } from './role-map.ts';

/** A label's lines: the encryption mark before the first. */
export const markedLines = (mark: string, lines: readonly string[]): string[] =>
  lines.map((line, i) => (i === 0 ? `${mark} ${line}` : line));

/** The widths in columns a label may be wrapped at, the usual one first. */
export const LABEL_WIDTHS = [28, 40, 20, 14, 24, 34] as const;
/** What a wrapping other than the usual one costs, against a unit of distance from the arrow. */
const OTHER_WIDTH_COST = 12;

export interface MapLabel {
  /** The start of the first line's baseline (SVG text x, y; text-anchor start). */
  x: number;
  y: number;
  box: Box;
  /** False when every spot collided and the least bad one was taken. */
  clear: boolean;
  /** What is drawn: the ports, or the number of the note under the map (as "[3]"). */
  lines: string[];
  /** The number of the note that writes the ports, when they did not fit on the map. */
  note?: number;
}

interface Choice extends Candidate {
  lines: string[];
}

/** The obstacles of one drawing, and the clear places found so far for each label text. */
interface Drawing {
  /** The arrows' keys, in the index's order. */
  arrows: PairKey[];
  index: ObstacleIndex;
  places: Map<string, Candidate[]>;
  results: Map<string, Map<PairKey, MapLabel>>;
}
const drawings = new Map<string, Drawing>();
/** Label sets kept per drawing: every filter a person tries in a session, in both languages. */
const KEPT_RESULTS = 64;

function drawingOf(map: RoleMap): Drawing {
  // The arrows' paths and the nodes' places say everything about the obstacles.
  const signature = [
    ...map.edges.map((e) => e.shape.d),
    ...map.nodes.map((n) => `${n.place.x},${n.place.y}`),
  ].join(';');
  let drawing = drawings.get(signature);
  if (!drawing) {
    drawing = {
      arrows: map.edges.map((edge) => edge.key),
      index: indexObstacles({
        arrows: map.edges.map((edge) => edge.shape.points),
        nodes: map.nodes.map((node) => node.place),
        area: MAP_SIZE,
      }),
      places: new Map(),
      results: new Map(),
    };
    drawings.clear();
    drawings.set(signature, drawing);
  }
  return drawing;
}

/** The clear places of a label of these lines beside the edge's arrow. */
function placesOf(drawing: Drawing, edge: MapEdge, lines: string[]): Candidate[] {
  const key = `${edge.key}\n${lines.join('\n')}`;
  let places = drawing.places.get(key);
  if (!places) {
    const arrow = { index: drawing.arrows.indexOf(edge.key), spots: edge.shape.labelSpots };
    places = labelCandidates(drawing.index, arrow, lines);
    drawing.places.set(key, places);
  }
  return places;
}

const labelAt = (choice: Choice, clear: boolean, note?: number): MapLabel => ({
  x: Math.round((choice.box.left + LABEL_PAD) * 10) / 10,
  y: Math.round((choice.box.top + LABEL_PAD + LABEL_FONT_SIZE * 0.8) * 10) / 10,
  box: choice.box,
  clear,
  lines: choice.lines,
  note,
});

/**
 * Where each kept edge's label goes, and in which wrapping (`linesOf` wraps at a width in
 * columns). Every arrow is an obstacle, faded ones too: they are drawn. The labels with no room
 * become notes, numbered in the edges' keyboard order, whose numbers are placed the same way.
 */
export function placeMapLabels(
  map: RoleMap,
  linesOf: (edge: MapEdge, width: number) => string[],
): Map<PairKey, MapLabel> {
  const drawing = drawingOf(map);
  const kept = map.edges.filter((edge) => !isFaded(edge, map));
  const wrapped = kept.map((edge) => {
    const all = LABEL_WIDTHS.map((width) => linesOf(edge, width));
    const texts = all.map((lines) => lines.join('\n'));
    return { edge, wrappings: all.filter((_, i) => texts.indexOf(texts[i] ?? '') === i) };
  });
  const resultKey = JSON.stringify(wrapped.map(({ edge, wrappings }) => [edge.key, wrappings]));
  const known = drawing.results.get(resultKey);
  if (known) return known;

  const labels = wrapped.map(({ edge, wrappings }) => ({
    key: edge.key,
    choices: wrappings
      .flatMap((lines, w) =>
        placesOf(drawing, edge, lines).map((c): Choice => ({
          ...c,
          cost: c.cost + w * OTHER_WIDTH_COST,
          lines,
        })),
      )
      .sort((a, b) => a.cost - b.cost),
  }));
  const placed = assignLabels(labels);
  const numbers = new Map(
    kept.filter((edge) => !placed.has(edge.key)).map((edge, i) => [edge.key, i + 1]),
  );
  const marks = kept
    .filter((edge) => numbers.has(edge.key))
    .map((edge) => {
      const lines = [`[${numbers.get(edge.key)}]`];
      return {
        key: edge.key,
        choices: placesOf(drawing, edge, lines).map((c): Choice => ({ ...c, lines })),
        lines,
      };
    });
  const markPlaces = assignLabels(
    marks,
    [...placed.values()].map((c) => c.box),
  );
  const result = new Map<PairKey, MapLabel>();
  for (const edge of kept) {
    const full = placed.get(edge.key);
    const mark = markPlaces.get(edge.key);
    if (full) result.set(edge.key, labelAt(full, true));
    else if (mark) result.set(edge.key, labelAt(mark, true, numbers.get(edge.key)));
    else {
      // No clear place even for a number: the middle of the arrow, marked as not clear.
      const lines = [`[${numbers.get(edge.key)}]`];
      const spot = edge.shape.labelSpots[0] ?? { x: 0, y: 0 };
      const { width, height } = labelSize(lines);
      const box = { left: spot.x, top: spot.y, right: spot.x + width, bottom: spot.y + height };
      result.set(edge.key, labelAt({ box, cost: 0, lines }, false, numbers.get(edge.key)));
    }
  }
  const oldest = drawing.results.keys().next().value;
  if (drawing.results.size >= KEPT_RESULTS && oldest !== undefined) drawing.results.delete(oldest);
  drawing.results.set(resultKey, result);
  return result;
}
