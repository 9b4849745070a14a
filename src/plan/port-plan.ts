// The port plan: the distinct openings behind a question ("what does a CAS listen on?", "what
// must be open from Hub to Edge?", "who uses 50636?"), one entry per (protocol, port set, set of
// who-connects-to-whom). Every output that answers such a question (the answer panel, the sheet,
// the matrix, the map, the plan exports) renders this model; none re-derives it.
//
//   Hub Transport -> Edge Transport
//   → [{ protocol: 'tcp', ports: [25 (SMTP), 50636 (SSL)], from: ['hub'], to: ['edge'],
//        paths: [transport-hub-to-edge, transport-edgesync], encryption: 'default', ... }]
//
// - Ranges are merged (5075, 5076, 5077 → 5075-5077) and the RPC pair (135 and the dynamic range
//   it hands out) is one opening: TCP 135 + 49152-65535, or the environment's range and static
//   ports.
// - Each port keeps the paths it comes from and whether a note gave it (§) or we inferred it (≈).
// - The Setup firewall rules (and their programs) are those of a listening role whose ports
//   overlap the entry's: the catalog links a rule to a port, never to a data path.
import type { DataPath, EndpointId, FirewallRule, PortEntry } from '../catalog/schema.ts';
import {
  AUTH_IDS,
  MAPI_CLIENTS_NOTE_ID,
  ROLE_IDS,
  RPC_ENCRYPTED_NOTE_ID,
  STATIC_RPC_SETUP_RULE_IDS,
} from '../catalog/ids.ts';
import { isUnsupportedFirewallRow } from '../catalog/support-statement.ts';
import { encryptionClassOf } from '../filters/encryption-match.ts';
import {
  ENCRYPTION_CLASSES,
  type EncryptionClass,
  type PortQuery,
} from '../filters/filter-values.ts';
import { DYNAMIC_RPC_RANGE, RPC_ENDPOINT_MAPPER_PORT } from '../filters/port-match.ts';
import { connectionsOfPaths, type Connection } from './connections.ts';
import {
  DEFAULT_DAG_PORT,
  dagPortOf,
  rpcRangeOf,
  type Environment,
  type EnvironmentKey,
} from './environment.ts';
import { mergeRanges } from './port-ranges.ts';
import type {
  Opening,
  Plan,
  PlanEntry,
  PlanPort,
  PlanQuery,
  PlanRule,
  StaticRpcPort,
} from './plan-types.ts';

export type * from './plan-types.ts';

type Protocol = PlanEntry['protocol'];

/** The connections that use one token (a number range, the RPC pair, a kind) of one protocol. */
interface TokenGroup {
  protocol: Protocol;
  token: string;
  unsupported: boolean;
  conns: [Connection, ...Connection[]];
}

/** The DAG's replication port: 64327 between Mailbox servers (log shipping and seeding). */
export const isDagPortEntry = (path: Pick<DataPath, 'from' | 'to'>, entry: PortEntry): boolean =>
  entry.kind === 'number' &&
  entry.from === DEFAULT_DAG_PORT &&
  entry.to === DEFAULT_DAG_PORT &&
  path.from === 'mailbox' &&
  path.to === 'mailbox';

const isDagPort = (c: Connection) => isDagPortEntry(c.path, c.entry);

const isRpc = (entry: PortEntry) =>
  entry.kind === 'rpc-epmap' ||
  entry.kind === 'dynamic-rpc' ||
  (entry.kind === 'number' &&
    entry.protocol === 'tcp' &&
    entry.from === RPC_ENDPOINT_MAPPER_PORT &&
    entry.to === RPC_ENDPOINT_MAPPER_PORT);

const isExchangeRole = (id: EndpointId) => (ROLE_IDS as readonly string[]).includes(id);

/** The token a connection's port stands for: one number range, the RPC pair, or a kind. */
function tokenOf(c: Connection, env: Environment): string {
  const { entry } = c;
  // The environment's RPC range is the Exchange servers'; a domain controller keeps its own.
  if (isRpc(entry)) return isExchangeRole(c.listener) ? 'rpc' : 'rpc:other';
  if (isDagPort(c)) return `dag:${dagPortOf(env)}`;
  if (entry.kind === 'number') return `n:${entry.from}-${entry.to}`;
  if (entry.kind === 'unnumbered') return `u:${entry.service ?? ''}`;
  return entry.kind;
}

const classOf = (token: string) => (token.startsWith('n:') ? 'number' : token);

