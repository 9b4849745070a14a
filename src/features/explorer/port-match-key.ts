import type { PortEntry } from '../../catalog/schema.ts';
import type { PortQuery } from '../../filters/filter-values.ts';
import { matchPorts } from '../../filters/port-match.ts';

/**
 * What a port query changes in a row's port chips: which entries match and why. Rows whose key
 * stays the same between keystrokes ("4" -> "44", neither matching) need no re-render.
 */
export function portMatchKey(ports: PortEntry[], query: PortQuery | null): string {
  if (!query) return '';
  return matchPorts(ports, query)
    .map((m) => `${ports.indexOf(m.entry)}:${m.reason}`)
    .join(',');
}
