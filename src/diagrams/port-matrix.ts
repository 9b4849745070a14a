// The port matrix: source endpoints by destination endpoints, each cell the paths between them
// and their port plan (what a firewall between the two must open, both ways).
import type { DataPath, EndpointId } from '../catalog/schema.ts';
import { ENDPOINT_IDS } from '../catalog/ids.ts';
import { isUnsupportedFirewallRow } from '../catalog/support-statement.ts';
import type { EncryptionClass } from '../filters/filter-values.ts';
import type { Plan } from '../plan/plan-types.ts';
import { groupByPair, pairKey, pairPlan, weakestEncryption, type Planning } from './pair-groups.ts';

export interface MatrixCell {
  /** The paths whose `from` and `to` are the cell's row and column. */
  paths: DataPath[];
  /** Their plan: every connection of those paths, whichever end connects. */
  plan: Plan;
  /** The weakest default encryption among the cell's paths. */
  encryption: EncryptionClass;
  /** The source says a firewall is not supported on one of its paths (⊘). */
  unsupported: boolean;
}

export interface PortMatrix {
  sources: EndpointId[];
  targets: EndpointId[];
  cell: (from: EndpointId, to: EndpointId) => MatrixCell | undefined;
}

/** Rows and columns are the endpoints that occur, in the schema's order (roles first). */
export function buildMatrix(paths: readonly DataPath[], planning: Planning): PortMatrix {
  const cells = new Map(
    [...groupByPair(paths)].map(([key, list]): [string, MatrixCell] => {
      return [
        key,
        {
          paths: list,
          plan: pairPlan(list, planning),
          encryption: weakestEncryption(list),
          unsupported: list.some(isUnsupportedFirewallRow),
        },
      ];
    }),
  );
  const used = (end: 'from' | 'to') =>
    ENDPOINT_IDS.filter((id) => paths.some((p) => p[end] === id));
  return {
    sources: used('from'),
    targets: used('to'),
    cell: (from, to) => cells.get(pairKey(from, to)),
  };
}
