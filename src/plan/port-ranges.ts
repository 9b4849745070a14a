import type { PlanPort } from './plan-types.ts';

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Two plain numbered ports whose ranges touch or overlap (5075 and 5076): one range. */
const touches = (a: PlanPort, b: PlanPort): boolean =>
  a.opening.kind === 'number' &&
  b.opening.kind === 'number' &&
  a.opening.setting === null &&
  b.opening.setting === null &&
  b.opening.from <= a.opening.to + 1;

const order = (port: PlanPort): number =>
  port.opening.kind === 'number' ? port.opening.from : port.opening.kind === 'rpc' ? 135 : 70000;

/**
 * Merges adjacent and overlapping numbered ports (5075, 5076, 5077 → 5075-5077), keeping every
 * service, path and mark of the parts; a port that is an environment setting stays apart.
 */
export function mergeRanges(ports: readonly PlanPort[]): PlanPort[] {
  const sorted = [...ports].sort((a, b) => order(a) - order(b));
  const merged: PlanPort[] = [];
  for (const port of sorted) {
    const last = merged.at(-1);
    if (
      last &&
      touches(last, port) &&
      last.opening.kind === 'number' &&
      port.opening.kind === 'number'
    ) {
      merged[merged.length - 1] = {
        opening: { ...last.opening, to: Math.max(last.opening.to, port.opening.to) },
        services: unique([...last.services, ...port.services]),
        pathIds: unique([...last.pathIds, ...port.pathIds]),
        fromNote: last.fromNote || port.fromNote,
        inferred: last.inferred || port.inferred,
      };
    } else {
      merged.push(port);
    }
  }
  return merged;
}
