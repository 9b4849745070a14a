// A server's firewall rules checked against the rules our scripts would write for its role,
// direction and environment (ruleSet), scoped to the peers' addresses the user gave. Pure: the
// findings are data (findings.ts), worded by the page.
//
//   blocked      an enabled Block rule of the direction overlapping an opening (protocol, a port,
//                an address: Windows Firewall's block wins over any allow)
//   missing      no enabled Allow rule, nor several together, covers the opening's protocol, every
//                port and every given address, with its program and service (none in a rule: any)
//   wrong-…      a rule that serves no opening but is clearly meant for one: its port numbers
//                with the other protocol, the default DAG port 64327 where another is set, or a
//                word of the opening in its name (SMTP, EdgeSync) on other ports
//   too-broad    a rule serving an opening, but any address on RPC or server-to-server (addresses
//                given, and no opening it serves asks for any address), dynamic RPC to any program
//                (the RPC keyword, or a range in the dynamic range that no numbered opening needs),
//                ports beyond the plan, any port, Setup's (GFW)
//   not-needed   an Allow rule for ports the plan does not open (information): Windows' own rules
//                (group "@…" or a core group name) only when they open a port Exchange Setup opens
//
// Matching: ports as unions (numbers, ranges, RPC = the dynamic range in effect or the RPC
// keyword, RPCEPMap = the keyword or 135); addresses as IPv4/IPv6 intervals, "*" any, keywords
// (LocalSubnet…) only by the same keyword; programs by the relative path as a suffix, case
// folded, %SystemRoot% / %windir% expanded (the Exchange folder differs per server). Local
// addresses, remote ports (inbound), local ports (outbound) and profiles are not checked. A single
// port in the dynamic range (the DAG's 64327) is not dynamic RPC; a block on a keyword address
// (LocalSubnet) may overlap any address, an allow on one covers only the same keyword.
import type { Catalog, EndpointId, RoleId } from '../catalog/schema.ts';
import { ROLE_IDS } from '../catalog/ids.ts';
import { dagPortOf, DEFAULT_DAG_PORT, rpcRangeOf } from '../plan/environment.ts';
import type { Environment, PortRange } from '../plan/environment.ts';
import type { PeerAddresses } from '../firewall-scripts/remote-addresses.ts';
import { ruleSet, type FirewallRuleSpec } from '../firewall-scripts/rule-set.ts';
import type { ScriptDirection } from '../firewall-scripts/role-entries.ts';
import type { PortToken, ServerRule } from './server-rules.ts';
import {
  FINDING_KINDS,
  type CheckReport,
  type Finding,
  type FindingKind,
  type RuleRef,
  type SpecRef,
  type TooBroadFinding,
  type TooBroadReason,
  type WrongFinding,
} from './findings.ts';

import { readRuleAddress, addressCovers, addressOverlaps, type Address } from './rule-addresses.ts';
import {
  EPMAP,
  needOf,
  keywordOf,
  needRange,
  tokenRanges,
  portsCover,
  intersects,
  portOverlaps,
  portText,
  outside,
  type Need,
} from './rule-ports.ts';
import { isWindowsOwnRule } from './windows-own-rules.ts';

export interface CheckInput {
  catalog: Catalog;
  role: RoleId;
  dir: ScriptDirection;
  env: Environment;
  peers: PeerAddresses;
  rules: ServerRule[];
}

// ---- rules and openings -----------------------------------------------------------------

interface Rule {
  source: ServerRule;
  ref: RuleRef;
  protocol: 'tcp' | 'udp' | 'any' | 'other';
  ports: PortToken[];
  remote: Address[];
  program: string | null;
  service: string | null;
}

interface Opening {
  spec: FirewallRuleSpec;
  ref: SpecRef;
  index: number;
  protocol: 'tcp' | 'udp';
  needs: Need[];
  /** The given addresses of its peers, read; empty: none given, any address will do. */
  addresses: { text: string; address: Address }[];
  /** Every one of its peers has addresses given, and none of them is Any. */
  scoped: boolean;
  words: { word: string; test: (name: string) => boolean }[];
}

const protocolOf = (p: ServerRule['protocol']): Rule['protocol'] =>
  p === 'tcp' || p === 6
    ? 'tcp'
    : p === 'udp' || p === 17
      ? 'udp'
      : p === 'any' || p === 256
        ? 'any'
        : 'other';

/** A program path compared by its end: lower case, / as \, %SystemRoot% and %windir% expanded. */
const normalProgram = (program: string): string =>
  program
    .trim()
    .replace(/^"|"$/g, '')
    .replaceAll('/', '\\')
    .toLowerCase()
    .replace(/%(systemroot|windir)%\\?/g, 'c:\\windows\\');

