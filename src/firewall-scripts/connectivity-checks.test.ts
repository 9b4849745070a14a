import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/schema.ts';
import { ROLE_IDS } from '../catalog/ids.ts';
import type { Language } from '../catalog/languages.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import {
  connectivityScript,
  MAX_RANGE,
  type CheckScriptOptions,
  type CheckTool,
} from './connectivity-checks.ts';
import { HOST_PARAMETER } from './host-parameters.ts';
import type { Say } from './script-words.ts';
import { readPhrases, SAY_EN, SAY_JA } from './test-support.ts';
import { EVERY_SETTING } from '../plan/test-environments.ts';

const catalog = readCommittedCatalog();

// The phrase tables as the scripts view merges them: the firewall scripts' and the checks'.
const CHECK = { en: readPhrases('en', 'check-script'), ja: readPhrases('ja', 'check-script') };
const SCRIPT = { en: readPhrases('en', 'script'), ja: readPhrases('ja', 'script') };
const SAY: Record<Language, Say> = { en: SAY_EN, ja: SAY_JA };

const options = (lang: Language, env: Environment = DEFAULT_ENVIRONMENT): CheckScriptOptions => ({
  env,
  say: SAY[lang],
  lang,
});

const ENVIRONMENT = EVERY_SETTING;
const TOOLS: CheckTool[] = ['test', 'portqry'];

const lines = (script: string) => script.split('\r\n');
const isComment = (line: string) => line.trimStart().startsWith('#');
const codeLines = (script: string) => lines(script).filter((l) => !isComment(l));
const commentText = (script: string) => lines(script).filter(isComment).join('\n');

const checksIn = (script: string) =>
  [
    ...script.matchAll(
      /^ {2}@\{ Rows = '([a-z0-9, -]+)'; Parameter = '(\w+)'; Host = \$(\w+); Protocol = '(TCP|UDP)'; Port = (\d+) \},?$/gm,
    ),
  ].map(([, rows, param, variable, protocol, port]) => {
    expect(variable).toBe(param);
    return `${rows} ${param} ${protocol} ${port}`;
  });

/** Constructs Windows PowerShell 2.0 (Windows Server 2008 SP2 / 2008 R2) does not have. */
const POWERSHELL_3_ONLY = [
  /\[pscustomobject\]/i,
  /\[ordered\]/i,
  /Test-NetConnection/i,
  /Resolve-DnsName/i,
  /Get-CimInstance/i,
  /Get-NetFirewallRule|New-NetFirewallRule/i,
  /ConvertFrom-Json|ConvertTo-Json|Invoke-RestMethod|Invoke-WebRequest/i,
  /\$PSItem\b/,
  /\.(ForEach|Where)\(/,
  /\s-(not)?in\s/i,
  /-ErrorAction\s+Ignore/i,
  /\$using:/i,
];

/** The literal parts of a table's phrases (placeholders and line breaks cut out), long ones only. */
const fragments = (table: Record<string, string>) =>
  Object.values(table).flatMap((phrase) =>
    phrase
      .split(/{{\w+}}|\n/)
      .map((part) => part.trim())
      .filter((part) => part.length >= 12),
  );
/** Fragments of one language's check phrases that no phrase of the other language holds. */
const onlyIn = (lang: Language, other: Language) =>
  fragments(CHECK[lang]).filter((f) => !Object.values(CHECK[other]).some((p) => p.includes(f)));

describe('check script phrases', () => {
  it('have the same keys and placeholders in both languages, none empty, all check.*', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    expect(Object.keys(CHECK.en).sort()).toEqual(Object.keys(CHECK.ja).sort());
    for (const [key, en] of Object.entries(CHECK.en)) {
      expect(key).toMatch(/^check\./);
      expect(key in SCRIPT.en, key).toBe(false);
      expect(en.trim(), key).not.toBe('');
      expect(CHECK.ja[key]!.trim(), key).not.toBe('');
      expect(placeholders(CHECK.ja[key]!), key).toEqual(placeholders(en));
    }
  });

  it('are Japanese in ja and English (ASCII but the source quote marks) in en', () => {
    // Words that are the same in every language: a tool's name, a setting and its value.
    const neutral = new Set(['check.tool.portqry', 'check.envSetting']);
    for (const [key, ja] of Object.entries(CHECK.ja)) {
      if (!neutral.has(key)) expect(ja, key).toMatch(/[\u3001-\u30ff\u4e00-\u9fff]/);
      expect(CHECK.en[key]!.replace(/[「」]/g, ''), key).toMatch(/^[\x20-\x7e\n]*$/);
    }
  });

  it('are all used, and no other check phrase is asked for', () => {
    const used = new Set<string>();
    const recording: Say = (key, vars) => {
      used.add(key);
      return SAY.en(key, vars);
    };
    // A long range, so the range remark is made whether or not the catalog has one.
    const wide: Catalog = structuredClone(catalog);
    const row = wide.dataPaths.find((r) => r.ports.some((p) => p.kind === 'number'))!;
    const port = row.ports.find((p) => p.kind === 'number')!;
    port.from = 50000;
    port.to = 50000 + MAX_RANGE;
    for (const source of [catalog, wide])
      for (const role of ROLE_IDS)
        for (const tool of TOOLS)
          for (const env of [DEFAULT_ENVIRONMENT, ENVIRONMENT])
            connectivityScript(source, role, tool, { env, say: recording, lang: 'en' });
    expect([...used].sort()).toEqual(Object.keys(CHECK.en).sort());
  });
});

