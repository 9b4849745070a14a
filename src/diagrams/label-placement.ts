// Which of its clear places (label-candidates.ts) each label takes, so that no two overlap and as
// many labels as possible are written on the map. Greedy, the labels with the fewest places
// first, each taking its cheapest free place; then each label left out tries again, moving up to
// two placed labels that stand in its way to other free places of theirs. Deterministic.
import { boxesOverlap, grow, type Box } from './label-boxes.ts';

/** A label's possible places, cheapest first. */
export interface LabelOptions<C extends { box: Box }> {
  key: string;
  choices: C[];
}

/** Space kept between two labels. */
const LABEL_GAP = 4;
/** Rounds of the repair. */
const REPAIR_ROUNDS = 3;
/** A label left out moves at most this many placed labels to make room. */
const MOST_MOVED = 2;

interface Option<C> {
  choice: C;
  room: Box;
}

/**
 * The place of each label that found one, by key. `fixed` boxes (labels placed before) are kept
 * clear of too.
 */
export function assignLabels<C extends { box: Box }>(
  labels: readonly LabelOptions<C>[],
  fixed: readonly Box[] = [],
): Map<string, C> {
  const pad = LABEL_GAP / 2;
  const options = new Map(
    labels.map((l) => [
      l.key,
      l.choices.map((choice) => ({ choice, room: grow(choice.box, pad) })),
    ]),
  );
  const fixedRooms = fixed.map((b) => grow(b, pad));
  const order = [...labels].sort((a, b) => a.choices.length - b.choices.length).map((l) => l.key);
  const placed = new Map<string, Option<C>>();
  const blocked = (room: Box, except?: ReadonlySet<string>) =>
    fixedRooms.some((f) => boxesOverlap(f, room)) ||
    [...placed].some(([key, o]) => !except?.has(key) && boxesOverlap(o.room, room));

  for (const key of order) {
    const free = (options.get(key) ?? []).find((o) => !blocked(o.room));
    if (free) placed.set(key, free);
  }

  for (let round = 0; round < REPAIR_ROUNDS; round++) {
    let moved = false;
    for (const key of order) {
      if (placed.has(key)) continue;
      const made = makeRoom(key, placed, options, fixedRooms, blocked);
      if (made) {
        for (const [k, o] of made) placed.set(k, o);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map([...placed].map(([key, o]) => [key, o.choice]));
}

/**
 * A place for a label left out, found by moving the placed labels in its way (at most
 * MOST_MOVED) to free places of theirs: the label and the moved ones with their new places.
 */
function makeRoom<C>(
  label: string,
  placed: Map<string, Option<C>>,
  options: Map<string, Option<C>[]>,
  fixedRooms: Box[],
  blocked: (room: Box, except?: ReadonlySet<string>) => boolean,
): [string, Option<C>][] | undefined {
  // Each placed label's places that stay clear of everything but itself, found when first asked.
  const freeOf = new Map<string, Option<C>[]>();
  const free = (key: string) => {
    let list = freeOf.get(key);
    if (!list) {
      const self = new Set([key]);
      list = (options.get(key) ?? []).filter((o) => !blocked(o.room, self));
      freeOf.set(key, list);
    }
    return list;
  };
  for (const option of options.get(label) ?? []) {
    if (fixedRooms.some((f) => boxesOverlap(f, option.room))) continue;
    const inWay = [...placed].filter(([, o]) => boxesOverlap(o.room, option.room));
    if (inWay.length === 0) return [[label, option]];
    if (inWay.length > MOST_MOVED) continue;
    const moves: [string, Option<C>][] = [];
    for (const [key] of inWay) {
      const next = free(key).find(
        (o) =>
          !boxesOverlap(o.room, option.room) &&
          moves.every(([, m]) => !boxesOverlap(m.room, o.room)),
      );
      if (!next) break;
      moves.push([key, next]);
    }
    if (moves.length === inWay.length) return [[label, option], ...moves];
  }
  return undefined;
}
