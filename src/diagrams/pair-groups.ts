// Data paths grouped by their two ends: a matrix cell and a map edge are both such a group.
import type { DataPath, EndpointId, PortEntry } from '../catalog/schema.ts';
import { encryptionClassOf } from '../filters/encryption-match.ts';
import type { EncryptionClass } from '../filters/filter-values.ts';

/** "mailbox>ad": the key of a source → destination pair. */
export type PairKey = `${EndpointId}>${EndpointId}`;

export const pairKey = (from: EndpointId, to: EndpointId): PairKey => `${from}>${to}`;

/** Paths by pair, in the order their first path appears in the catalog. */
export function groupByPair(paths: DataPath[]): Map<PairKey, DataPath[]> {
  const groups = new Map<PairKey, DataPath[]>();
  for (const p of paths) {
    const key = pairKey(p.from, p.to);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return groups;
}

/** Ports of several paths, each once ("TCP 135" from ten RPC paths is one entry). */
export function distinctPorts(paths: DataPath[]): PortEntry[] {
  const seen = new Map<string, PortEntry>();
  for (const p of paths.flatMap((path) => path.ports)) {
    const key = `${p.kind}|${p.protocol}|${p.from}|${p.to}|${p.direction ?? ''}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

const WEAKEST_FIRST: EncryptionClass[] = ['none', 'optional', 'default'];

/** A group is only as encrypted as its weakest path. */
export function weakestEncryption(paths: DataPath[]): EncryptionClass {
  const classes = paths.map((p) => encryptionClassOf(p.encryption));
  return WEAKEST_FIRST.find((c) => classes.includes(c)) ?? 'default';
}
