// @vitest-environment node
// Issue 16, requirement 3: no catalog or link text can leave a comment or a string in any
// generated script. Hostile text (every line break, every quote PowerShell knows, `$()`, `${}`,
// backticks, `@(`, `;`, `%PATH%`, `&`, `|`, `^`, `<`, `>`, `!`, Ctrl-Z, bidi controls) goes
// through every text field of the catalog, and through the link's addresses and environment, into
// every script kind, role, direction and language. Each script is then read as its shell reads it
// (grammar/inert-text.ts): PowerShell parsed by tree-sitter-powershell, cmd by the batch parser's
// rules. The text carries a marker (`Evil`) so that it is found wherever it lands.
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../catalog/ids.ts';
import type { Catalog, EndpointId, RoleId } from '../catalog/schema.ts';
import type { Language } from '../catalog/languages.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import { SCRIPT_KINDS, type ScriptKind } from '../view/view-state.ts';
import { connectivityScript } from './connectivity-checks.ts';
import { firewallScript, type FirewallScriptOptions } from './firewall-script.ts';
import { PEER_PARAMETERS } from './remote-addresses.ts';
import type { ScriptDirection } from './role-entries.ts';
import { ruleSet } from './rule-set.ts';
import { psString } from './powershell-rules.ts';
import { loadPowerShellGrammar } from './grammar/index.ts';
import {
  cmdProblems,
  MARKER,
  powerShellCode,
  powerShellCommands,
  powerShellProblems,
} from './grammar/inert-text.ts';
import { readPowerShellGrammar, SAY_EN, SAY_JA, testOptions } from './test-support.ts';
import { EVERY_SETTING } from '../plan/test-environments.ts';

await loadPowerShellGrammar(readPowerShellGrammar());

/** Every line break, each followed by the command it would start on a line of its own. */
const BREAKS = {
  CR: '\r',
  LF: '\n',
  CRLF: '\r\n',
  LS: '\u2028',
  PS: '\u2029',
  NEL: '\u0085',
  VT: '\v',
  FF: '\f',
  CtrlZ: '\u001a',
  NUL: '\u0000',
};
/** What would end a string or start code in PowerShell or cmd.exe. */
const SHELL = [
  "' ; Invoke-EvilQuote ; '",
  '‘ ; Invoke-EvilLeftQuote ; ’',
  '‚ ; Invoke-EvilLowQuote ; ‛',
  '" ; Invoke-EvilDouble ; "',
  '“ $(Invoke-EvilSub) ” „ ${Invoke-EvilBrace} ”',
  '` ; Invoke-EvilTick',
  '@(Invoke-EvilArray)',
  '; Invoke-EvilSemi',
  '%PATH% %~dp0 %1 !PATH!',
  '& Invoke-EvilAmp',
  '| Invoke-EvilPipe',
  '^& Invoke-EvilCaret',
  '< Invoke-EvilIn > Invoke-EvilOut',
  '\u202e Invoke-EvilBidi \u2066',
];
const HOSTILE = [
  ...Object.entries(BREAKS).map(([name, br]) => `${br}Invoke-Evil${name} #`),
  ...SHELL,
  ' ^',
].join(' ');

/**
 * Keys whose strings are ids, enums or structure: the plan is made of them, so they keep their
 * values here (the tests below give hostile values to those that reach code). Every other string
 * of the catalog gets the hostile text.
 */
const STRUCTURAL = new Set([
  'id',
  'kind',
  'protocol',
  'direction',
  'section',
  'from',
  'to',
  'source', // a provenance's kind (cell, note, inferred); the source cells are objects
  'noteId',
  'noteIds',
  'parentId',
  'concerns',
  'roles',
  'default',
  'supported',
  'methods',
  'qualifiers',
  'program',
  'updated',
  'sourceFile',
]);

const poison = (value: unknown, key: string): unknown => {
  if (typeof value === 'string') return STRUCTURAL.has(key) ? value : `${value}${HOSTILE}`;
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
};

const CLEAN = readCommittedCatalog();
const HOSTILE_CATALOG = poison(CLEAN, '') as Catalog;

const ENV_STATIC = EVERY_SETTING;
const ALL_PEERS = Object.keys(PEER_PARAMETERS) as EndpointId[];
const PEERS = Object.fromEntries(ALL_PEERS.map((p, i) => [p, [`10.0.${i}.1`, '10.1.0.0/24']]));

const LANGS: { lang: Language; say: typeof SAY_EN }[] = [
  { lang: 'en', say: SAY_EN },
  { lang: 'ja', say: SAY_JA },
];
const VARIANTS: { label: string; options: Partial<FirewallScriptOptions> }[] = [
  { label: 'defaults', options: {} },
  {
    label: 'static ports, peers, any address',
    options: { env: ENV_STATIC, peers: PEERS, anyAddress: true },
  },
];
const DIRS: ScriptDirection[] = ['in', 'out'];

