import type { PortEntry } from '../../catalog/schema.ts';
import type { PortQuery } from '../../filters/explorer-state.ts';
import { matchPorts } from '../../filters/port-match.ts';
import { lowestPort, sortByValue } from './sort-values.ts';

/** The port column of either table: sorted by lowest port, filtered with range-aware matching. */
export function portColumnOptions() {
  return {
    id: 'port',
    sortFn: sortByValue,
    sortUndefined: 'last' as const,
    filterFn: (row: { original: { ports: PortEntry[] } }, _id: string, query: PortQuery) =>
      matchPorts(row.original.ports, query).length > 0,
  };
}

export const portSortValue = (row: { ports: PortEntry[] }) => lowestPort(row.ports);
