// A check report's findings in words, the same for the page, the Markdown and the CSV: one
// sentence that says what is wrong, the details, what to do, and the openings of the plan it is
// about. Pure (no React): every rule name and address stays a value put into a phrase, and the
// page, markdown.ts and csv.ts each escape it for where it goes.
import type { Catalog, EndpointId, RoleId } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { GFW_NOTE_ID, SETUP_RULES_CAUTION_NOTE_ID } from '../../catalog/ids.ts';
import {
  ENVIRONMENT_KEYS,
  formatRange,
  isDefaultEnvironment,
  rpcRangeOf,
  type Environment,
} from '../../plan/environment.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import type {
  CheckReport,
  Finding,
  FindingKind,
  PortText,
  Protocol,
  RuleRef,
  SpecRef,
} from '../../firewall-check/findings.ts';
import type { ParseProblem, ParseResult } from '../../firewall-check/server-rules.ts';
import { FORMAT_1_MARKER, UNKNOWN_FORMAT_HINTS } from '../../firewall-check/parse-export.ts';
import type { CheckSay } from './check-words.ts';

export interface TextContext {
  say: CheckSay;
  lang: Language;
  catalog: Catalog;
  role: RoleId;
  dir: ScriptDirection;
  env: Environment;
}

/** One finding, worded. */
export interface FindingText {
  kind: FindingKind;
  /** The kind's name: "Missing", "Too broad"… */
  label: string;
  headline: string;
  details: string[];
  action: string;
  rule: RuleRef | null;
  /** The openings of the plan it concerns, each with its plan entry, data paths and notes. */
  specs: SpecRef[];
  /** Notes of the source about the finding itself (not about one opening). */
  noteIds: string[];
  unsupported: boolean;
  /** Where the source's support statement concerns the finding: what it means for this kind. */
  support: string | null;
}

export const endpointName = (catalog: Catalog, lang: Language, id: EndpointId): string =>
  catalog.endpoints.find((e) => e.id === id)?.name[lang] ?? id;

const protocolText = (protocol: Protocol, say: CheckSay): string =>
  protocol === 'tcp' || protocol === 6
    ? 'TCP'
    : protocol === 'udp' || protocol === 17
      ? 'UDP'
      : protocol === 'any' || protocol === 256
        ? say('protocol.any')
        : say('protocol.number', { number: protocol });

/** A port as the plan or a rule gives it: numbers as they are, Windows' RPC keywords in words. */
export function portWords(port: PortText, ctx: Pick<TextContext, 'say' | 'env'>): string {
  switch (port.toLowerCase()) {
    case 'any':
      return ctx.say('ports.any');
    case 'rpc':
      return ctx.say('ports.rpc', { range: formatRange(rpcRangeOf(ctx.env)) });
    case 'rpcepmap':
    case 'rpc-epmap':
      return ctx.say('ports.epmap');
    default:
      return port;
  }
}

const portsWords = (ports: readonly PortText[], ctx: TextContext) =>
  ports.map((p) => portWords(p, ctx)).join(', ');

const protocolPorts = (protocol: Protocol, ports: readonly PortText[], ctx: TextContext) =>
  `${protocolText(protocol, ctx.say)} ${portsWords(ports, ctx)}`;

/** "TCP 50636 from Hub Transport (program …)": an opening of the plan in the page's words. */
export function openingText(spec: SpecRef, ctx: TextContext): string {
  const peers = spec.peers
    .map((p) => endpointName(ctx.catalog, ctx.lang, p))
    .join(ctx.lang === 'ja' ? '、' : ', ');
  const main = ctx.say(ctx.dir === 'in' ? 'opening.in' : 'opening.out', {
    protocol: spec.protocol.toUpperCase(),
    ports: portsWords(spec.ports, ctx),
    peers,
  });
  const extra = [
    spec.program ? ctx.say('opening.program', { program: programText(spec.program) }) : null,
    spec.service ? ctx.say('opening.service', { service: spec.service }) : null,
  ].filter((x): x is string => x !== null);
  return extra.length > 0 ? `${main}; ${extra.join('; ')}` : main;
}

/** Where our scripts point the rule: Exchange's folder differs per server, Windows' does not. */
export const programText = (program: NonNullable<SpecRef['program']>): string =>
  `${program.base === 'exchange' ? '%ExchangeInstallPath%' : '%SystemRoot%\\'}${program.path}`;

/** The environment in words: only what the link sets, or that the defaults apply. */
export function environmentText(env: Environment, say: CheckSay): string {
  if (isDefaultEnvironment(env)) return say('env.default');
  return ENVIRONMENT_KEYS.flatMap((key) => {
    const value = env[key];
    if (value === null) return [];
    return [say(`env.${key}`, { value: typeof value === 'number' ? value : formatRange(value) })];
  }).join(', ');
}

const ruleVars = (rule: RuleRef) => ({ rule: rule.name, line: rule.line });