/** A script of any kind, as the scripts view makes it (script-file.ts, without the selection). */
function script(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  kind: ScriptKind,
  options: FirewallScriptOptions,
): string {
  return kind === 'netsh' || kind === 'powershell'
    ? firewallScript(catalog, role, dir, kind, options).text
    : connectivityScript(catalog, role, kind, options);
}

const problemsOf = (kind: ScriptKind, text: string, harmless: string) =>
  kind === 'netsh' ? cmdProblems(text, harmless) : powerShellProblems(text);

/** Every command the PowerShell scripts run: nothing else may appear. */
const ALLOWED_COMMANDS = [
  'format-table',
  'get-command',
  'get-netfirewallrule',
  'join-path',
  'new-netfirewallrule',
  'new-object',
  'out-null',
  'out-string',
  'portqry.exe',
  'remove-netfirewallrule',
  'select-object',
  'select-remoteaddress',
  'sort-object',
  'test-tcpport',
  'where-object',
  'write-host',
  'write-warning',
];

describe('hostile text in every catalog field stays in comments and strings', () => {
  it('reaches the scripts (the test is not vacuous) and leaves the plan as it was', () => {
    expect(SCRIPT_KINDS).toEqual(['netsh', 'powershell', 'test', 'portqry']);
    for (const role of ROLE_IDS)
      for (const dir of DIRS) {
        const names = (c: Catalog) => ruleSet(c, role, dir, ENV_STATIC).rules.map((r) => r.name);
        expect(names(HOSTILE_CATALOG)).toEqual(names(CLEAN));
      }
    const text = script(HOSTILE_CATALOG, 'cas', 'in', 'powershell', testOptions());
    for (const name of Object.keys(BREAKS)) expect(text).toContain(`Invoke-Evil${name}`);
    expect(text).toContain('Invoke-EvilLeftQuote');
  });

  for (const kind of SCRIPT_KINDS)
    for (const role of ROLE_IDS)
      for (const dir of DIRS)
        for (const { lang, say } of LANGS)
          for (const { label, options: extra } of VARIANTS) {
            it(`${kind} ${role} ${dir} ${lang}, ${label}`, () => {
              const options = testOptions({ say, lang, ...extra });
              const text = script(HOSTILE_CATALOG, role, dir, kind, options);
              const harmless = script(CLEAN, role, dir, kind, options);
              expect(MARKER.test(text)).toBe(true);
              expect(problemsOf(kind, text, harmless)).toEqual([]);
              if (kind !== 'netsh') {
                // The same code as for the harmless catalog: only comments and strings differ.
                expect(powerShellCode(text)).toEqual(powerShellCode(harmless));
                expect(powerShellCommands(text)).toEqual(powerShellCommands(harmless));
                expect(ALLOWED_COMMANDS).toEqual(expect.arrayContaining(powerShellCommands(text)));
              }
            });
          }
});

/** Every script of every kind, role and direction, in English, for one catalog and options. */
function everyScript(catalog: Catalog, options: FirewallScriptOptions) {
  return SCRIPT_KINDS.flatMap((kind) =>
    ROLE_IDS.flatMap((role) =>
      DIRS.map((dir) => ({ kind, role, dir, text: script(catalog, role, dir, kind, options) })),
    ),
  );
}

/** Problems of every script, harmless twin from the clean catalog and `harmlessOptions`. */
function problemsOfEvery(
  catalog: Catalog,
  options: FirewallScriptOptions,
  harmlessOptions = options,
) {
  return everyScript(catalog, options).flatMap(({ kind, role, dir, text }) =>
    problemsOf(kind, text, script(CLEAN, role, dir, kind, harmlessOptions)).map(
      (p) => `${kind} ${role} ${dir}: ${p}`,
    ),
  );
}

