// The Windows Firewall rules for one role and direction, rendered from the port plan (never from
// raw rows): the plan's entries are the distinct openings, and each becomes the rules Windows
// Firewall needs to express it, scoped to the entry's peers.
//
//   numbered ports       → one rule per entry: TCP 25, 50636 from hub (its ports as one list)
//   RPC, inbound         → the endpoint mapper once (RPCEPMap, svchost.exe / RpcSs, every peer
//                          of every RPC entry), and the dynamic ports once per program that
//                          Setup's rules tie them to on this role (RPC keyword + -Program):
//                          Windows Firewall takes one program per rule. The source links Setup's
//                          rules to ports, never to data paths, so the programs are the role's.
//   RPC, outbound        → one rule per entry: TCP 135 and the listener's dynamic range (there is
//                          no remote RPC keyword), to the entry's peers
//   static RPC ports     → (the environment's) one rule per port, to its service's program
//   dynamic, any, no number → no rule: a remark quoting the source
//
// Numbered ports carry no program: several are served by the kernel (http.sys serves 80, 443 and
// the UM web ports as "System"), where a program condition would block them.
import type { Catalog, EndpointId, FirewallRule, RoleId } from '../catalog/schema.ts';
import { STATIC_RPC_SETUP_RULE_IDS } from '../catalog/ids.ts';
import { buildPlan } from '../plan/port-plan.ts';
import type { Opening, Plan, PlanEntry, StaticRpcPort } from '../plan/plan-types.ts';
import { formatRange, type Environment, type EnvironmentKey } from '../plan/environment.ts';
import { RPC_ENDPOINT_MAPPER_PORT } from '../filters/port-match.ts';
import type { ScriptDirection } from './role-entries.ts';

export const RULE_PREFIX = 'Exchange 2010';

/** A program as Setup's rules give it, relative to the Exchange folder or to Windows. */
export interface ProgramPath {
  base: 'exchange' | 'windows';
  /** "Bin\Store.exe", "System32\svchost.exe": checked to be a plain relative path. */
  path: string;
}

export type RuleKind = 'ports' | 'rpc-epmap' | 'rpc-dynamic' | 'rpc-static' | 'rpc-out';

export interface FirewallRuleSpec {
  /** Unique in its script and stable: no port the environment may move is part of it. */
  name: string;
  kind: RuleKind;
  protocol: 'TCP' | 'UDP';
  /** Local ports (inbound) or remote ports (outbound): numbers, ranges or one RPC keyword. */
  ports: string[];
  program: ProgramPath | null;
  service: string | null;
  /** Who connects in (inbound), or where the role connects to (outbound). */
  peers: EndpointId[];
  pathIds: string[];
  entryKeys: string[];
  /** The services the source names for its ports ("SMTP"), or what the rule is for. */
  purpose: string[];
  /** A path the source says a firewall is not supported on is among its paths. */
  unsupported: boolean;
  /** Setup's own rule (catalog id) whose program this rule takes. */
  setupRuleId: string | null;
  /** A port the environment gives (DAG port, static RPC port), with its setting. */
  settings: EnvironmentKey[];
}

export interface RuleSet {
  role: RoleId;
  dir: ScriptDirection;
  env: Environment;
  plan: Plan;
  rules: FirewallRuleSpec[];
  /** Plan entries, or ports of them, Windows Firewall cannot express: comments, never rules. */
  remarks: { entry: PlanEntry; opening: Opening }[];
}

/** A program path safe to write into a script: letters, digits, dots, spaces, backslashes. */
const SAFE_PROGRAM = /^[A-Za-z0-9._ -]+(\\[A-Za-z0-9._ -]+)*$/;

/** Setup's programs that live under Windows, not under the Exchange folder. */
const WINDOWS_FOLDERS = ['System32\\', 'Inetsrv\\'];

export function programPath(program: string): ProgramPath | null {
  if (!SAFE_PROGRAM.test(program) || program.split('\\').some((part) => /^\.+$/.test(part.trim())))
    return null;
  const windows = WINDOWS_FOLDERS.some((folder) => program.startsWith(folder));
  // Inetsrv lives under System32.
  const path = program.startsWith('Inetsrv\\') ? `System32\\${program}` : program;
  return { base: windows ? 'windows' : 'exchange', path };
}

/** The endpoint mapper runs in svchost.exe as the RpcSs service, as Windows' own rules say. */
export const ENDPOINT_MAPPER: { program: ProgramPath; service: string } = {
  program: { base: 'windows', path: 'System32\\svchost.exe' },
  service: 'RpcSs',
};

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

const portList = (openings: Opening[]): string[] =>
  openings.flatMap((o) => (o.kind === 'number' ? [formatRange(o)] : []));

/** "25, 50636" or, for a port the environment moves, its setting: stable across changes. */
const portsLabel = (openings: Opening[]): string =>
  openings
    .map((o) => {
      if (o.kind !== 'number') return '';
      return o.setting === 'dagPort' ? 'DAG replication port' : formatRange(o);
    })
    .filter(Boolean)
    .join(', ');

