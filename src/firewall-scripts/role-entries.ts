// Which port entries a role's script covers. A data path runs from `from` to `to`, and `to` is
// the end that listens, except for a port the cell marks OUT (the Office Communications Server
// row lists "5075-5077/TCP (IN)、5061/TCP (OUT)" relative to its `to` end, the CAS): there the
// `to` end connects out and `from` listens. So:
//   in  = entries whose listener is the role (the row's `to`, or `from` for an OUT entry)
//   out = entries the role connects from (the row's `from`, or `to` for an OUT entry)
// A path between two servers of one role (hub to hub) is in both.
import type { Catalog, DataPath, EndpointId, PortEntry, RoleId } from '../catalog/schema.ts';

export type ScriptDirection = 'in' | 'out';

export interface RoleEntry {
  row: DataPath;
  entry: PortEntry;
  /** The other end: who connects in (in), or where the role connects to (out). */
  peer: EndpointId;
}

export const listenerOf = (row: DataPath, entry: PortEntry): EndpointId =>
  entry.direction === 'out' ? row.from : row.to;

export const initiatorOf = (row: DataPath, entry: PortEntry): EndpointId =>
  entry.direction === 'out' ? row.to : row.from;

/** The other end of an entry, seen from the role: who connects in, or where it connects to. */
export const peerOf = (row: DataPath, entry: PortEntry, dir: ScriptDirection): EndpointId =>
  dir === 'in' ? initiatorOf(row, entry) : listenerOf(row, entry);

/** In catalog order, and within a row in the order of its cell. */
export function roleEntries(catalog: Catalog, role: RoleId, dir: ScriptDirection): RoleEntry[] {
  return catalog.dataPaths.flatMap((row) =>
    row.ports.flatMap((entry) => {
      const end = dir === 'in' ? listenerOf(row, entry) : initiatorOf(row, entry);
      return end === role ? [{ row, entry, peer: peerOf(row, entry, dir) }] : [];
    }),
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
