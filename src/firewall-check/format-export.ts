// The text the export command (export-command.ts) writes for given rules, in format 1
// (parse-export.ts): for fixtures, for round trips (parseExport(formatExport(r)).rules equals r
// but for `line`) and as the specification of the command's output that its test simulates.
//
// The text is the file's text: lines end with CRLF (Set-Content), the last one too; the UTF-8
// BOM that Set-Content -Encoding UTF8 puts before it is the file's encoding mark, not text
// (a pasted copy or File.text() never holds it), so it is left out. Values are written as
// PowerShell's [string] writes the INetFwRule properties: True / False, numbers in decimal,
// null as nothing; tab, CR and LF in a value become a space, as the command does.
import {
  ALL_PROFILES,
  FORMAT_1_COLUMNS,
  FORMAT_1_MARKER,
  PROFILE_BITS,
  type ExportColumn,
} from './parse-export.ts';
import type { PortToken, ServerRule } from './server-rules.ts';

/** A value as the command writes it: tab, CR and LF replaced by a space. */
export const exportValue = (value: string) => value.replace(/[\t\r\n]/g, ' ');

const PROTOCOL_NUMBERS = { tcp: 6, udp: 17, any: 256 } as const;

const ports = (tokens: PortToken[]) =>
  tokens
    .map((t) => {
      if (t.kind === 'any') return '*';
      if (t.kind === 'keyword') return t.keyword;
      return t.from === t.to ? `${t.from}` : `${t.from}-${t.to}`;
    })
    .join(',');

const profiles = (rule: ServerRule) =>
  PROFILE_BITS.every(([p]) => rule.profiles.includes(p))
    ? ALL_PROFILES
    : PROFILE_BITS.reduce((mask, [p, bit]) => (rule.profiles.includes(p) ? mask | bit : mask), 0);

/** The 13 values of one rule, in FORMAT_1_COLUMNS order, as INetFwRule gives them. */
export function exportValues(rule: ServerRule): Record<ExportColumn, string> {
  return {
    Name: rule.name,
    Enabled: rule.enabled ? 'True' : 'False',
    Direction: rule.direction === 'in' ? '1' : '2',
    Action: rule.action === 'allow' ? '1' : '0',
    Protocol: String(
      typeof rule.protocol === 'number' ? rule.protocol : PROTOCOL_NUMBERS[rule.protocol],
    ),
    LocalPorts: ports(rule.localPorts),
    RemotePorts: ports(rule.remotePorts),
    LocalAddresses: rule.localAddresses.join(','),
    RemoteAddresses: rule.remoteAddresses.join(','),
    Program: rule.program ?? '',
    Service: rule.service ?? '',
    Profiles: String(profiles(rule)),
    Group: rule.group,
  };
}

/** The exact text the export command writes for these rules (and this computer name). */
export function formatExport(rules: ServerRule[], computer?: string): string {
  const lines: string[] = [FORMAT_1_MARKER];
  if (computer !== undefined) lines.push(`# Computer: ${exportValue(computer)}`);
  lines.push(FORMAT_1_COLUMNS.join('\t'));
  for (const rule of rules) {
    const values = exportValues(rule);
    lines.push(FORMAT_1_COLUMNS.map((c) => exportValue(values[c])).join('\t'));
  }
  lines.push(`# End: ${rules.length} rules`);
  return `${lines.join('\r\n')}\r\n`;
}