describe('hostile values where a script writes code', () => {
  it('row ids (the checks list them in a string; descriptions name them)', () => {
    const catalog = structuredClone(CLEAN);
    for (const row of catalog.dataPaths) row.id = `${row.id}’ ; Invoke-EvilRow ; ‘`;
    for (const note of catalog.notes)
      note.concerns = note.concerns.map((id) => `${id}’ ; Invoke-EvilRow ; ‘`);
    const options = testOptions({ env: ENV_STATIC, peers: PEERS });
    const texts = everyScript(catalog, options).map((s) => s.text);
    expect(texts.some((t) => MARKER.test(t))).toBe(true);
    // Row ids are not code: they may change only strings and comments.
    for (const { kind, text } of everyScript(catalog, options))
      if (kind !== 'netsh') expect(powerShellProblems(text)).toEqual([]);
  });

  it('peer addresses from the link: only what Windows Firewall takes is written', () => {
    const hostile = [
      '10.0.0.1',
      '10.0.0.2\r\nInvoke-EvilAddress',
      "10.0.0.3' ; Invoke-EvilAddress ; '",
      '10.0.0.4’ ; Invoke-EvilAddress ; ‘',
      '10.0.0.5" & Invoke-EvilAddress & "',
      '10.0.0.6;Invoke-EvilAddress=out',
      '%Invoke-EvilAddress%',
      '10.0.0.7 Invoke-EvilAddress=any',
    ];
    const peers = Object.fromEntries(ALL_PEERS.map((p) => [p, hostile]));
    const harmless = Object.fromEntries(ALL_PEERS.map((p) => [p, ['10.0.0.1']]));
    const options = testOptions({ peers });
    const problems = problemsOfEvery(CLEAN, options, testOptions({ peers: harmless }));
    expect(problems).toEqual([]);
    for (const { kind, role, dir, text } of everyScript(CLEAN, options))
      if (kind === 'powershell')
        expect(powerShellCode(text)).toEqual(
          powerShellCode(script(CLEAN, role, dir, kind, testOptions({ peers: harmless }))),
        );
  });

  it('environment values that are not numbers are refused, never written', () => {
    const env = {
      ...ENV_STATIC,
      dagPort: '64327 & Invoke-EvilPort',
      rpcClientAccess: "59532'; Invoke-EvilPort; '",
    } as unknown as Environment;
    for (const kind of SCRIPT_KINDS)
      for (const role of ROLE_IDS)
        for (const dir of DIRS) {
          let text: string;
          try {
            text = script(CLEAN, role, dir, kind, testOptions({ env }));
          } catch {
            continue; // refused: nothing is written
          }
          const harmless = script(CLEAN, role, dir, kind, testOptions({ env: ENV_STATIC }));
          const problems = problemsOf(kind, text, harmless).filter((p) => !p.startsWith('code'));
          expect(problems, `${kind} ${role} ${dir}`).toEqual([]);
        }
  });

  it('a program path or a service name that is not plain gets no rule', () => {
    const catalog = structuredClone(CLEAN);
    for (const rule of catalog.firewallRules) {
      if (rule.program?.endsWith('Store.exe'))
        rule.program = 'Bin\\Store.exe" & Invoke-EvilProgram & "';
      // svchost's service is read from the first word of Setup's rule name (RpcHttpLBS ...).
      if (rule.program?.endsWith('svchost.exe'))
        rule.source.en.name = `Rpc’$(Invoke-EvilService) ${rule.source.en.name}`;
    }
    for (const role of ROLE_IDS) {
      const rules = ruleSet(catalog, role, 'in', DEFAULT_ENVIRONMENT).rules;
      expect(rules.some((r) => r.program?.path.includes('Store.exe'))).toBe(false);
      expect(rules.some((r) => MARKER.test(`${r.service ?? ''} ${r.name}`))).toBe(false);
    }
    for (const { kind, text } of everyScript(catalog, testOptions()))
      if (kind !== 'netsh') expect(powerShellProblems(text)).toEqual([]);
  });
});

// The oracle finds what it is for, so the tests above cannot pass by finding nothing.
describe('the oracle', () => {
  const ps = (...lines: string[]) => powerShellProblems(`${lines.join('\r\n')}\r\n`);
  const cmd = (...lines: string[]) => {
    const text = `${lines.join('\r\n')}\r\n`;
    return cmdProblems(text, text);
  };

  it('finds catalog text that left its comment or string in PowerShell', () => {
    expect(ps('# fine Invoke-Evil', "Write-Host 'ok'")).toEqual([]);
    expect(ps('# a\rInvoke-Evil')).not.toEqual([]);
    expect(ps('# a\u2028Invoke-Evil')).not.toEqual([]);
    expect(ps("New-NetFirewallRule -Description 'a’; Invoke-Evil; ‘b'")).not.toEqual([]);
    expect(ps("New-NetFirewallRule -Description 'Invoke-Evil'")).toEqual([]);
    expect(ps("New-NetFirewallRule -DisplayName 'Invoke-Evil'")).not.toEqual([]);
    expect(ps('Write-Host "$(Invoke-Evil)"')).not.toEqual([]);
  });

  it('psString keeps every quote PowerShell knows inside its string', () => {
    for (const quote of ["'", '‘', '’', '‚', '‛'])
      expect(
        ps(`New-NetFirewallRule -Description ${psString(`a${quote} ; Invoke-Evil ; ${quote}`)}`),
      ).toEqual([]);
  });

  it('finds catalog text that left its rem or quotes in a .cmd', () => {
    expect(cmd('rem fine & | < > Invoke-Evil', '@echo off')).toEqual([]);
    expect(cmd('rem a\u001aInvoke-Evil')).not.toEqual([]);
    expect(cmd('rem 100%')).not.toEqual([]);
    expect(cmd('rem a ^', 'Invoke-Evil')).not.toEqual([]);
    expect(
      cmd('netsh advfirewall firewall add rule name="x" description="a & Invoke-Evil"'),
    ).not.toEqual([]);
    expect(cmd('echo Invoke-Evil')).not.toEqual([]);
    expect(cmdProblems('rem\r\nnetsh a\r\n', 'rem\r\n')).not.toEqual([]);
  });
});
