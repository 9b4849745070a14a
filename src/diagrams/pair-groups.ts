// Data paths grouped by their two ends: a matrix cell and a map edge are both such a group, and
// the ports they show are the port plan of the group's paths (plan/port-plan.ts).
import type { DataPath, EndpointId, FirewallRule } from '../catalog/schema.ts';
import { encryptionClassOf } from '../filters/encryption-match.ts';
import type { EncryptionClass } from '../filters/filter-values.ts';
import type { Environment } from '../plan/environment.ts';
import { buildPlan, type Plan, type PlanQuery } from '../plan/port-plan.ts';

/** "mailbox>ad": the key of a source → destination pair. */
export type PairKey = `${EndpointId}>${EndpointId}`;

export const pairKey = (from: EndpointId, to: EndpointId): PairKey => `${from}>${to}`;

/** Paths by pair, in the order their first path appears in the catalog. */
export function groupByPair(paths: readonly DataPath[]): Map<PairKey, DataPath[]> {
  const groups = new Map<PairKey, DataPath[]>();
  for (const p of paths) {
    const key = pairKey(p.from, p.to);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return groups;
}

const WEAKEST_FIRST: EncryptionClass[] = ['none', 'optional', 'default'];

/** A group is only as encrypted as its weakest path. */
export function weakestEncryption(paths: readonly DataPath[]): EncryptionClass {
  const classes = paths.map((p) => encryptionClassOf(p.encryption));
  return WEAKEST_FIRST.find((c) => classes.includes(c)) ?? 'default';
}

/** What a plan needs besides the paths: Setup's rules and the administrator's environment. */
export interface Planning {
  rules: readonly FirewallRule[];
  env: Environment;
}

/**
 * Every connection of the paths, whichever end connects: a group is keyed by its paths' `from`
 * and `to`, and a port the cell marks OUT (or both ways) is one the `to` end connects out on.
 */
const EVERY_CONNECTION: PlanQuery = { kind: 'pair', from: null, to: null };

/** The plan of a group's paths: what a firewall between its two ends must open, both ways. */
export const pairPlan = (paths: readonly DataPath[], planning: Planning): Plan =>
  buildPlan(paths, planning.rules, EVERY_CONNECTION, planning.env);
