// What the check of a server's firewall rules finds (check-rules.ts): data only, never sentences.
// The page words each finding in its language, links it to the plan entry, data paths and notes
// it carries, and adds the source's support statement where `unsupported` is set.
import type { EndpointId, RoleId } from '../catalog/schema.ts';
import type { Environment, EnvironmentKey, PortRange } from '../plan/environment.ts';
import type { ProgramPath, RuleKind } from '../firewall-scripts/rule-set.ts';
import type { ScriptDirection } from '../firewall-scripts/role-entries.ts';

/** Most harmful first: the order findings are sorted in. */
export const FINDING_KINDS = [
  'blocked',
  'missing',
  'wrong-protocol-or-port',
  'too-broad',
  'not-needed',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** A rule of the paste, by its line and name (the name is data: shown as text, never run). */
export interface RuleRef {
  line: number;
  name: string;
  /**
   * The rule bears the name of one of Exchange Setup's rules: the source line that lists it (the
   * source says Setup's rules cannot be changed, only copied and disabled). Absent otherwise.
   */
  setupLine?: number;
}

/** One opening of the plan, as our scripts would write it (a FirewallRuleSpec). */
export interface SpecRef {
  name: string;
  kind: RuleKind;
  protocol: 'tcp' | 'udp';
  /** "25", "5075-5077", "RPC" (dynamic RPC), "RPCEPMap" (the endpoint mapper). */
  ports: string[];
  peers: EndpointId[];
  program: ProgramPath | null;
  service: string | null;
  entryKeys: string[];
  pathIds: string[];
  /** The notes of its plan entries, once each. */
  noteIds: string[];
  unsupported: boolean;
  settings: EnvironmentKey[];
}

/** A port condition as found in a rule: "50636", "1024-65535", "RPC", "RPC-EPMap", "any". */
export type PortText = string;

export type Protocol = 'tcp' | 'udp' | 'any' | number;

interface Base {
  /** Index in FINDING_KINDS: 0 is the most harmful. */
  severity: number;
  /** A path the source says a firewall is not supported on is concerned. */
  unsupported: boolean;
}

/** An enabled Block rule overlapping a needed opening: Windows Firewall's block wins. */
export interface BlockedFinding extends Base {
  kind: 'blocked';
  rule: RuleRef;
  spec: SpecRef;
  protocol: Protocol;
  /** The opening's ports the block overlaps. */
  ports: string[];
  /**
   * False when the block overlaps the peers' addresses only through a keyword address
   * (LocalSubnet, DNS…), which only the server can resolve: it may block them.
   */
  certain: boolean;
}

/** No enabled Allow rule (or set of them) covers the opening. */
export interface MissingFinding extends Base {
  kind: 'missing';
  spec: SpecRef;
  /** The opening's ports left uncovered (for at least one of its addresses). */
  ports: string[];
  /** The peers' addresses left uncovered, as given; empty when no address was given. */
  addresses: string[];
  /** Rules that match its protocol, program and service and cover part of it. */
  partial: RuleRef[];
}

export type WrongReason =
  /** The opening's port numbers with the other protocol (EdgeSync's 50636 as UDP). */
  | 'other-protocol'
  /** The default DAG port 64327 where the environment sets another. */
  | 'default-dag-port'
  /** The rule's name holds a word of the opening (SMTP, EdgeSync) but its ports differ. */
  | 'named-for';

export interface WrongFinding extends Base {
  kind: 'wrong-protocol-or-port';
  reason: WrongReason;
  rule: RuleRef;
  spec: SpecRef;
  expected: { protocol: 'tcp' | 'udp'; ports: string[] };
  found: { protocol: Protocol; ports: PortText[] };
  /** For 'named-for': the word found in the rule's name. */
  word: string | null;
}

export type TooBroadReason =
  /** Any remote address on RPC or a server-to-server opening, every one of whose peers has addresses. */
  | 'any-address'
  /** Dynamic RPC (inbound) allowed to any program. */
  | 'no-program'
  /** Numbered ports beyond what the plan needs ("1024-65535" where 49152-65535 is needed). */
  | 'wider-range'
  /** Any port. */
  | 'any-port'
  /** One of Setup's "(GFW)" rules (any program) left enabled. */
  | 'setup-gfw';

export interface TooBroadFinding extends Base {
  kind: 'too-broad';
  reason: TooBroadReason;
  rule: RuleRef;
  /** The openings the rule serves (for 'any-address' and 'no-program': the ones concerned). */
  specs: SpecRef[];
  /** For 'wider-range': the port ranges it opens that no opening needs. */
  extraPorts: PortRange[];
  /**
   * For 'setup-gfw': the enabled rule restricted to a program for the same protocol and ports,
   * if there is one (only then may the (GFW) rule be disabled, says the source), or null.
   */
  twin?: RuleRef | null;
}

/** Information only: an Allow rule for ports the plan does not open for this role. */
export interface NotNeededFinding extends Base {
  kind: 'not-needed';
  rule: RuleRef;
  protocol: Protocol;
  ports: PortText[];
}

export type Finding =
  BlockedFinding | MissingFinding | WrongFinding | TooBroadFinding | NotNeededFinding;

export interface CheckSummary {
  counts: Record<FindingKind, number>;
  /** Every rule of the paste. */
  rulesRead: number;
  /** Enabled rules of the direction checked. */
  rulesConsidered: number;
  /** The plan's openings (rules our scripts would write) and how many are covered. */
  openings: number;
  openingsCovered: number;
}

export interface CheckReport {
  role: RoleId;
  dir: ScriptDirection;
  env: Environment;
  findings: Finding[];
  summary: CheckSummary;
}