interface Draft {
  role: RoleId;
  dir: ScriptDirection;
  catalog: Catalog;
}

/**
 * "Exchange 2010 hub in: TCP 25 from edge, smtp-client". Peers are named where they tell two
 * entries apart (numbered ports, outbound RPC); a role has one set of inbound RPC rules.
 */
const nameOf = ({ role, dir }: Draft, what: string, peers: EndpointId[] | null) =>
  `${RULE_PREFIX} ${role} ${dir}: ${what}${peers ? ` ${dir === 'in' ? 'from' : 'to'} ${peers.join(', ')}` : ''}`;

const ruleOf = (
  draft: Draft,
  base: Omit<FirewallRuleSpec, 'name'>,
  what: string,
): FirewallRuleSpec => ({
  name: nameOf(draft, what, base.kind === 'ports' || base.kind === 'rpc-out' ? base.peers : null),
  ...base,
});

/** The numbered ports of an entry as one rule. */
function portsRule(draft: Draft, entry: PlanEntry): FirewallRuleSpec | null {
  const openings = entry.ports.map((p) => p.opening).filter((o) => o.kind === 'number');
  if (openings.length === 0 || entry.protocol === null) return null;
  const protocol = entry.protocol === 'udp' ? 'UDP' : 'TCP';
  return ruleOf(
    draft,
    {
      kind: 'ports',
      protocol,
      ports: portList(openings),
      program: null,
      service: null,
      peers: draft.dir === 'in' ? entry.from : entry.to,
      pathIds: entry.pathIds,
      entryKeys: [entry.key],
      purpose: unique(entry.ports.flatMap((p) => p.services)),
      unsupported: entry.unsupported,
      setupRuleId: null,
      settings: unique(openings.flatMap((o) => (o.setting ? [o.setting] : []))),
    },
    `${protocol} ${portsLabel(openings)}`,
  );
}

/** Outbound RPC: TCP 135 and the dynamic range of the listener (its entry says which). */
function outboundRpcRule(draft: Draft, entry: PlanEntry): FirewallRuleSpec | null {
  const rpc = entry.ports.map((p) => p.opening).find((o) => o.kind === 'rpc');
  if (!rpc || rpc.kind !== 'rpc') return null;
  return ruleOf(
    draft,
    {
      kind: 'rpc-out',
      protocol: 'TCP',
      ports: [
        `${RPC_ENDPOINT_MAPPER_PORT}`,
        ...rpc.statics.map((s) => `${s.port}`),
        formatRange(rpc.range),
      ],
      program: null,
      service: null,
      peers: entry.to,
      pathIds: entry.pathIds,
      entryKeys: [entry.key],
      purpose: ['RPC'],
      unsupported: entry.unsupported,
      setupRuleId: null,
      settings: rpc.rangeSet ? ['rpcRange'] : [],
    },
    'TCP RPC',
  );
}

/**
 * The service of a Setup rule on svchost.exe: its name's first word ("RpcHttpLBS (TCP-In)"), the
 * service's short name. svchost hosts many services: a rule on it without a service would open
 * the dynamic ports of all of them, so such a rule is never written.
 */
const svchostService = (rule: FirewallRule): string | null => {
  const word = rule.source.en.name.split(' ')[0] ?? '';
  return /^[A-Za-z][A-Za-z0-9]+$/.test(word) ? word : null;
};

const isSvchost = (program: ProgramPath) => /(^|\\)svchost\.exe$/i.test(program.path);

/** Setup's rules that tie the dynamic RPC ports to a program on this role, program once each. */
function rpcPrograms(catalog: Catalog, role: RoleId) {
  const seen = new Set<string>();
  return catalog.firewallRules.flatMap((rule) => {
    if (!rule.roles.includes(role) || !rule.program) return [];
    if (!rule.ports.some((p) => p.kind === 'dynamic-rpc')) return [];
    const program = programPath(rule.program);
    if (!program) return [];
    const service = isSvchost(program) ? svchostService(rule) : null;
    if (isSvchost(program) && !service) return [];
    const key = `${program.path}|${service ?? ''}`.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ rule, program, service }];
  });
}

/** Setup's rule, found by its id, whose program serves a static RPC port the environment sets. */
function staticSetupRule(draft: Draft, setting: EnvironmentKey) {
  const id = (STATIC_RPC_SETUP_RULE_IDS as Partial<Record<EnvironmentKey, string>>)[setting];
  const rule = draft.catalog.firewallRules.find((r) => r.id === id && r.roles.includes(draft.role));
  const program = rule?.program ? programPath(rule.program) : null;
  return rule && program ? { rule, program } : undefined;
}