/** Setup's rule (its catalog id) for the RPC service an environment setting fixes. */
const setupRuleIdOf = (setting: EnvironmentKey): string | null =>
  setting in STATIC_RPC_SETUP_RULE_IDS
    ? STATIC_RPC_SETUP_RULE_IDS[setting as keyof typeof STATIC_RPC_SETUP_RULE_IDS]
    : null;

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Does a query hit a connection outright (not only through the dynamic RPC range)? */
function portAnswer(
  c: Connection,
  query: PortQuery,
  env: Environment,
): 'explicit' | 'rpc-range' | null {
  const { entry } = c;
  if (query.protocol !== null && entry.protocol !== query.protocol) return null;
  const hits = (from: number, to: number) => from <= query.to && query.from <= to;
  if (isDagPort(c)) return hits(dagPortOf(env), dagPortOf(env)) ? 'explicit' : null;
  if (entry.kind === 'rpc-epmap')
    return hits(RPC_ENDPOINT_MAPPER_PORT, RPC_ENDPOINT_MAPPER_PORT) ? 'explicit' : null;
  if (entry.kind === 'number' && entry.from !== null && entry.to !== null)
    return hits(entry.from, entry.to) ? 'explicit' : null;
  if (entry.kind === 'dynamic-rpc') {
    const range = isExchangeRole(c.listener) ? rpcRangeOf(env) : DYNAMIC_RPC_RANGE;
    return hits(range.from, range.to) ? 'rpc-range' : null;
  }
  return null;
}

function fitsQuery(c: Connection, query: PlanQuery): boolean {
  switch (query.kind) {
    case 'role':
      return (query.dir === 'in' ? c.listener : c.initiator) === query.role;
    case 'pair':
      return (
        (query.from === null || c.initiator === query.from) &&
        (query.to === null || c.listener === query.to)
      );
    case 'port':
      return true;
  }
}

/** The opening for a group of connections of one token. */
function openingOf(token: string, conns: [Connection, ...Connection[]], env: Environment): Opening {
  const first = conns[0].entry;
  if (token === 'rpc') {
    return { kind: 'rpc', range: rpcRangeOf(env), rangeSet: env.rpcRange !== null, statics: [] };
  }
  if (token === 'rpc:other') {
    return { kind: 'rpc', range: DYNAMIC_RPC_RANGE, rangeSet: false, statics: [] };
  }
  if (token.startsWith('dag:')) {
    const port = dagPortOf(env);
    return { kind: 'number', from: port, to: port, setting: 'dagPort' };
  }
  if (first.kind === 'number')
    return { kind: 'number', from: first.from ?? 0, to: first.to ?? 0, setting: null };
  if (first.kind === 'unnumbered') return { kind: 'unnumbered', service: first.service };
  return { kind: first.kind === 'any' ? 'any' : 'dynamic' };
}

function planPort(opening: Opening, conns: Connection[]): PlanPort {
  return {
    opening,
    services: unique(conns.flatMap((c) => (c.entry.service ? [c.entry.service] : []))),
    pathIds: unique(conns.map((c) => c.path.id)),
    fromNote: conns.some((c) => c.entry.origin.source === 'note'),
    inferred: conns.some((c) => c.entry.origin.source === 'inferred'),
  };
}

/** Numbered ports of one entry, adjacent and overlapping ranges merged. */
function mergedNumbers(groups: TokenGroup[], env: Environment): PlanPort[] {
  const ports = groups.map((g) => planPort(openingOf(g.token, g.conns, env), g.conns));
  return mergeRanges(ports);
}

const ruleOpens = (rule: FirewallRule, port: PlanPort, protocol: Protocol): boolean =>
  rule.ports.some((rp) => {
    if (protocol !== null && rp.protocol !== null && rp.protocol !== protocol) return false;
    const { opening } = port;
    switch (opening.kind) {
      case 'rpc':
        return (
          rp.kind === 'dynamic-rpc' ||
          rp.kind === 'rpc-epmap' ||
          (rp.kind === 'number' && rp.from === RPC_ENDPOINT_MAPPER_PORT)
        );
      case 'number':
        return (
          rp.kind === 'number' &&
          rp.from !== null &&
          rp.to !== null &&
          // Setup's rule opens 64327: a DAG moved to another port needs a rule of its own.
          rp.from <= opening.to &&
          opening.from <= rp.to
        );
      case 'any':
      case 'dynamic':
        return rp.kind === 'any';
      case 'unnumbered':
        return false;
    }
  });

function rulesFor(
  rules: readonly FirewallRule[],
  listeners: readonly EndpointId[],
  ports: PlanPort[],
  protocol: Protocol,
): PlanRule[] {
  return rules
    .filter((rule) => rule.roles.some((role) => listeners.includes(role)))
    .filter((rule) => ports.some((port) => ruleOpens(rule, port, protocol)))
    .map(planRule);
}

const planRule = (rule: FirewallRule): PlanRule => ({
  id: rule.id,
  name: rule.source.en.name,
  program: rule.program,
});

