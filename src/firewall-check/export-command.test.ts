// @vitest-environment node
// The export command: parsed by tree-sitter-powershell with no error, Windows PowerShell 2.0 only,
// read-only, and its formatting, simulated on rules as the COM object gives them, is exactly
// formatExport's text, which parseExport reads back.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkCommands,
  loadPowerShellGrammar,
  parsePowerShell,
  powerShell2Problems,
} from '../firewall-scripts/grammar/index.ts';
import { readPowerShellGrammar } from '../firewall-scripts/test-support.ts';
import { EXPORT_COMMAND, EXPORT_FILE_NAME, EXPORTED_PROPERTIES } from './export-command.ts';
import { formatExport } from './format-export.ts';
import { ALL_PROFILES, FORMAT_1_COLUMNS, PROFILE_BITS, parseExport } from './parse-export.ts';
import type { PortToken, ServerRule } from './server-rules.ts';
import { serverRule } from './test-support.ts';

await loadPowerShellGrammar(readPowerShellGrammar());

/**
 * Windows PowerShell 2.0 cmdlets the command may call, with the parameters it may give them
 * (all in 2.0's help: Set-Content, Join-Path, Test-Path, New-Object -ComObject, Write-Host).
 * Set-Content is not (yet) in the grammar oracle's DOCUMENTED_COMMANDS, so it is checked here:
 * https://learn.microsoft.com/powershell/module/microsoft.powershell.management/set-content
 * (-LiteralPath, -Value, -Encoding UTF8 are in 2.0; -NoNewline came in 5.0, utf8NoBOM in 6).
 */
const ALLOWED: Record<string, readonly string[]> = {
  'New-Object': ['ComObject', 'TypeName'],
  'Join-Path': ['Path', 'ChildPath'],
  'Test-Path': ['LiteralPath'],
  'Set-Content': ['LiteralPath', 'Value', 'Encoding'],
  'Write-Host': [],
};