/** Setup's rule names (as the source lists them), lower case, to the source line listing them. */
const setupNames = (catalog: Catalog): Map<string, number> =>
  new Map(
    catalog.firewallRules.flatMap((r) =>
      [r.source.en.name, r.source.ja.name].map((name) => [name.trim().toLowerCase(), r.sourceLine]),
    ),
  );

function readRule(rule: ServerRule, dir: ScriptDirection, setup: Map<string, number>): Rule {
  const setupLine = setup.get(rule.name.trim().toLowerCase());
  const program = rule.program?.trim() ? normalProgram(rule.program) : null;
  const service =
    rule.service?.trim() && rule.service.trim() !== '*' ? rule.service.trim().toLowerCase() : null;
  const remote = rule.remoteAddresses.length === 0 ? ['*'] : rule.remoteAddresses;
  return {
    source: rule,
    ref: setupLine
      ? { line: rule.line, name: rule.name, setupLine }
      : { line: rule.line, name: rule.name },
    protocol: protocolOf(rule.protocol),
    ports: dir === 'in' ? rule.localPorts : rule.remotePorts,
    remote: remote.map(readRuleAddress),
    program: program === 'any' ? null : program,
    service,
  };
}

const protocolMatches = (rule: Rule, protocol: 'tcp' | 'udp') =>
  rule.protocol === 'any' || rule.protocol === protocol;

/** The rule lets the opening's program (and service) through: none in the rule means any. */
function programMatches(rule: Rule, spec: FirewallRuleSpec): boolean {
  if (rule.program && spec.program) {
    const suffix = spec.program.path.toLowerCase();
    if (rule.program !== suffix && !rule.program.endsWith(`\\${suffix}`)) return false;
  }
  if (rule.service && spec.service && rule.service !== spec.service.toLowerCase()) return false;
  return true;
}

const GENERIC_WORDS = new Set([
  'ssl',
  'tls',
  'https',
  'http',
  'control',
  'rpc',
  'rpc endpoint mapper',
]);

/** Words a rule meant for the opening may carry in its name. */
function wordsOf(spec: FirewallRuleSpec, setupRuleNames: string[]): string[] {
  if (spec.kind !== 'ports' && spec.kind !== 'rpc-static') return [];
  const words = spec.purpose.filter((p) => !GENERIC_WORDS.has(p.toLowerCase()));
  if (spec.pathIds.some((id) => id.includes('edgesync'))) words.push('EdgeSync');
  if (spec.settings.includes('dagPort'))
    words.push('MSExchangeRepl', 'Log Copier', 'replication', 'DAG');
  for (const name of setupRuleNames) {
    const lead = /^[A-Za-z0-9]{8,}/.exec(name)?.[0];
    if (lead && lead.toLowerCase() !== 'msexchange') words.push(lead);
  }
  return [...new Set(words)];
}

/** A word found in a lower-cased name: inside a longer word when it is 5 letters or more (EdgeSync in
 * MSExchangeEdgeSync), standing alone when shorter (SMTP, DNS, DAG). */
