// What a role's firewall script says, before it is written as PowerShell or netsh: one rule per
// port entry that Windows Firewall can express, and a remark (a comment quoting the source) for
// every entry it cannot. Nothing here is invented: each rule and remark comes from one entry.
//
// Inbound, the `RPC` and `RPCEPMap` local-port keywords stand for the dynamic RPC ports and the
// endpoint mapper: Windows Firewall then opens only the ports the endpoint mapper hands out
// (New-NetFirewallRule -LocalPort RPC / RPCEPMap; netsh localport=RPC / RPC-EPMap). They exist
// for inbound TCP rules only.
//
// Outbound dynamic RPC has no keyword: a remote port keyword does not exist, and the catalog
// gives no range (note firewall-note-3 says the endpoint mapper, 135/TCP, hands the port out;
// cas-note-2 that the ports "are determined by the RPC service and aren't fixed"). Rather than
// open a wide range the source never states, the script says so in a comment: Windows Firewall
// allows outbound traffic unless told otherwise, and where outbound is blocked the destination's
// dynamic range is needed (49152-65535 by default on Windows Server 2008 / 2008 R2; that default
// is Windows', not the source's).
import type { Catalog, DataPath, EndpointId, PortEntry, RoleId } from '../catalog/schema.ts';
import { RPC_ENDPOINT_MAPPER_PORT } from '../filters/port-match.ts';
import { rangeText } from '../filters/port-query.ts';
import { byRow, roleEntries, type RoleEntry, type ScriptDirection } from './role-entries.ts';
import { DEFAULT_ENVIRONMENT, dagPortOf, type Environment } from '../plan/environment.ts';
import { isDagPortEntry } from '../plan/port-plan.ts';

export interface PlannedRule {
  kind: 'rule';
  /** "Exchange 2010 cas-owa TCP 443 in": the row id says where the rule came from. */
  name: string;
  protocol: 'TCP' | 'UDP';
  /** A port, a range "5075-5077", or a keyword: "RPC", "RPCEPMap". */
  port: string;
  entry: PortEntry;
  /** The other end: who connects in, or where the role connects to. */
  peer: EndpointId;
}

export type RemarkReason = 'dynamic' | 'unnumbered' | 'any' | 'outbound-dynamic-rpc';

export interface PlannedRemark {
  kind: 'remark';
  reason: RemarkReason;
  entry: PortEntry;
  peer: EndpointId;
}

export interface PlannedRow {
  row: DataPath;
  items: (PlannedRule | PlannedRemark)[];
  /** Entries of the row that go the other way (a port the cell marks IN or OUT). */
  otherWay: PortEntry[];
}

export interface FirewallPlan {
  role: RoleId;
  dir: ScriptDirection;
  /** The administrator's ports: the DAG port replaces 64327, the RPC range is named. */
  env: Environment;
  rows: PlannedRow[];
}

export const RULE_PREFIX = 'Exchange 2010';

const ruleName = (row: DataPath, protocol: string, port: string, dir: ScriptDirection) =>
  `${RULE_PREFIX} ${row.id} ${protocol} ${port} ${dir}`;

const REMARKS: readonly string[] = ['dynamic', 'unnumbered', 'any', 'outbound-dynamic-rpc'];
const isRemark = (port: string): port is RemarkReason => REMARKS.includes(port);

/** The port a rule names, or why the entry becomes a remark. */
function portOf(entry: PortEntry, dir: ScriptDirection): string | RemarkReason {
  switch (entry.kind) {
    case 'number':
      return rangeText(entry);
    case 'rpc-epmap':
      return dir === 'in' ? 'RPCEPMap' : `${RPC_ENDPOINT_MAPPER_PORT}`;
    case 'dynamic-rpc':
      return dir === 'in' ? 'RPC' : 'outbound-dynamic-rpc';
    case 'dynamic':
    case 'unnumbered':
    case 'any':
      return entry.kind;
  }
}

function planEntry(
  { row, entry, peer }: RoleEntry,
  dir: ScriptDirection,
  env: Environment,
): PlannedRule | PlannedRemark {
  const port = isDagPortEntry(row, entry) ? `${dagPortOf(env)}` : portOf(entry, dir);
  if (isRemark(port)) return { kind: 'remark', reason: port, entry, peer };
  // RPC is TCP (the catalog's RPC entries say so); a numbered entry always has its protocol.
  const p = entry.protocol === 'udp' ? 'UDP' : 'TCP';
  return { kind: 'rule', name: ruleName(row, p, port, dir), protocol: p, port, entry, peer };
}

export function firewallPlan(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  env: Environment = DEFAULT_ENVIRONMENT,
): FirewallPlan {
  const seen = new Set<string>();
  const rows = byRow(roleEntries(catalog, role, dir)).map(({ row, entries }) => ({
    row,
    otherWay: row.ports.filter((p) => !entries.some((e) => e.entry === p)),
    // Two entries of one row that make the same rule (the same port read twice) make it once.
    items: entries
      .map((e) => planEntry(e, dir, env))
      .filter((item) => item.kind === 'remark' || (!seen.has(item.name) && seen.add(item.name))),
  }));
  return { role, dir, env, rows };
}
