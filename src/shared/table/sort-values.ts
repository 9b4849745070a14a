// Sort keys for the explorer's columns: plain values the sort function can compare.
import type { PortEntry } from '../../catalog/schema.ts';

/** The lowest numbered port of a row; undefined (sorted last) for only dynamic or named ports. */
export function lowestPort(ports: PortEntry[]): number | undefined {
  const numbers = ports.flatMap((p) => (p.from === null ? [] : [p.from]));
  return numbers.length ? Math.min(...numbers) : undefined;
}

// The same order as localeCompare with these locales and options, from one collator:
// localeCompare with arguments builds one per comparison, which a 5,500-row sort feels.
const TEXT_ORDER = new Intl.Collator(['ja', 'en'], { numeric: true });

export function compareSortValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return TEXT_ORDER.compare(String(a), String(b));
}

/** Sorts rows by their column value (the accessor returns a number or a string). */
export function sortByValue<TRow extends { getValue: (id: string) => unknown }>(
  a: TRow,
  b: TRow,
  id: string,
): number {
  return compareSortValues(a.getValue(id), b.getValue(id));
}