const wordMatcher = (word: string): { word: string; test: (name: string) => boolean } => {
  const w = word.toLowerCase();
  if (w.length >= 5) return { word, test: (lowerName) => lowerName.includes(w) };
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`, 'i');
  return { word, test: (name) => pattern.test(name) };
};

const SERVER_PEERS = new Set<EndpointId>([...ROLE_IDS, 'ad']);
const RPC_KINDS = new Set(['rpc-epmap', 'rpc-dynamic', 'rpc-static', 'rpc-out']);

function openingsOf(
  input: CheckInput,
  specs: FirewallRuleSpec[],
  entries: Map<string, { noteIds: string[]; rules: { name: string }[] }>,
): Opening[] {
  return specs.map((spec, index) => {
    const entryList = spec.entryKeys.flatMap((k) => entries.get(k) ?? []);
    const given = spec.peers.flatMap((p) => input.peers[p] ?? []);
    const anyGiven = given.some((a) => a === 'Any');
    const addresses = anyGiven
      ? [{ text: 'Any', address: { kind: 'any' } as Address }]
      : [...new Set(given)].map((text) => ({ text, address: readRuleAddress(text) }));
    return {
      spec,
      index,
      ref: {
        name: spec.name,
        kind: spec.kind,
        protocol: spec.protocol === 'TCP' ? 'tcp' : 'udp',
        ports: spec.ports,
        peers: spec.peers,
        program: spec.program,
        service: spec.service,
        entryKeys: spec.entryKeys,
        pathIds: spec.pathIds,
        noteIds: [...new Set(entryList.flatMap((e) => e.noteIds))],
        unsupported: spec.unsupported,
        settings: spec.settings,
      },
      protocol: spec.protocol === 'TCP' ? 'tcp' : 'udp',
      needs: spec.ports.map(needOf),
      addresses,
      // Any address is too broad only when every peer has addresses: a peer left without any
      // (the Internet's SMTP servers beside Hub Transport on Edge's 25) may need any address.
      scoped: !anyGiven && spec.peers.every((p) => (input.peers[p]?.length ?? 0) > 0),
      words: wordsOf(
        spec,
        entryList.flatMap((e) => e.rules.map((r) => r.name)),
      ).map(wordMatcher),
    };
  });
}

const ruleCoversAddress = (rule: Rule, address: Address) =>
  rule.remote.some((r) => addressCovers(r, address));

const ruleOverlapsAddresses = (
  rule: Rule,
  o: Opening,
  overlaps: (a: Address, b: Address) => boolean,
) =>
  o.addresses.length === 0 ||
  rule.remote.some((r) => o.addresses.some((a) => overlaps(r, a.address)));

const strictOverlap = (a: Address, b: Address): boolean => {
  if (a.kind === 'any' || b.kind === 'any') return true;
  if (a.kind === 'keyword' || b.kind === 'keyword') return addressCovers(a, b);
  return addressOverlaps(a, b);
};

/** Rules that may carry the opening's traffic: protocol, program and service. */
const candidates = (rules: Rule[], o: Opening) =>
  rules.filter((r) => protocolMatches(r, o.protocol) && programMatches(r, o.spec));

/** The rule carries part of the opening: a port and an address of it. */
const serves = (rule: Rule, o: Opening, rpc: PortRange) =>
  protocolMatches(rule, o.protocol) &&
  programMatches(rule, o.spec) &&
  rule.ports.some((t) => o.needs.some((n) => portOverlaps(t, n, rpc))) &&
  ruleOverlapsAddresses(rule, o, strictOverlap);

// ---- the check --------------------------------------------------------------------------

const GFW = /\((gfw|fgw)\)/i;

/** Ports an opening may span for a rule on them with the other protocol to be a mistake. */
const NARROW_RANGE = 1024;

const portsKey = (rule: Rule) => rule.ports.map(portText).sort().join(',');

/** Setup's rule restricted to a program beside a (GFW) one: same protocol and ports, a program. */
const isTwin = (other: Rule, gfw: Rule) =>
  other !== gfw &&
  other.program !== null &&
  !GFW.test(other.source.name) &&
  other.protocol === gfw.protocol &&
  portsKey(other) === portsKey(gfw);

/** Setup's numbered ports, 135 and the RPC keywords: what a Windows rule must not open unnoticed. */
function exchangePorts(catalog: Catalog): PortRange[] {
  const ranges = catalog.firewallRules.flatMap((r) =>
    r.ports.flatMap((p) =>
      p.kind === 'number' && p.from !== null ? [{ from: p.from, to: p.to ?? p.from }] : [],
    ),
  );
  return [...ranges, { from: EPMAP, to: EPMAP }];
}

export function checkServerRules(input: CheckInput): CheckReport {
  const { catalog, role, dir, env } = input;
  const set = ruleSet(catalog, role, dir, env);
  const rpc = rpcRangeOf(env);
  const entries = new Map(set.plan.entries.map((e) => [e.key, e]));
  const openings = openingsOf(input, set.rules, entries);
  const setup = setupNames(catalog);
  const considered = input.rules
    .filter((r) => r.enabled && r.direction === dir)
    .map((r) => readRule(r, dir, setup));
  const allows = considered.filter((r) => r.source.action === 'allow');
  const blocks = considered.filter((r) => r.source.action === 'block');
  const findings: Finding[] = [];
  const severity = (kind: FindingKind) => FINDING_KINDS.indexOf(kind);

  // blocked
  for (const rule of blocks)
    for (const o of openings) {
      if (!protocolMatches(rule, o.protocol) || !programMatches(rule, o.spec)) continue;
      if (!ruleOverlapsAddresses(rule, o, addressOverlaps)) continue;
      const ports = o.spec.ports.filter((p) =>
        rule.ports.some((t) => portOverlaps(t, needOf(p), rpc)),
      );
      if (ports.length === 0) continue;
      findings.push({
        kind: 'blocked',
        severity: severity('blocked'),
        unsupported: o.spec.unsupported,
        rule: rule.ref,
        spec: o.ref,
        protocol: rule.source.protocol,
        ports,
        // Through a keyword (LocalSubnet, DNS…) only the server knows which addresses it holds.
        certain: ruleOverlapsAddresses(rule, o, strictOverlap),
      });
    }

  // missing
  let covered = 0;
  for (const o of openings) {
    // Only rules that touch its ports: the address checks below run on these few.
    const spans = o.needs.map((n) => needRange(n, rpc));
    const usable = candidates(allows, o).filter((r) =>
      r.ports.some((t) =>
        t.kind === 'range'
          ? spans.some((span) => intersects(t, span))
          : o.needs.some((n) => portOverlaps(t, n, rpc)),
      ),
    );
    const items = o.addresses.length > 0 ? o.addresses : [{ text: '', address: null }];
    const ports = new Set<string>();
    const addresses: string[] = [];
    for (const item of items) {
      const address = item.address;
      const tokens = usable
        .filter((r) => address === null || ruleCoversAddress(r, address))
        .flatMap((r) => r.ports);
      const open = o.spec.ports.filter((p) => !portsCover(tokens, needOf(p), rpc));
      open.forEach((p) => ports.add(p));
      if (open.length > 0 && item.text) addresses.push(item.text);
    }
    if (ports.size === 0) {
      covered++;
      continue;
    }
    findings.push({
      kind: 'missing',
      severity: severity('missing'),
      unsupported: o.spec.unsupported,
      spec: o.ref,
      ports: o.spec.ports.filter((p) => ports.has(p)),
      addresses,
      partial: usable.filter((r) => serves(r, o, rpc)).map((r) => r.ref),
    });
  }

  // per rule: too broad, wrong, not needed
  const neededBy = (protocol: 'tcp' | 'udp') =>
    openings
      .filter((o) => o.protocol === protocol)
      .flatMap((o) => o.needs.map((n) => needRange(n, rpc)));
  const needed = { tcp: neededBy('tcp'), udp: neededBy('udp') };
  // The numbers openings other than dynamic RPC need (a range such as UM's 16000-17000 may lie in
  // the dynamic range): what a rule without a program may open there.
  const numbered = openings
    .filter((o) => o.protocol === 'tcp')
    .flatMap((o) => o.needs.flatMap((n) => (n.kind === 'rpc' ? [] : [needRange(n, rpc)])));
  const setupPorts = exchangePorts(catalog);
  for (const rule of allows) {
    const served = openings.filter((o) => serves(rule, o, rpc));
    const broad = (
      reason: TooBroadReason,
      specs: Opening[],
      extraPorts: PortRange[] = [],
    ): TooBroadFinding => ({
      kind: 'too-broad',
      severity: severity('too-broad'),
      unsupported: specs.some((o) => o.spec.unsupported),
      reason,
      rule: rule.ref,
      specs: specs.map((o) => o.ref),
      extraPorts,
    });
    // One of Setup's rules not restricted to a program: that is the finding, whatever else it opens
    // (its other breadth is the same fact), with the rule restricted to a program for the same
    // ports if one is enabled, since the source says only then may it be disabled.
    if (GFW.test(rule.source.name)) {
      const twin = allows.find((other) => isTwin(other, rule));
      findings.push({ ...broad('setup-gfw', served), twin: twin ? twin.ref : null });
      continue;
    }
    if (served.length > 0) {
      if (rule.ports.some((t) => t.kind === 'any')) findings.push(broad('any-port', served));
      const protocols =
        rule.protocol === 'any'
          ? (['tcp', 'udp'] as const)
          : rule.protocol === 'other'
            ? []
            : [rule.protocol];
      const ranges = rule.ports.flatMap((t) => (t.kind === 'range' ? [t] : []));
      const extra = protocols
        .flatMap((p) => outside(ranges, needed[p]))
        .map(({ from, to }) => ({ from, to }));
      if (extra.length > 0) findings.push(broad('wider-range', served, extra));
      const dynamic = served.filter((o) => o.spec.kind === 'rpc-dynamic');
      const opensDynamic =
        rule.ports.some((t) => t.kind === 'any' || keywordOf(t) === 'rpc') ||
        outside(
          ranges.filter((r) => r.from < r.to && intersects(r, rpc)),
          numbered,
        ).some((r) => intersects(r, rpc));
      if (dir === 'in' && rule.program === null && dynamic.length > 0 && opensDynamic)
        findings.push(broad('no-program', dynamic));
      // Any address is what some opening it serves asks for (Any given, or no address): not flagged.
      if (rule.remote.some((a) => a.kind === 'any') && served.every((o) => o.scoped)) {
        const scoped = served.filter(
          (o) =>
            o.scoped &&
            (RPC_KINDS.has(o.spec.kind) || o.spec.peers.some((p) => SERVER_PEERS.has(p))),
        );
        if (scoped.length > 0) findings.push(broad('any-address', scoped));
      }
      continue;
    }
    const portNeeded = openings.some(
      (o) =>
        protocolMatches(rule, o.protocol) &&
        rule.ports.some((t) => o.needs.some((n) => portOverlaps(t, n, rpc))),
    );
    if (portNeeded) continue;
    const windows = isWindowsOwnRule(rule.source);
    const wrong = wrongFinding(rule, openings, env, windows);
    if (wrong) {
      findings.push({ ...wrong, severity: severity('wrong-protocol-or-port') });
      continue;
    }
    const opensExchangePort =
      rule.protocol !== 'other' &&
      (rule.ports.some(
        (t) => t.kind === 'any' || keywordOf(t) === 'rpc' || keywordOf(t) === 'rpcepmap',
      ) ||
        tokenRanges(rule.ports).some((r) => setupPorts.some((s) => intersects(r, s))));
    if (windows && !opensExchangePort) continue;
    findings.push({
      kind: 'not-needed',
      severity: severity('not-needed'),
      unsupported: false,
      rule: rule.ref,
      protocol: rule.source.protocol,
      ports: rule.ports.map(portText),
    });
  }

  const order = new Map(openings.map((o) => [o.ref, o.index]));
  const keyed = findings.map((f) => ({ f, spec: specIndex(f, order, openings.length) }));
  keyed.sort((a, b) => a.f.severity - b.f.severity || a.spec - b.spec || lineOf(a.f) - lineOf(b.f));
  const sorted = keyed.map((k) => k.f);
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<
    FindingKind,
    number
  >;
  for (const f of findings) counts[f.kind]++;
  return {
    role,
    dir,
    env,
    findings: sorted,
    summary: {
      counts,
      rulesRead: input.rules.length,
      rulesConsidered: considered.length,
      openings: openings.length,
      openingsCovered: covered,
    },
  };
}

/** The finding's opening in plan order; findings of a rule alone come last. */
const specIndex = (f: Finding, order: Map<SpecRef, number>, last: number): number => {
  const ref = 'spec' in f ? f.spec : f.kind === 'too-broad' ? (f.specs[0] ?? null) : null;
  return (ref && order.get(ref)) ?? last;
};

const lineOf = (f: Finding): number => ('rule' in f ? f.rule.line : 0);

/** A rule serving no opening but clearly meant for one. */
function wrongFinding(
  rule: Rule,
  openings: Opening[],
  env: Environment,
  windows: boolean,
): Omit<WrongFinding, 'severity'> | null {
  const ranges = tokenRanges(rule.ports);
  const make = (
    o: Opening,
    reason: WrongFinding['reason'],
    word: string | null,
  ): Omit<WrongFinding, 'severity'> => ({
    kind: 'wrong-protocol-or-port',
    unsupported: o.spec.unsupported,
    reason,
    rule: rule.ref,
    spec: o.ref,
    expected: { protocol: o.protocol, ports: o.spec.ports },
    found: { protocol: rule.source.protocol, ports: rule.ports.map(portText) },
    word,
  });
  // The same numbers, the other protocol: an opening of a few ports (EdgeSync's 50636), never a
  // wide range such as UM's UDP 1024-65535 for media, which any TCP port would fall in.
  if (!windows && (rule.protocol === 'tcp' || rule.protocol === 'udp')) {
    const other = openings.find(
      (o) =>
        o.protocol !== rule.protocol &&
        o.needs.some(
          (n) =>
            n.kind === 'range' &&
            n.to - n.from < NARROW_RANGE &&
            ranges.some((r) => intersects(r, n)),
        ),
    );
    if (other) return make(other, 'other-protocol', null);
  }
  // The default DAG port where the environment sets another.
  if (
    dagPortOf(env) !== DEFAULT_DAG_PORT &&
    ranges.some((r) => r.from <= DEFAULT_DAG_PORT && DEFAULT_DAG_PORT <= r.to)
  ) {
    const dag = openings.find(
      (o) => o.spec.settings.includes('dagPort') && protocolMatches(rule, o.protocol),
    );
    if (dag) return make(dag, 'default-dag-port', null);
  }
  if (windows) return null;
  const name = rule.source.name.toLowerCase();
  for (const o of openings) {
    const word = o.words.find((w) => w.test(name));
    if (word) return make(o, 'named-for', word.word);
  }
  return null;
}
