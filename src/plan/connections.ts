// Who listens and who connects, entry by entry. A data path runs from `from` to `to`, and `to` is
// the end that listens, except for a port the cell marks OUT (the Office Communications Server
// row lists "5075-5077/TCP (IN)、5061/TCP (OUT)" relative to its `to` end, the CAS): there the
// `to` end connects out and `from` listens; and a port marked `both` (SIP and RTP between a UM
// server and an IP gateway), where each end listens and connects.
import type { DataPath, EndpointId, PortEntry } from '../catalog/schema.ts';

export interface Connection {
  path: DataPath;
  entry: PortEntry;
  /** The end that connects. */
  initiator: EndpointId;
  /** The end that listens on the entry's port. */
  listener: EndpointId;
}

export function connectionsOf(path: DataPath, entry: PortEntry): Connection[] {
  const make = (initiator: EndpointId, listener: EndpointId) => ({
    path,
    entry,
    initiator,
    listener,
  });
  if (entry.direction === 'out') return [make(path.to, path.from)];
  const forward = make(path.from, path.to);
  if (entry.direction !== 'both' || path.from === path.to) return [forward];
  return [forward, make(path.to, path.from)];
}

/** Every connection of the paths, in their order and the order of their cells. */
export const connectionsOfPaths = (paths: readonly DataPath[]): Connection[] =>
  paths.flatMap((path) => path.ports.flatMap((entry) => connectionsOf(path, entry)));
