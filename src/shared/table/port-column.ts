import type { PortEntry } from '../../catalog/schema.ts';
import { lowestPort, sortByValue } from './sort-values.ts';

/** The port column of either table: sorted by its lowest port, rows without one last. */
export function portColumnOptions() {
  return { id: 'port', sortFn: sortByValue, sortUndefined: 'last' as const };
}

export const portSortValue = (row: { ports: PortEntry[] }) => lowestPort(row.ports);