describe.each(ROLE_IDS.map((role) => [role]))('role %s, outbound', (role) => {
  const test = connectivityScript(catalog, role, 'test', options('en'));
  const portqry = connectivityScript(catalog, role, 'portqry', options('en'));
  const rows = catalog.dataPaths.filter(
    (r) =>
      r.from === role ||
      (r.to === role && r.ports.some((p) => p.direction === 'out' || p.direction === 'both')),
  );
  const all = TOOLS.flatMap((tool) =>
    [DEFAULT_ENVIRONMENT, ENVIRONMENT].map((env) => ({
      tool,
      env,
      en: connectivityScript(catalog, role, tool, options('en', env)),
      ja: connectivityScript(catalog, role, tool, options('ja', env)),
    })),
  );

  it('checks every numbered port of every outbound path against its destination, nothing else', () => {
    const expected = rows.flatMap((row) =>
      row.ports.flatMap((p) => {
        // A `both` port is outbound from either end; OUT (relative to `to`) from the `to` end.
        const outbound =
          row.from === role
            ? p.direction !== 'out'
            : p.direction === 'out' || p.direction === 'both';
        if (!outbound) return [];
        const peer = row.from === role && p.direction !== 'out' ? row.to : row.from;
        const line = (proto: string, port: number) => ({
          row: row.id,
          key: `${peer === 'ad' && port === 3268 ? 'GlobalCatalog' : HOST_PARAMETER[peer]} ${proto} ${port}`,
        });
        if (p.kind === 'rpc-epmap') return [line('TCP', 135)];
        if (p.kind !== 'number' || p.to! - p.from! + 1 > MAX_RANGE) return [];
        const proto = p.protocol!.toUpperCase();
        return Array.from({ length: p.to! - p.from! + 1 }, (_, i) => line(proto, p.from! + i));
      }),
    );
    // Each destination, protocol and port once, with every row that needs it.
    const distinct = new Map<string, string[]>();
    for (const { row, key } of expected) {
      const rowsOf = distinct.get(key) ?? [];
      if (!rowsOf.includes(row)) rowsOf.push(row);
      distinct.set(key, rowsOf);
    }
    const lines = [...distinct].map(([key, ids]) => `${ids.join(', ')} ${key}`);
    expect(checksIn(test)).toEqual(lines);
    expect(checksIn(portqry)).toEqual(lines);
    expect(new Set(lines.map((l) => l.split(' ').slice(-3).join(' '))).size).toBe(lines.length);
  });

  it('one host parameter per destination; Active Directory defaults to the DNS domain', () => {
    const params = [...test.matchAll(/^ {2}\[string\]\$(\w+) = (.*?),?$/gm)].map((m) => m[1]);
    const used = new Set(checksIn(test).map((c) => c.split(' ').at(-3)));
    expect(new Set(params)).toEqual(used);
    if (used.has('DomainController')) {
      expect(test).toContain('[string]$DomainController = $env:USERDNSDOMAIN');
    }
  });

  it('runs on PowerShell 2.0: a TCP connection with a timeout, no 3.0-only construct', () => {
    expect(test).toMatch(/cannot test\r\n# UDP/);
    expect(test).toContain("elseif ($c.Protocol -ne 'TCP')");
    expect(test).toContain('$client = New-Object System.Net.Sockets.TcpClient');
    expect(test).toContain('elseif (Test-TcpPort $c.Host $c.Port 3000)');
    for (const { en, ja } of all) {
      for (const script of [en, ja]) {
        for (const construct of POWERSHELL_3_ONLY) {
          expect(
            codeLines(script).filter((l) => construct.test(l)),
            String(construct),
          ).toEqual([]);
        }
        expect(script).toContain('New-Object PSObject -Property @{');
      }
    }
  });

  it('PortQry: looked for once before any check, and its last verdict read for UDP', () => {
    expect(portqry).toContain('portqry.exe -n $c.Host -e $c.Port -p $c.Protocol.ToLower()');
    const lookup = portqry.indexOf('if (-not (Get-Command portqry.exe');
    expect(lookup).toBeGreaterThan(0);
    expect(lookup).toBeLessThan(portqry.indexOf('$results = foreach'));
    expect(portqry).toContain('$found[$found.Count - 1].Groups[1]');
    expect(portqry).toContain("elseif ($status -eq 'LISTENING OR FILTERED') { $result = 'PASS?' }");
  });

  it('asks a global catalog for 3268, found from the forest when not given', () => {
    const gc = checksIn(test).filter((c) => c.endsWith(' 3268'));
    for (const check of gc) expect(check).toContain(' GlobalCatalog TCP 3268');
    if (gc.length > 0) {
      expect(test).toContain("[string]$GlobalCatalog = ''");
      expect(test).toContain('GetCurrentForest().FindGlobalCatalog().Name');
    }
  });

  it('quotes the source for ports without a number, names every row, and is stable', () => {
    for (const { en, ja } of all) {
      for (const script of [en, ja]) {
        for (const row of rows) expect(script).toContain(`# ${row.id}: ${row.source.ja.path}`);
        for (const row of rows) {
          for (const p of row.ports.filter(
            (x) => x.kind === 'dynamic' || x.kind === 'dynamic-rpc',
          )) {
            if (row.from === role) expect(script).toContain(`「${p.text}」`);
          }
        }
      }
    }
    expect(connectivityScript(catalog, role, 'test', options('en'))).toBe(test);
    expect(connectivityScript(catalog, role, 'portqry', options('en'))).toBe(portqry);
  });

  it('the code is the same in both languages, and ASCII', () => {
    for (const { en, ja } of all) {
      expect(codeLines(ja)).toEqual(codeLines(en));
      expect(lines(ja).length).toBeGreaterThan(0);
      for (const line of codeLines(en)) expect(line).toMatch(/^[\x20-\x7e]*$/);
    }
  });

  it('comments are in the page language: Japanese in ja, English in en', () => {
    const enOnly = onlyIn('en', 'ja');
    const jaOnly = onlyIn('ja', 'en');
    expect(enOnly.length).toBeGreaterThan(10);
    expect(jaOnly.length).toBeGreaterThan(10);
    for (const { tool, env, en, ja } of all) {
      const enComments = commentText(en);
      const jaComments = commentText(ja);
      expect(enOnly.filter((f) => jaComments.includes(f))).toEqual([]);
      expect(jaOnly.filter((f) => enComments.includes(f))).toEqual([]);
      // The words of each language, and the catalog's names in it.
      const roleName = catalog.endpoints.find((e) => e.id === role)!.name;
      expect(ja).toContain(`# ${SAY.ja('check.pathsHeading')}`);
      expect(ja).toContain(`${roleName.ja} (${role})`);
      expect(en).toContain(`# ${SAY.en('check.pathsHeading')}`);
      expect(en).toContain(`the ${roleName.en} (${role})`);
      const before = tool === 'test' ? 'check.tcpFunction' : 'check.portqryLookup';
      expect(ja).toContain(`# ${SAY.ja(before)}`);
      expect(en).toContain(`# ${SAY.en(before)}`);
      if (env !== DEFAULT_ENVIRONMENT) {
        expect(ja).toContain(`# ${SAY.ja('check.envHeading')}`);
        expect(en).toContain(`# ${SAY.en('check.envHeading')}`);
      }
      // The English path line only in English.
      for (const row of rows.filter((r) => r.source.en.path !== r.source.ja.path)) {
        expect(en).toContain(`#   ${row.source.en.path}\r\n`);
        expect(ja).not.toContain(`#   ${row.source.en.path}\r\n`);
      }
    }
  });
});

describe('catalog text with line breaks stays in comments', () => {
  const BREAK = 'x\r\nStart-Process calc.exe\u2028net user evil /add';
  const hostile: Catalog = structuredClone(catalog);
  hostile.endpoints = hostile.endpoints.map((e) => ({
    ...e,
    name: { ja: `${e.name.ja}${BREAK}`, en: `${e.name.en}${BREAK}` },
  }));
  hostile.dataPaths = hostile.dataPaths.map((row) => ({
    ...row,
    source: {
      ...row.source,
      ja: { ...row.source.ja, path: `${row.source.ja.path}${BREAK}`, ports: BREAK },
      en: { ...row.source.en, path: BREAK },
    },
    ports: row.ports.map((p) => ({ ...p, text: BREAK })),
  }));
  it.each(ROLE_IDS.flatMap((role) => TOOLS.map((tool) => [role, tool] as const)))(
    '%s %s',
    (role, tool) => {
      for (const lang of ['en', 'ja'] as const) {
        const script = connectivityScript(hostile, role, tool, options(lang));
        for (const line of lines(script))
          if (/calc|net user/.test(line)) expect(line).toMatch(/^\s*#/);
      }
    },
  );
});
