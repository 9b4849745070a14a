// The comment text of a firewall script (header, and each data path with its remarks), the same
// for PowerShell and netsh. Plain lines; the writer adds `#` or `rem`.
import type { Catalog, DataPath, EndpointId } from '../catalog/schema.ts';
import type { FirewallPlan, PlannedRow } from './firewall-plan.ts';
import type { ScriptDirection } from './role-entries.ts';
import {
  endpointName,
  readingLines,
  remarkLines,
  rowLines,
  sourceLines,
  statementLines,
  TOOL,
  environmentLines,
} from './script-text.ts';
import type { Environment } from '../plan/environment.ts';

export const ruleCount = (plan: FirewallPlan) =>
  plan.rows.flatMap((r) => r.items).filter((i) => i.kind === 'rule').length;

export const ruleDescription = (rowId: string, peer: EndpointId, dir: ScriptDirection) =>
  `${TOOL}: data path ${rowId} (${dir === 'in' ? 'from' : 'to'} ${peer})`;

export function planHeader(catalog: Catalog, plan: FirewallPlan, kind: string): string[] {
  const role = endpointName(catalog, plan.role);
  const remarks = plan.rows.flatMap((r) => r.items).length - ruleCount(plan);
  return [
    `${TOOL}: Windows Firewall rules (${kind}) for the ${role}, ${plan.dir === 'in' ? 'inbound' : 'outbound'}.`,
    plan.dir === 'in'
      ? `Inbound: the data paths whose destination is ${plan.role} (the ports it listens on).`
      : `Outbound: the data paths whose source is ${plan.role} (where it connects to).`,
    ...sourceLines(catalog),
    `${plan.rows.length} data paths, ${ruleCount(plan)} rules, ${remarks} ports without a rule (see the comments).`,
    '',
    ...environmentLines(plan.env),
    ...statementLines(catalog),
    'Marks: § a value a note gives, ≈ a value inferred (with the reason); neither is in the table cell.',
    '',
    'Safe to run twice: each rule is first removed by its display name, then created again.',
  ];
}

export function planRowLines(
  catalog: Catalog,
  row: DataPath,
  { items, otherWay }: Pick<PlannedRow, 'items' | 'otherWay'>,
  dir: ScriptDirection,
  env: Environment,
): string[] {
  return [
    ...rowLines(row),
    ...readingLines(
      row,
      items.map((i) => i.entry),
    ),
    ...otherWay.map(
      (p) =>
        `  「${p.text}」 goes the other way: it is in the ${dir === 'in' ? 'outbound' : 'inbound'} script.`,
    ),
    ...items.flatMap((item) =>
      item.kind === 'remark' ? remarkLines(item, endpointName(catalog, item.peer), env) : [],
    ),
  ];
}
