// The comments of a firewall script, the same for netsh and PowerShell: the header (what the
// script changes and leaves alone, the source's support statement, the peers' addresses, how to
// run it, the environment), the data paths behind the rules, one block per rule and the ports
// that get no rule. Plain lines in the page's language; the writer comments them (`rem`, `#`).
import type { Catalog, DataPath, EndpointId, Provenance } from '../catalog/schema.ts';
import type { Language } from '../catalog/languages.ts';
import { isUnsupportedFirewallRow, SUPPORT_NOTE_ID } from '../catalog/support-statement.ts';
import {
  DEFAULT_DAG_PORT,
  ENVIRONMENT_KEYS,
  formatRange,
  SETTING_SOURCES,
  type Environment,
} from '../plan/environment.ts';
import type { FirewallRuleSpec, RuleSet } from './rule-set.ts';
import { RULE_PREFIX } from './rule-set.ts';
import { PEER_PARAMETERS, type PeerAddresses } from './remote-addresses.ts';
import { firewallStatement } from './source-statement.ts';
import type { Say } from './script-words.ts';
import { endpointName as catalogEndpointName, TOOL } from './script-text.ts';

export type FirewallTarget = 'netsh' | 'powershell';

export interface ScriptContext {
  catalog: Catalog;
  set: RuleSet;
  target: FirewallTarget;
  peers: PeerAddresses;
  anyAddress: boolean;
  file: string;
  say: Say;
  lang: Language;
}

export const groupName = (set: Pick<RuleSet, 'role' | 'dir'>) => `${TOOL} - ${set.role} ${set.dir}`;

const endpointName = ({ catalog, lang }: ScriptContext, id: EndpointId) =>
  catalogEndpointName(catalog, id, lang);

export const parameterOf = (target: FirewallTarget, peer: EndpointId) =>
  target === 'netsh' ? PEER_PARAMETERS[peer].cmd : `-${PEER_PARAMETERS[peer].ps}`;

const anySwitch = (target: FirewallTarget) =>
  target === 'netsh' ? '/anyaddress' : '-AllowAnyAddress';

/** Every peer the rules of a set need, in endpoint order of first use. */
export const peersOf = (set: RuleSet): EndpointId[] => [
  ...new Set(set.rules.flatMap((r) => r.peers)),
];

/** Rules none of whose peers has an address: skipped unless opened to any address. */
export const skippedRules = (set: RuleSet, peers: PeerAddresses) =>
  set.rules.filter((r) => r.peers.every((p) => (peers[p] ?? []).length === 0));

const peerLines = (ctx: ScriptContext): string[] => {
  const { say, set, target } = ctx;
  return [
    say('peersHeading'),
    ...peersOf(set).flatMap((peer) => {
      const addresses = ctx.peers[peer] ?? [];
      const vars = { parameter: parameterOf(target, peer), peer: endpointName(ctx, peer) };
      if (addresses.length > 0)
        return [say('peerGiven', { ...vars, addresses: addresses.join(',') })];
      const count = set.rules.filter((r) => r.peers.includes(peer)).length;
      return [
        say('peerMissing', { ...vars, count }),
        ...(peer === 'internet-smtp' ? [say('peerInternet', { parameter: vars.parameter })] : []),
      ];
    }),
    say(ctx.anyAddress ? 'peersSkippedAny' : 'peersSkipped', {
      skipped: skippedRules(set, ctx.peers).length,
      total: set.rules.length,
      anySwitch: anySwitch(target),
    }),
  ];
};

const usageLines = ({ say, target, file, set }: ScriptContext): string[] =>
  target === 'netsh'
    ? [
        say('usageNetsh', { file }),
        say('usageNetshPrint'),
        say('usageNetshRemove'),
        say('usageNetshAny'),
      ]
    : [
        say('usagePs', { file, example: parameterOf(target, peersOf(set)[0] ?? 'hub') }),
        say('usagePsWhatIf'),
        say('usagePsStore'),
        say('usagePsOld'),
      ];

const environmentLines = ({ say, set: ruleSet }: ScriptContext, env: Environment): string[] => {
  const set = ENVIRONMENT_KEYS.flatMap((key) => {
    const value = env[key];
    if (value === null) return [];
    const { where, show } = SETTING_SOURCES[key];
    const text = typeof value === 'number' ? `${value}` : formatRange(value);
    return [say('envSetting', { name: key, value: text, where, show })];
  });
  const dag = ruleSet.rules.some((r) => r.settings.includes('dagPort'));
  return set.length > 0 ? [say('envHeading'), ...set] : [say(dag ? 'envNoneDag' : 'envNone')];
};

const statementLines = ({ catalog, say }: ScriptContext): string[] => {
  const s = firewallStatement(catalog);
  if (!s) return [];
  return [
    say('statementSays', { noteId: s.noteId }),
    `  「${s.ja}」`,
    `  "${s.en}"`,
    say('statementMeaning'),
  ];
};

/**
 * The first words of the names of Setup's rules on a role (MSExchange..., RpcHttpLBS, MSFTED,
 * SESWorker, UMService...): what finds them among the server's rules, in any display language.
 */