/** A rule's port names the queried port outright: a number in range, or 135 for the mapper. */
function ruleNamesPort(rp: PortEntry, port: PortQuery): boolean {
  if (port.protocol !== null && rp.protocol !== null && rp.protocol !== port.protocol) return false;
  if (rp.kind === 'number' && rp.from !== null && rp.to !== null)
    return rp.from <= port.to && port.from <= rp.to;
  if (rp.kind === 'rpc-epmap')
    return port.from <= RPC_ENDPOINT_MAPPER_PORT && RPC_ENDPOINT_MAPPER_PORT <= port.to;
  return false;
}

const weakest = (paths: DataPath[]): EncryptionClass =>
  paths
    .map((p) => encryptionClassOf(p.encryption))
    .reduce<EncryptionClass>(
      (worst, cls) =>
        ENCRYPTION_CLASSES.indexOf(cls) > ENCRYPTION_CLASSES.indexOf(worst) ? cls : worst,
      'default',
    );

const notesOf = (paths: DataPath[]): string[] =>
  unique(
    paths.flatMap((p) => [
      ...p.noteIds,
      ...p.ports.flatMap((entry) => (entry.origin.noteId ? [entry.origin.noteId] : [])),
    ]),
  );

/** Sorts entries by their first port (the RPC pair as 135), TCP before UDP. */
const firstPort = (entry: PlanEntry): number => {
  const opening = entry.ports[0]?.opening;
  if (opening?.kind === 'number') return opening.from;
  if (opening?.kind === 'rpc') return RPC_ENDPOINT_MAPPER_PORT;
  return 70000;
};
const PROTOCOL_ORDER: Protocol[] = ['tcp', 'udp', null];

/**
 * Outlook's static RPC ports, where the environment sets them: TCP 135 + the RPC Client Access
 * and Address Book ports on the Client Access servers (the source: MAPI clients connect to
 * Client Access servers, note cas-note-1), and the public folder port on Mailbox servers (Outlook
 * reaches public folders on the Mailbox server itself). The source has no data path for either.
 */
function environmentEntries(
  rules: readonly FirewallRule[],
  query: PlanQuery,
  env: Environment,
): PlanEntry[] {
  const openings: { to: EndpointId; statics: StaticRpcPort[]; noteIds: string[] }[] = [];
  const cas: StaticRpcPort[] = [];
  if (env.rpcClientAccess !== null)
    cas.push({ setting: 'rpcClientAccess', port: env.rpcClientAccess });
  if (env.addressBook !== null) cas.push({ setting: 'addressBook', port: env.addressBook });
  if (cas.length > 0)
    openings.push({
      to: 'cas',
      statics: cas,
      noteIds: [MAPI_CLIENTS_NOTE_ID, RPC_ENCRYPTED_NOTE_ID],
    });
  if (env.publicFolderRpc !== null)
    openings.push({
      to: 'mailbox',
      statics: [{ setting: 'publicFolderRpc', port: env.publicFolderRpc }],
      noteIds: [RPC_ENCRYPTED_NOTE_ID],
    });
  const asked = ({ to, statics }: (typeof openings)[number]) => {
    switch (query.kind) {
      case 'role':
        return query.dir === 'in' ? query.role === to : query.role === 'client';
      case 'pair':
        return (
          (query.from === null || query.from === 'client') && (query.to === null || query.to === to)
        );
      case 'port': {
        const { port } = query;
        if (port.protocol === 'udp') return false;
        const hits = (n: number) => port.from <= n && n <= port.to;
        return hits(RPC_ENDPOINT_MAPPER_PORT) || statics.some((s) => hits(s.port));
      }
    }
  };
  return openings.filter(asked).map(({ to, statics, noteIds }) => {
    const ruleIds = statics.map((s) => setupRuleIdOf(s.setting));
    const ruleList = rules
      .filter((rule) => rule.roles.some((role) => role === to))
      .filter((rule) => ruleIds.includes(rule.id))
      .map(planRule);
    return {
      key: `environment|${to}`,
      protocol: 'tcp',
      ports: [
        {
          opening: {
            kind: 'rpc',
            range: rpcRangeOf(env),
            rangeSet: env.rpcRange !== null,
            statics,
          },
          services: ['RPC'],
          pathIds: [],
          fromNote: false,
          inferred: false,
        },
      ],
      from: ['client'],
      to: [to],
      pathIds: [],
      noteIds,
      rules: ruleList,
      programs: unique(ruleList.flatMap((r) => (r.program ? [r.program] : []))),
      // The source: "RPC traffic is always encrypted" (mailbox-intro-5). It names no
      // authentication for Outlook's connections, so none is claimed.
      encryption: 'default',
      auth: [],
      endsDerived: false,
      unsupported: false,
      fromEnvironment: true,
    };
  });
}