/** Inbound RPC: the endpoint mapper, the dynamic ports per program, the static ports. */
function inboundRpcRules(draft: Draft, entries: PlanEntry[]): FirewallRuleSpec[] {
  if (entries.length === 0) return [];
  const all = (pick: (e: PlanEntry) => string[]) => unique(entries.flatMap(pick));
  const statics: { entry: PlanEntry; port: StaticRpcPort }[] = entries.flatMap((entry) =>
    entry.ports.flatMap((p) =>
      p.opening.kind === 'rpc' ? p.opening.statics.map((port) => ({ entry, port })) : [],
    ),
  );
  // Outlook's static-port openings reach the mapper and their own port, not the dynamic range.
  const dynamicEntries = entries.filter((e) => !e.fromEnvironment);
  const common = {
    protocol: 'TCP' as const,
    unsupported: entries.some((e) => e.unsupported),
    settings: [],
  };
  const mapper = ruleOf(
    draft,
    {
      ...common,
      kind: 'rpc-epmap',
      ports: ['RPCEPMap'],
      ...ENDPOINT_MAPPER,
      peers: all((e) => e.from) as EndpointId[],
      pathIds: all((e) => e.pathIds),
      entryKeys: all((e) => [e.key]),
      purpose: ['RPC endpoint mapper'],
      setupRuleId: null,
    },
    'TCP 135 RPC endpoint mapper',
  );
  const dynamic =
    dynamicEntries.length === 0
      ? []
      : rpcPrograms(draft.catalog, draft.role).map(({ rule, program, service }) =>
          ruleOf(
            draft,
            {
              ...common,
              unsupported: dynamicEntries.some((e) => e.unsupported),
              kind: 'rpc-dynamic',
              ports: ['RPC'],
              program,
              service,
              peers: unique(dynamicEntries.flatMap((e) => e.from)),
              pathIds: unique(dynamicEntries.flatMap((e) => e.pathIds)),
              entryKeys: dynamicEntries.map((e) => e.key),
              purpose: [rule.source.en.name],
              setupRuleId: rule.id,
            },
            `TCP dynamic RPC ${service ?? program.path.split('\\').pop() ?? ''}`,
          ),
        );
  const staticRules = statics.flatMap(({ entry, port }) => {
    const setup = staticSetupRule(draft, port.setting);
    return [
      ruleOf(
        draft,
        {
          ...common,
          unsupported: entry.unsupported,
          kind: 'rpc-static',
          ports: [`${port.port}`],
          program: setup?.program ?? null,
          service: null,
          peers: entry.from,
          pathIds: entry.pathIds,
          entryKeys: [entry.key],
          purpose: ['RPC'],
          setupRuleId: setup?.rule.id ?? null,
          settings: [port.setting],
        },
        `TCP static RPC port ${port.setting}`,
      ),
    ];
  });
  return [mapper, ...dynamic, ...staticRules];
}

/**
 * Two entries can open the same ports to the same peers (a path the source says a firewall is not
 * supported on never shares an entry with one it is): the second name gets a number.
 */
function uniqueNames(rules: FirewallRuleSpec[]): FirewallRuleSpec[] {
  const seen = new Map<string, number>();
  return rules.map((rule) => {
    const n = (seen.get(rule.name) ?? 0) + 1;
    seen.set(rule.name, n);
    return n === 1 ? rule : { ...rule, name: `${rule.name} #${n}` };
  });
}

/** The rules of a role's firewall script, over a catalog that holds (at least) the role's paths. */
export function ruleSet(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  env: Environment,
): RuleSet {
  const plan = buildPlan(
    catalog.dataPaths,
    catalog.firewallRules,
    { kind: 'role', role, dir },
    env,
  );
  const draft: Draft = { role, dir, catalog };
  const rules: FirewallRuleSpec[] = [];
  const rpcIn: PlanEntry[] = [];
  const remarks: RuleSet['remarks'] = [];
  for (const entry of plan.entries) {
    for (const port of entry.ports) {
      const { opening } = port;
      if (opening.kind === 'dynamic' || opening.kind === 'any' || opening.kind === 'unnumbered')
        remarks.push({ entry, opening });
      else if (entry.protocol === null) remarks.push({ entry, opening });
    }
    if (entry.protocol === null) continue;
    const numbered = portsRule(draft, entry);
    if (numbered) rules.push(numbered);
    if (entry.ports.some((p) => p.opening.kind === 'rpc')) {
      if (dir === 'in') rpcIn.push(entry);
      else {
        const out = outboundRpcRule(draft, entry);
        if (out) rules.push(out);
      }
    }
  }
  rules.push(...inboundRpcRules(draft, rpcIn));
  return { role, dir, env, plan, rules: uniqueNames(rules), remarks };
}

/** Every static RPC port set: the most rules a role's script can have. */
const ALL_STATIC = { rpcClientAccess: 59532, addressBook: 59533, publicFolderRpc: 59534 };

/**
 * Names an earlier run may have created that this one does not (a static port since cleared):
 * the netsh script deletes them, since netsh has no group to clear.
 */
export function retiredNames(catalog: Catalog, set: RuleSet): string[] {
  const current = new Set(set.rules.map((r) => r.name));
  const widest = ruleSet(catalog, set.role, set.dir, { ...set.env, ...ALL_STATIC });
  return widest.rules.map((r) => r.name).filter((name) => !current.has(name));
}
