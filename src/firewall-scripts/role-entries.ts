// Which port entries a role's script covers. A data path runs from `from` to `to`, and `to` is
// the end that listens, except for a port the cell marks OUT (the Office Communications Server
// row lists "5075-5077/TCP (IN)、5061/TCP (OUT)" relative to its `to` end, the CAS): there the
// `to` end connects out and `from` listens; and a port marked `both` (SIP and RTP between a UM
// server and an IP gateway), where each end listens and connects. So:
//   in  = entries whose listener is the role
//   out = entries the role connects from
// A path between two servers of one role (hub to hub) is in both.
import type { Catalog, DataPath, EndpointId, PortEntry, RoleId } from '../catalog/schema.ts';
import { connectionsOf } from '../plan/connections.ts';

export type ScriptDirection = 'in' | 'out';

export interface RoleEntry {
  row: DataPath;
  entry: PortEntry;
  /** The other end: who connects in (in), or where the role connects to (out). */
  peer: EndpointId;
}

/** In catalog order, and within a row in the order of its cell. */
export function roleEntries(catalog: Catalog, role: RoleId, dir: ScriptDirection): RoleEntry[] {
  return catalog.dataPaths.flatMap((row) =>
    row.ports.flatMap((entry) =>
      connectionsOf(row, entry).flatMap(({ listener, initiator }) => {
        const [end, peer] = dir === 'in' ? [listener, initiator] : [initiator, listener];
        return end === role ? [{ row, entry, peer }] : [];
      }),
    ),
  );
}

/** The entries grouped by row, rows in catalog order. */
export function byRow(entries: RoleEntry[]): { row: DataPath; entries: RoleEntry[] }[] {
  const groups = new Map<string, { row: DataPath; entries: RoleEntry[] }>();
  for (const e of entries) {
    const group = groups.get(e.row.id) ?? { row: e.row, entries: [] };
    group.entries.push(e);
    groups.set(e.row.id, group);
  }
  return [...groups.values()];
}
