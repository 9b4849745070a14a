// Which port entries of a row answer a port query, and why. The reason is shown beside the row:
// "in the dynamic RPC range" is a different answer from "443 is listed".
import type { PortEntry } from '../catalog/schema.ts';
import type { PortQuery } from './filter-values.ts';

export type PortMatchReason =
  'exact' | 'in-range' | 'dynamic-rpc-range' | 'rpc-endpoint-mapper' | 'any-port';

export interface PortMatch {
  entry: PortEntry;
  reason: PortMatchReason;
}

/**
 * The default dynamic port range on Windows Server 2008 / 2008 R2, the versions Exchange 2010
 * runs on. The source only says "dynamic RPC"; this is the range those ports come from unless an
 * administrator has narrowed it (netsh int ipv4 set dynamicport).
 */
export const DYNAMIC_RPC_RANGE = { from: 49152, to: 65535 } as const;

/** The RPC endpoint mapper: the catalog's `rpc-epmap` entries carry no number, this is it. */
export const RPC_ENDPOINT_MAPPER_PORT = 135;

const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) =>
  a.from <= b.to && b.from <= a.to;

const protocolFits = (entry: PortEntry, query: PortQuery) =>
  // An entry whose protocol is unknown cannot be said to use the one asked for.
  query.protocol === null || entry.protocol === query.protocol;

const reasonFor = (entry: PortEntry, query: PortQuery): PortMatchReason | null => {
  switch (entry.kind) {
    case 'number': {
      if (entry.from === null || entry.to === null) return null;
      const range = { from: entry.from, to: entry.to };
      if (!overlaps(range, query)) return null;
      const single = range.from === range.to && query.from === query.to;
      return single ? 'exact' : 'in-range';
    }
    case 'dynamic-rpc':
      return overlaps(DYNAMIC_RPC_RANGE, query) ? 'dynamic-rpc-range' : null;
    case 'rpc-epmap':
      return query.from <= RPC_ENDPOINT_MAPPER_PORT && RPC_ENDPOINT_MAPPER_PORT <= query.to
        ? 'rpc-endpoint-mapper'
        : null;
    case 'any':
      return 'any-port';
    case 'dynamic':
    case 'unnumbered':
      // No range is given, so no number can be said to belong to them.
      return null;
  }
};

/** Every entry that answers the query, in the row's order; empty when the row does not match. */
export const matchPorts = (entries: PortEntry[], query: PortQuery): PortMatch[] =>
  entries.flatMap((entry) => {
    if (!protocolFits(entry, query)) return [];
    const reason = reasonFor(entry, query);
    return reason ? [{ entry, reason }] : [];
  });

/**
 * 135 alone opens nothing useful: the endpoint mapper hands out a dynamic port next. The UI uses
 * this to add "this path also needs the dynamic range" when a row matched on 135.
 */
export const needsDynamicRpc = (entries: PortEntry[]): boolean =>
  entries.some((entry) => entry.kind === 'dynamic-rpc');