describe('EXPORT_COMMAND', () => {
  const parsed = parsePowerShell(EXPORT_COMMAND);

  it('parses with tree-sitter-powershell with no error, tolerated or not', () => {
    expect(parsed.syntaxErrors).toEqual([]);
    expect(parsed.toleratedErrors).toEqual([]);
  });

  it('uses nothing Windows PowerShell 2.0 lacks', () => {
    expect(powerShell2Problems(parsed)).toEqual([]);
    expect(EXPORT_COMMAND).not.toMatch(/pscustomobject|::new|NetFirewall|utf8NoBOM|-MemberName/i);
  });

  it('calls only PowerShell 2.0 cmdlets, with their documented parameters', () => {
    const named = parsed.commands.filter((c) => !c.dynamic);
    expect(new Set(named.map((c) => c.name))).toEqual(new Set(Object.keys(ALLOWED)));
    for (const command of named) {
      for (const p of command.parameters) expect(ALLOWED[command.name]).toContain(p.name);
    }
    // The oracle's own table agrees for every cmdlet it has.
    const findings = checkCommands(parsed).filter((f) => !f.message.startsWith('Set-Content:'));
    expect(findings).toEqual([]);
    expect(EXPORT_COMMAND).toMatch(/-Encoding UTF8\b/);
  });

  it('is read-only: no firewall cmdlet or netsh, no property set, no method but on its list', () => {
    expect(EXPORT_COMMAND).not.toMatch(/netsh|NetFirewall|Rules\.(Add|Remove)/i);
    // Property sets: `$x.Name = …` (assignments are only to plain variables).
    expect(EXPORT_COMMAND).not.toMatch(/\$[\w:]+(\.[\w$]+)+\s*=[^=]/);
    // Method calls: only on the command's own list of lines.
    const calls = [...EXPORT_COMMAND.matchAll(/(\$[\w:]+(?:\.[\w$]+)*)\.(\w+)\(/g)].map(
      (m) => `${m[1]}.${m[2]}`,
    );
    expect(new Set(calls)).toEqual(new Set(['$lines.Add', '$lines.ToArray']));
    expect(EXPORT_COMMAND).toContain('New-Object -ComObject HNetCfg.FwPolicy2');
  });

  it('writes to the Desktop, else TEMP, and says where', () => {
    // The shell's Desktop, wherever folder redirection puts it.
    expect(EXPORT_COMMAND).toContain("[Environment]::GetFolderPath('Desktop')");
    expect(EXPORT_COMMAND).toContain('$folder = $env:TEMP');
    expect(EXPORT_COMMAND).toContain(`'${EXPORT_FILE_NAME}'`);
    expect(EXPORT_COMMAND).toMatch(/Write-Host "Wrote \$count .* \$file"/);
  });

  it('has no blank line (the console would end the block there)', () => {
    expect(EXPORT_COMMAND.split('\n').filter((l) => l.trim() === '')).toEqual([]);
  });
});

// ---- A simulated run ---------------------------------------------------------------------
// The command's formatting read from its own text (the property list, the header, the marker,
// the replacement and the End line), applied to COM objects built from rules the way
// INetFwRule gives them; PowerShell's [string] of a COM value: bool True/False, a number in
// decimal, null as ''.

type ComValue = string | number | boolean | null;

const comPorts = (tokens: PortToken[]) =>
  tokens
    .map((t) =>
      t.kind === 'any'
        ? '*'
        : t.kind === 'keyword'
          ? t.keyword
          : t.from === t.to
            ? `${t.from}`
            : `${t.from}-${t.to}`,
    )
    .join(',');

/** A rule as INetFwRule's properties hold it. */
function comRule(rule: ServerRule): Record<string, ComValue> {
  const protocol = { tcp: 6, udp: 17, any: 256 } as const;
  const all = PROFILE_BITS.every(([p]) => rule.profiles.includes(p));
  return {
    Name: rule.name,
    Enabled: rule.enabled,
    Direction: rule.direction === 'in' ? 1 : 2,
    Action: rule.action === 'allow' ? 1 : 0,
    Protocol: typeof rule.protocol === 'number' ? rule.protocol : protocol[rule.protocol],
    LocalPorts: comPorts(rule.localPorts),
    RemotePorts: comPorts(rule.remotePorts),
    LocalAddresses: rule.localAddresses.join(','),
    RemoteAddresses: rule.remoteAddresses.join(','),
    ApplicationName: rule.program,
    serviceName: rule.service,
    Profiles: all
      ? ALL_PROFILES
      : PROFILE_BITS.reduce((m, [p, bit]) => (rule.profiles.includes(p) ? m | bit : m), 0),
    Grouping: rule.group === '' ? null : rule.group,
  };
}

const psString = (v: ComValue) =>
  v === null ? '' : v === true ? 'True' : v === false ? 'False' : String(v);
const listIn = (line: string) => [...line.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
const commandLine = (pattern: RegExp) => EXPORT_COMMAND.split('\n').find((l) => pattern.test(l))!;

/** What the command writes (Set-Content: CRLF after every line) for these COM rules. */
function simulate(rules: Record<string, ComValue>[], computer: string): string {
  const properties = listIn(commandLine(/^\s*\$properties = /));
  const columns = listIn(commandLine(/^\s*\$columns = /));
  const marker = listIn(commandLine(/Add\('# Exchange/))[0]!;
  const pattern = new RegExp(listIn(commandLine(/\$cells = /))[0]!, 'g');
  const replace = (s: string) => s.replace(pattern, ' ');
  const end = /"(# End: )\$count( rules)"/.exec(commandLine(/# End:/))!;
  const out = [marker, `# Computer: ${replace(computer)}`, columns.join('\t')];
  for (const rule of rules) {
    out.push(properties.map((p) => replace(psString(rule[p] ?? null))).join('\t'));
  }
  out.push(`${end[1]}${rules.length}${end[2]}`);
  return out.map((l) => `${l}\r\n`).join('');
}

const rule = (overrides: Partial<ServerRule>): ServerRule =>
  serverRule({
    line: 0,
    name: 'MSExchangeRPC (GFW) (TCP-In)',
    group: 'Microsoft Exchange Server 2010',
    localPorts: [{ kind: 'keyword', keyword: 'RPC' }],
    ...overrides,
  });

describe('a simulated run of the command', () => {
  const rules = [
    rule({}),
    rule({
      name: 'MSExchangeAB-RPC (TCP-In)',
      program:
        'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\Microsoft.Exchange.AddressBook.Service.exe',
      remoteAddresses: ['10.0.1.0/255.255.255.0', 'LocalSubnet'],
    }),
    rule({
      name: 'Block\tme\r\nnow',
      enabled: false,
      direction: 'out',
      action: 'block',
      protocol: 'udp',
      localPorts: [{ kind: 'range', from: 5000, to: 5010 }],
      remotePorts: [{ kind: 'range', from: 53, to: 53 }],
      service: 'Dnscache',
      profiles: ['private'],
      group: '',
    }),
    rule({
      name: 'ICMP',
      protocol: 58,
      localPorts: [{ kind: 'any' }],
      profiles: ['domain', 'public'],
    }),
  ];

  it('reads the properties in the format’s column order', () => {
    expect(listIn(commandLine(/^\s*\$properties = /))).toEqual([...EXPORTED_PROPERTIES]);
    expect(listIn(commandLine(/^\s*\$columns = /))).toEqual([...FORMAT_1_COLUMNS]);
  });

  it('writes exactly formatExport’s text, which parseExport reads back', () => {
    const text = simulate(rules.map(comRule), 'CAS01');
    expect(text).toBe(formatExport(rules, 'CAS01'));
    const read = parseExport(text);
    expect(read.problems).toEqual([]);
    expect(read.computer).toBe('CAS01');
    expect(read.rules.map((r) => ({ ...r, line: 0 }))).toEqual(
      rules.map((r) => ({ ...r, name: r.name.replace(/[\t\r\n]/g, ' ') })),
    );
  });

  it('writes an empty rule list as the marker, the header and End: 0', () => {
    expect(simulate([], 'EX01')).toBe(formatExport([], 'EX01'));
    expect(parseExport(simulate([], 'EX01'))).toEqual({
      format: 'explorer-tsv-1',
      rules: [],
      problems: [],
      computer: 'EX01',
    });
  });
});

describe('the README', () => {
  it('shows the command the page offers, to the character', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    expect(readme).toContain(`\`\`\`powershell\n${EXPORT_COMMAND}\n\`\`\``);
  });
});