const setupRuleWords = (catalog: Catalog, role: EndpointId): string[] => [
  ...new Set(
    catalog.firewallRules
      .filter((r) => r.roles.includes(role as never))
      .map((r) => r.source.en.name.split(/[ -]/)[0] ?? '')
      .map((word) => (word.startsWith('MSExchange') ? 'MSExchange' : word))
      .filter((word) => /^[A-Za-z][A-Za-z0-9]+$/.test(word)),
  ),
];

export function headerLines(ctx: ScriptContext): string[] {
  const { say, set, catalog, target, lang } = ctx;
  const d = catalog.document;
  const role = endpointName(ctx, set.role);
  const names = setupRuleWords(catalog, set.role);
  const listCommand =
    target === 'netsh'
      ? `netsh advfirewall firewall show rule name=all | findstr /i ${names.map((n) => `/c:${n}`).join(' ')}`
      : `Get-NetFirewallRule | Where-Object { $_.DisplayName -match '^(${names.join('|')})' } | Format-Table DisplayName,Enabled`;
  return [
    say('title', {
      tool: TOOL,
      role,
      dir: say(`dir.${set.dir}`),
      target: say(`target.${target}`),
    }),
    say('madeFrom', {
      titleJa: d.title.ja,
      titleEn: d.title.en,
      appliesEn: lang === 'ja' ? d.appliesTo.ja : d.appliesTo.en,
      updated: d.updated,
    }),
    say(set.remarks.length > 0 ? 'counts' : 'countsNoRemarks', {
      entries: set.plan.entries.length,
      rules: set.rules.length,
      remarks: set.remarks.length,
    }),
    '',
    say('whatHeading'),
    say('whatAdds', { prefix: RULE_PREFIX, role: set.role, dir: set.dir }),
    target === 'netsh' ? say('whatRemoveNetsh') : say('whatGroup', { group: groupName(set) }),
    say('whatScoped', { anySwitch: anySwitch(target) }),
    say('whatLeaves'),
    say('whatSetup', { command: listCommand }),
    ...(set.dir === 'out' ? [say('whatOutbound')] : [say('whatPrograms')]),
    '',
    ...statementLines(ctx),
    '',
    ...peerLines(ctx),
    '',
    ...usageLines(ctx),
    '',
    ...environmentLines(ctx, set.env),
    '',
    say('marks'),
  ];
}

const provenanceLines = (ctx: ScriptContext, what: string, origin: Provenance): string[] => {
  const { say, lang } = ctx;
  if (origin.source === 'cell') return [];
  if (origin.source === 'note')
    return [say('fromNote', { what, noteId: origin.noteId ?? '', text: origin.text ?? '' })];
  return [
    say('inferred', {
      what,
      see: origin.noteId ? say('inferredSee', { noteId: origin.noteId }) : '',
      reason: origin.reason?.[lang] ?? '',
    }),
    ...(origin.citations ?? []).map((c) => say('notFromSource', { title: c.title, url: c.url })),
  ];
};

/** One data path: its id, the source's path and ports cell, and every reading not in a cell. */
const pathLines = (ctx: ScriptContext, row: DataPath): string[] => {
  const { say, lang } = ctx;
  return [
    `${row.id}: ${row.source.ja.path}${lang === 'en' ? ` / ${row.source.en.path}` : ''}`,
    `  ${row.source.ja.ports}`,
    ...(isUnsupportedFirewallRow(row) ? [say('notSupported', { noteId: SUPPORT_NOTE_ID })] : []),
    ...provenanceLines(ctx, say('sourceEnd', { id: row.from }), row.ends.from),
    ...provenanceLines(ctx, say('destinationEnd', { id: row.to }), row.ends.to),
    ...(row.bothWays ? [say('bothWays', { reason: row.bothWays.reason[lang] })] : []),
    ...row.ports.flatMap((p) => provenanceLines(ctx, say('portWhat', { text: p.text }), p.origin)),
    ...row.relatedPorts.map((p) =>
      say('related', {
        port: `${p.protocol?.toUpperCase() ?? ''} ${p.from ?? ''}`.trim(),
        noteId: p.origin.noteId ?? '',
        comment: p.comment?.[lang] ?? '',
      }),
    ),
  ];
};

/** The rows of the given ids, in catalog order: the plan already chose them (no filtering here). */
const rowsById = (catalog: Catalog, ids: Iterable<string>): DataPath[] => {
  const index = new Map(catalog.dataPaths.map((row, i) => [row.id, i]));
  return [...new Set(ids)]
    .flatMap((id) => {
      const i = index.get(id);
      return i === undefined ? [] : [i];
    })
    .sort((a, b) => a - b)
    .flatMap((i) => catalog.dataPaths[i] ?? []);
};

export const rowsOf = (ctx: ScriptContext): DataPath[] =>
  rowsById(
    ctx.catalog,
    ctx.set.plan.entries.flatMap((e) => e.pathIds),
  );