export function findingText(finding: Finding, ctx: TextContext): FindingText {
  const { say } = ctx;
  const base = {
    kind: finding.kind,
    label: say(`kind.${finding.kind}`),
    action: say(`action.${finding.kind}`),
    unsupported: finding.unsupported,
    noteIds: [] as string[],
    support:
      finding.unsupported && finding.kind !== 'not-needed'
        ? `${say('support.lead')} ${say(`support.${finding.kind}`)}`
        : null,
  };
  switch (finding.kind) {
    case 'blocked':
      return {
        ...base,
        headline: say(finding.certain ? 'f.blocked' : 'f.blockedMaybe', {
          ...ruleVars(finding.rule),
          ports: protocolPorts(finding.spec.protocol, finding.ports, ctx),
        }),
        details: [],
        rule: finding.rule,
        specs: [finding.spec],
      };
    case 'missing':
      return {
        ...base,
        headline: say('f.missing'),
        details: [
          say('f.missingPorts', {
            ports: protocolPorts(finding.spec.protocol, finding.ports, ctx),
          }),
          ...(finding.addresses.length > 0
            ? [say('f.missingAddresses', { addresses: finding.addresses.join(', ') })]
            : []),
          ...(finding.partial.length > 0
            ? [say('f.partial', { rules: finding.partial.map(ruleLabel).join(', ') })]
            : []),
        ],
        rule: null,
        specs: [finding.spec],
      };
    case 'wrong-protocol-or-port':
      return {
        ...base,
        headline: say(`f.${finding.reason}`, {
          ...ruleVars(finding.rule),
          found: protocolPorts(finding.found.protocol, finding.found.ports, ctx),
          expected: protocolPorts(finding.expected.protocol, finding.expected.ports, ctx),
          word: finding.word ?? '',
        }),
        details: [],
        rule: finding.rule,
        specs: [finding.spec],
      };
    case 'too-broad': {
      const programs = [
        ...new Set(finding.specs.flatMap((s) => (s.program ? [programText(s.program)] : []))),
      ];
      const headline = say(`f.${finding.reason}`, {
        ...ruleVars(finding.rule),
        ports: finding.extraPorts.map(formatRange).join(', '),
        programs: programs.length > 0 ? programs.join(', ') : say('programs.any'),
      });
      const shared = { ...base, headline, rule: finding.rule, specs: finding.specs };
      if (finding.reason === 'setup-gfw') {
        const twin = finding.twin;
        return {
          ...shared,
          details: [say('gfwSource'), twin ? say('gfw.twin', ruleVars(twin)) : say('gfw.noTwin')],
          action: say('action.setup-gfw'),
          noteIds: [GFW_NOTE_ID],
        };
      }
      // Setup's own rules cannot be narrowed in place, says the source: copy, then disable.
      const setupLine = finding.rule.setupLine;
      return setupLine
        ? {
            ...shared,
            details: [say('setupRule', { line: setupLine })],
            noteIds: [SETUP_RULES_CAUTION_NOTE_ID],
          }
        : { ...shared, details: [] };
    }
    case 'not-needed':
      return {
        ...base,
        headline: say('f.not-needed', {
          ...ruleVars(finding.rule),
          found: protocolPorts(finding.protocol, finding.ports, ctx),
          role: endpointName(ctx.catalog, ctx.lang, ctx.role),
          dir: say(`dir.${ctx.dir}`),
        }),
        details: finding.rule.setupLine
          ? [say('setupRuleNotNeeded', { line: finding.rule.setupLine })]
          : [],
        rule: finding.rule,
        specs: [],
      };
  }
}

/** “Name” (line 12), for lists of rules. */
export const ruleLabel = (rule: RuleRef): string => `“${rule.name}” (${rule.line})`;

/** A problem of the paste in words; `rulesRead` for a truncated export. */
export function problemText(problem: ParseProblem, say: CheckSay, rulesRead: number): string {
  const text = problem.text ?? '';
  switch (problem.kind) {
    case 'empty':
      return say('problem.empty');
    case 'unknown-format': {
      if (text.startsWith('format ')) return say('problem.laterFormat', { format: text });
      const hint = UNKNOWN_FORMAT_HINTS.find((h) => h === text);
      return hint
        ? say(`problem.hint.${hint}`)
        : say('problem.unknownFormat', { marker: FORMAT_1_MARKER });
    }
    case 'truncated':
      return say('problem.truncated', { count: rulesRead });
    case 'count-mismatch':
      return say('problem.countMismatch', {
        line: problem.line,
        expected: problem.expected ?? 0,
        found: problem.found ?? 0,
      });
    case 'bad-line':
      return say('problem.badLine', { line: problem.line, text });
    case 'bad-value':
      return say('problem.badValue', { line: problem.line, field: problem.field ?? '', text });
    case 'bad-header':
      return say('problem.badHeader', { line: problem.line, text });
  }
}

/** What the report says above its findings, the page and the exports alike. */
export type ReportFactId =
  'computer' | 'environment' | 'summary' | 'noRules' | 'outbound' | 'state';

export function reportFacts(
  report: CheckReport,
  parsed: ParseResult,
  say: CheckSay,
): { id: ReportFactId; text: string }[] {
  const dir = say(`dir.${report.dir}`);
  const { summary } = report;
  const facts: { id: ReportFactId; text: string | null }[] = [
    {
      id: 'computer',
      text: parsed.computer ? say('computer', { computer: parsed.computer }) : null,
    },
    { id: 'environment', text: say('environment', { env: environmentText(report.env, say) }) },
    {
      id: 'summary',
      text: say('summary', {
        read: summary.rulesRead,
        considered: summary.rulesConsidered,
        dir,
        covered: summary.openingsCovered,
        openings: summary.openings,
      }),
    },
    {
      id: 'noRules',
      text: summary.rulesConsidered === 0 ? say('noRulesOfDirection', { dir }) : null,
    },
    { id: 'outbound', text: report.dir === 'out' ? say('outboundNote') : null },
    { id: 'state', text: say('stateNote') },
  ];
  return facts.flatMap((f) => (f.text === null ? [] : [{ id: f.id, text: f.text }]));
}