// The same order as localeCompare, with one collator: localeCompare builds one on every call,
// which showed in the app's first render.
const KEY_ORDER = new Intl.Collator();

export function buildPlan(
  paths: readonly DataPath[],
  rules: readonly FirewallRule[],
  query: PlanQuery,
  env: Environment,
): Plan {
  let conns = connectionsOfPaths(paths).filter((c) => fitsQuery(c, query));
  const alsoInRpcRange = new Set<string>();
  if (query.kind === 'port') {
    const hit = new Set(conns.filter((c) => portAnswer(c, query.port, env) === 'explicit'));
    // 135 answers for the whole RPC pair: its dynamic half (and its ≈ mark) stays with it.
    const rpcHit = new Set(
      [...hit]
        .filter((c) => isRpc(c.entry))
        .map((c) => `${c.path.id}|${c.initiator}>${c.listener}`),
    );
    const explicit = conns.filter(
      (c) =>
        hit.has(c) || (isRpc(c.entry) && rpcHit.has(`${c.path.id}|${c.initiator}>${c.listener}`)),
    );
    const explicitPaths = new Set(explicit.map((c) => c.path.id));
    for (const c of conns) {
      if (!explicitPaths.has(c.path.id) && portAnswer(c, query.port, env) === 'rpc-range')
        alsoInRpcRange.add(c.path.id);
    }
    conns = explicit;
  }

  // 1. One group per (protocol, token), holding every who-connects-to-whom pair that uses it.
  const byToken = new Map<string, TokenGroup>();
  for (const c of conns) {
    const token = tokenOf(c, env);
    // A port question can span many pairs: one entry per listener, so that "who connects to
    // whom" is never a cross-product of ends that do not talk to each other.
    // So is a role's outbound plan: each listener has its own Setup rules. And a path the
    // source says a firewall is not supported on never shares an entry with one it is.
    const byListener = query.kind === 'port' || (query.kind === 'role' && query.dir === 'out');
    const unsupported = isUnsupportedFirewallRow(c.path);
    const key = `${c.entry.protocol}|${token}|${byListener ? c.listener : ''}|${unsupported}`;
    const group = byToken.get(key);
    if (group) group.conns.push(c);
    else byToken.set(key, { protocol: c.entry.protocol, token, unsupported, conns: [c] });
  }

  // 2. Tokens of one protocol and class used by exactly the same pairs make one entry.
  const byPairs = new Map<string, { protocol: Protocol; groups: TokenGroup[] }>();
  for (const group of byToken.values()) {
    const pairs = unique(group.conns.map((c) => `${c.initiator}>${c.listener}`)).sort();
    const key = `${group.protocol}|${classOf(group.token)}|${pairs.join(',')}|${group.unsupported}`;
    const entry = byPairs.get(key) ?? { protocol: group.protocol, groups: [] };
    entry.groups.push(group);
    byPairs.set(key, entry);
  }

  const entries = [...byPairs.entries()].map(([key, { protocol, groups }]): PlanEntry => {
    const all = groups.flatMap((g) => g.conns);
    const ports = mergedNumbers(groups, env);
    const entryPaths = unique(all.map((c) => c.path));
    const to = unique(all.map((c) => c.listener));
    const ruleList = rulesFor(rules, to, ports, protocol);
    return {
      key,
      protocol,
      ports,
      from: unique(all.map((c) => c.initiator)),
      to,
      pathIds: entryPaths.map((p) => p.id),
      noteIds: notesOf(entryPaths),
      rules: ruleList,
      programs: unique(ruleList.flatMap((r) => (r.program ? [r.program] : []))),
      encryption: weakest(entryPaths),
      auth: AUTH_IDS.filter((id) => entryPaths.some((p) => p.auth.default.includes(id))),
      endsDerived: entryPaths.some(
        (p) => p.ends.from.source !== 'cell' || p.ends.to.source !== 'cell',
      ),
      unsupported: entryPaths.some(isUnsupportedFirewallRow),
      fromEnvironment: false,
    };
  });
  entries.push(...environmentEntries(rules, query, env));
  entries.sort(
    (a, b) =>
      PROTOCOL_ORDER.indexOf(a.protocol) - PROTOCOL_ORDER.indexOf(b.protocol) ||
      firstPort(a) - firstPort(b) ||
      KEY_ORDER.compare(a.key, b.key),
  );
  const portRules =
    query.kind === 'port'
      ? rules.filter((rule) => rule.ports.some((rp) => ruleNamesPort(rp, query.port))).map(planRule)
      : [];
  return { query, entries, alsoInRpcRange: [...alsoInRpcRange], portRules };
}