export const pathIndexLines = (ctx: ScriptContext): string[] => [
  ctx.say('pathsHeading'),
  ...rowsOf(ctx).flatMap((row) => pathLines(ctx, row)),
];

const peerList = (ctx: ScriptContext, peers: EndpointId[]) =>
  peers.map((p) => `${endpointName(ctx, p)} [${parameterOf(ctx.target, p)}]`).join(', ');

const fromTo = ({ say, set }: ScriptContext) => say(set.dir === 'in' ? 'ruleFrom' : 'ruleTo');

function kindLines(ctx: ScriptContext, rule: FirewallRuleSpec): string[] {
  const { say, set, catalog } = ctx;
  switch (rule.kind) {
    case 'rpc-epmap':
      return [say('ruleMapper')];
    case 'rpc-dynamic': {
      const setup = catalog.firewallRules.find((r) => r.id === rule.setupRuleId);
      return [
        say('ruleDynamic', {
          program: rule.program?.path ?? '',
          setupRule: rule.setupRuleId ?? '',
          setupName: setup?.source.en.name ?? '',
        }),
        ...(rule.service ? [say('ruleDynamicService', { service: rule.service })] : []),
      ];
    }
    case 'rpc-static':
      return rule.settings.map((setting) =>
        say('ruleStatic', {
          port: rule.ports.join(', '),
          setting,
          show: SETTING_SOURCES[setting].show,
        }),
      );
    case 'rpc-out': {
      const range = rule.ports[rule.ports.length - 1] ?? '';
      const dc = rule.peers.some((p) => p === 'ad');
      const rangeNote = rule.settings.includes('rpcRange')
        ? say('rangeSet')
        : dc
          ? say('rangeDc')
          : say('rangeDefault');
      return [say('ruleOutRpc', { peers: peerList(ctx, rule.peers), range, rangeNote })];
    }
    case 'ports':
      return rule.settings.includes('dagPort')
        ? [
            say('ruleDag', {
              port: set.env.dagPort ?? DEFAULT_DAG_PORT,
              origin: say(set.env.dagPort === null ? 'dagDefault' : 'dagSet'),
            }),
          ]
        : [];
  }
}

export function ruleCommentLines(ctx: ScriptContext, rule: FirewallRuleSpec, n: number): string[] {
  const { say, set } = ctx;
  const unsupported = rowsOf(ctx).filter(
    (row) => rule.pathIds.includes(row.id) && isUnsupportedFirewallRow(row),
  );
  const fromEnvironment = set.plan.entries.some(
    (e) => e.fromEnvironment && rule.entryKeys.includes(e.key),
  );
  return [
    say('ruleHeading', { n, count: set.rules.length, name: rule.name }),
    say('ruleOpens', {
      protocol: rule.protocol,
      ports: rule.ports.join(', '),
      fromTo: fromTo(ctx),
      peers: peerList(ctx, rule.peers),
    }),
    ...kindLines(ctx, rule),
    ...(fromEnvironment ? [say('ruleEnvOpening')] : []),
    ...(rule.pathIds.length > 0 ? [say('rulePaths', { paths: rule.pathIds.join(', ') })] : []),
    ...(rule.kind === 'ports' && rule.purpose.length > 0
      ? [say('rulePurpose', { purpose: rule.purpose.join(', ') })]
      : []),
    ...(unsupported.length > 0
      ? [
          say('ruleUnsupported', {
            paths: unsupported.map((r) => r.id).join(', '),
            noteId: SUPPORT_NOTE_ID,
          }),
        ]
      : []),
  ];
}

/** Outlook reaches a CAS on dynamic RPC unless both its static ports are set: no rule opens that. */
const outlookLeftOut = ({ set }: ScriptContext) =>
  set.role === 'cas' &&
  set.dir === 'in' &&
  (set.env.rpcClientAccess === null || set.env.addressBook === null);

export function remarkLines(ctx: ScriptContext): string[] {
  const { say, set, catalog } = ctx;
  const outlook = outlookLeftOut(ctx) ? [say('outlookDynamic')] : [];
  if (set.remarks.length === 0 && outlook.length === 0) return [];
  return [
    say('remarksHeading'),
    ...outlook,
    ...set.remarks.flatMap(({ entry, opening }) => {
      const vars = {
        protocol: entry.protocol?.toUpperCase() ?? say('remarkNoProtocol'),
        fromTo: fromTo(ctx),
        peers: (set.dir === 'in' ? entry.from : entry.to)
          .map((p) => endpointName(ctx, p))
          .join(', '),
        paths: entry.pathIds.join(', '),
      };
      const line =
        opening.kind === 'any'
          ? say('remarkAny', vars)
          : opening.kind === 'unnumbered'
            ? say('remarkUnnumbered', { ...vars, service: opening.service ?? '' })
            : say('remarkDynamic', vars);
      const cells = rowsById(catalog, entry.pathIds).map((row) =>
        say('remarkCell', { id: row.id, cell: row.source.ja.ports }),
      );
      return [line, ...cells];
    }),
  ];
}
