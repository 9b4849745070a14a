// Reads the text the export command (export-command.ts) writes: a server's Windows Firewall rules
// in "format 1", the one format the page reads. Other formats are recognised only to be named.
//
// Format 1: UTF-8 text, one line per rule, columns separated by a tab (→ below):
//
//   # Exchange 2010 port explorer: Windows Firewall rules, format 1
//   # Computer: EX01                    (optional "# " info lines, before the header)
//   Name→Enabled→Direction→Action→Protocol→LocalPorts→RemotePorts→LocalAddresses→
//     RemoteAddresses→Program→Service→Profiles→Group               (the header, on one line)
//   MSExchangeRPC (GFW) (TCP-In)→True→1→1→6→RPC→*→*→*→→→2147483647→Microsoft Exchange Server 2010
//   # End: 1 rules
//
// The command ends every line with CRLF (Set-Content); any line end is read.
// Each value is the INetFwRule property of the HNetCfg.FwPolicy2 COM object as PowerShell turns it
// into text ([string]), the same in every Windows display language; tabs, CR and LF inside a
// value were replaced by spaces by the command, so a rule is always one line of 13 columns.
//   Name             Name, any text (kept as data: never run, never a formula).
//   Enabled          Enabled: True / False.
//   Direction        Direction, NET_FW_RULE_DIRECTION: 1 NET_FW_RULE_DIR_IN, 2 NET_FW_RULE_DIR_OUT
//                    (learn.microsoft.com/windows/win32/api/icftypes/ne-icftypes-net_fw_rule_direction).
//   Action           Action, NET_FW_ACTION: 0 NET_FW_ACTION_BLOCK, 1 NET_FW_ACTION_ALLOW
//                    (…/icftypes/ne-icftypes-net_fw_action).
//   Protocol         Protocol: the IANA number (6 TCP, 17 UDP, 1 ICMPv4, 58 ICMPv6, 47 GRE…), 256 any
//                    (…/netfw/nf-netfw-inetfwrule-get_protocol).
//   LocalPorts,      LocalPorts / RemotePorts: `*` (or empty) for any, else a comma list of ports,
//   RemotePorts      ranges `5000-5010` and Windows' keywords (PORT_KEYWORDS, read in any case and
//                    kept in Windows' spelling; another word is kept as written) (…/netfw/
//                    nf-netfw-inetfwrule-get_localports; keywords as FWPM_SYSTEM_PORT_TYPE names them).
//   LocalAddresses,  LocalAddresses / RemoteAddresses: `*` (or empty) for any, else the comma list
//   RemoteAddresses  as Windows gives it: 10.0.0.1/255.255.255.255, 10.0.1.0/24, 10.0.0.5-10.0.0.9,
//                    LocalSubnet, DNS, DHCP, WINS, DefaultGateway, IPv6 forms; `*` only alone
//                    (…/netfw/nf-netfw-inetfwrule-get_remoteaddresses). Kept as written.
//   Program          ApplicationName: a path as stored (%SystemRoot% kept), empty for any program.
//   Service          serviceName: a short name; empty for any. `*` is kept as `*`: the documentation
//                    says it means "a service, not an application" (…/nf-netfw-inetfwrule-get_servicename).
//   Profiles         Profiles, NET_FW_PROFILE_TYPE2 bits: 1 domain, 2 private, 4 public;
//                    2147483647 (NET_FW_PROFILE2_ALL, 0x7FFFFFFF) all (…/ne-icftypes-net_fw_profile_type2).
//   Group            Grouping: text or empty ("@FirewallAPI.dll,-28502" kept unresolved).
//
// Read calmly: a UTF-8 BOM, CRLF / LF / CR line ends, blank lines and trailing spaces on any line
// are accepted, and lines before the marker are ignored (a console prompt), as is anything after
// the End line. The header must name the 13 columns in this order, in any case. Problems are data
// (ParseProblem), worded by the page: empty, unknown-format (its `text` names what the paste
// looks like: UNKNOWN_FORMAT_HINTS), bad-header, bad-line (not 13 columns: skipped), bad-value
// (a value that does not read: the rule is skipped, one problem per field), truncated (no End line:
// the rules read so far are returned), count-mismatch (End states another number of rule lines).
// Linear in the length of the paste.
import type { ParseProblem, ParseResult, PortToken, Profile, ServerRule } from './server-rules.ts';

export const FORMAT_1_MARKER = '# Exchange 2010 port explorer: Windows Firewall rules, format 1';
/**
 * Format 1's columns, in order, each with the INetFwRule property the export command writes in it
 * (export-command.ts): one list, so the header and the values cannot fall out of step.
 */
export const FORMAT_1_FIELDS = [
  ['Name', 'Name'],
  ['Enabled', 'Enabled'],
  ['Direction', 'Direction'],
  ['Action', 'Action'],
  ['Protocol', 'Protocol'],
  ['LocalPorts', 'LocalPorts'],
  ['RemotePorts', 'RemotePorts'],
  ['LocalAddresses', 'LocalAddresses'],
  ['RemoteAddresses', 'RemoteAddresses'],
  ['Program', 'ApplicationName'],
  ['Service', 'serviceName'],
  ['Profiles', 'Profiles'],
  ['Group', 'Grouping'],
] as const;
export type ExportColumn = (typeof FORMAT_1_FIELDS)[number][0];
export const FORMAT_1_COLUMNS: readonly ExportColumn[] = FORMAT_1_FIELDS.map(([column]) => column);

/** Port keywords Windows stores in LocalPorts / RemotePorts, in Windows' spelling. */
export const PORT_KEYWORDS = ['RPC', 'RPC-EPMap', 'IPHTTPS', 'Teredo', 'Ply2Disc', 'mDNS'] as const;
/** NET_FW_PROFILE_TYPE2. */
export const PROFILE_BITS: readonly (readonly [Profile, number])[] = [
  ['domain', 1],
  ['private', 2],
  ['public', 4],
];
export const ALL_PROFILES = 2147483647;
/** Problem texts are shortened to this many characters (code points). */
export const PROBLEM_TEXT_LIMIT = 80;

/**
 * What an unknown-format paste looks like, in its problem's `text`: `netsh` (`netsh advfirewall
 * firewall show rule name=all [verbose]`, English "Rule Name:" or Japanese "規則名:"),
 * `Get-NetFirewallRule` (its list or table output), `Format-List` (the COM rules listed as
 * "LocalPorts : …"), `no-marker` (format 1's header without the marker line: copied in part),
 * `format N` (a later format's marker).
 */
export const UNKNOWN_FORMAT_HINTS = [
  'netsh',
  'Get-NetFirewallRule',
  'Format-List',
  'no-marker',
] as const;

const MARKER = /^# Exchange 2010 port explorer: Windows Firewall rules, format (\S+)$/i;
const END = /^#\s*End\b/i;
const END_COUNT = /^#\s*End:\s*(\d{1,9})\s+rules?$/i;
const COMPUTER = /^#\s*Computer:\s*(.*)$/is;
const HEADER = FORMAT_1_COLUMNS.join('\t').toLowerCase();
const KEYWORDS = new Map(PORT_KEYWORDS.map((k) => [k.toLowerCase(), k]));
const WORD = /^[A-Za-z][A-Za-z0-9-]*$/;
const ADDRESS = /^[0-9A-Za-z.:/%-]+$/;

/** At most PROBLEM_TEXT_LIMIT code points (never half a surrogate pair); a cut text ends with "…". */
export function shorten(text: string): string {
  if (text.length <= PROBLEM_TEXT_LIMIT) return text;
  let count = 0;
  let at = 0;
  let keep = 0;
  for (const ch of text) {
    count++;
    if (count === PROBLEM_TEXT_LIMIT) keep = at;
    if (count > PROBLEM_TEXT_LIMIT) return `${text.slice(0, keep)}…`;
    at += ch.length;
  }
  return text;
}

/** The line without trailing spaces (a loop: `/ +$/` is quadratic on long runs of spaces). */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end === line.length ? line : line.slice(0, end);
}

function readPorts(text: string): PortToken[] | null {
  const value = text.trim();
  if (value === '' || value === '*') return [{ kind: 'any' }];
  const tokens: PortToken[] = [];
  for (const raw of value.split(',')) {
    const token = raw.trim();
    const range = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(token);
    if (range) {
      const from = Number(range[1]);
      const to = range[2] === undefined ? from : Number(range[2]);
      if (to > 65535 || from > to) return null;
      tokens.push({ kind: 'range', from, to });
    } else if (WORD.test(token)) {
      tokens.push({ kind: 'keyword', keyword: KEYWORDS.get(token.toLowerCase()) ?? token });
    } else return null;
  }
  return tokens;
}

function readAddresses(text: string): string[] | null {
  const value = text.trim();
  if (value === '' || value === '*') return ['*'];
  const tokens = value.split(',').map((t) => t.trim());
  return tokens.every((t) => ADDRESS.test(t)) ? tokens : null;
}

function readProfiles(text: string): Profile[] | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const mask = Number(text);
  if (mask > ALL_PROFILES) return null;
  return PROFILE_BITS.filter(([, bit]) => (mask & bit) !== 0).map(([p]) => p);
}

function readProtocol(text: string): ServerRule['protocol'] | null {
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  if (n === 6) return 'tcp';
  if (n === 17) return 'udp';
  if (n === 256) return 'any';
  return n < 256 ? n : null;
}

const pick = <T>(map: ReadonlyMap<string, T>, text: string): T | null =>
  map.get(text.toLowerCase()) ?? null;
const ENABLED = new Map([
  ['true', true],
  ['false', false],
]);
const DIRECTIONS = new Map([
  ['1', 'in'],
  ['2', 'out'],
] as const);
const ACTIONS = new Map([
  ['0', 'block'],
  ['1', 'allow'],
] as const);
const COLUMN_AT = new Map(FORMAT_1_COLUMNS.map((c, i) => [c, i]));

/** One rule line of 13 cells: the rule, or the fields that do not read. */
function readRule(cells: string[], line: number): ServerRule | ParseProblem[] {
  const cell = (c: ExportColumn) => cells[COLUMN_AT.get(c) ?? -1] ?? '';
  const problems: ParseProblem[] = [];
  const read = <T>(field: ExportColumn, value: T | null): T => {
    if (value === null)
      problems.push({ line, kind: 'bad-value', field, text: shorten(cell(field)) });
    return value as T;
  };
  const program = cell('Program');
  const service = cell('Service');
  const rule: ServerRule = {
    line,
    name: cell('Name'),
    group: cell('Group'),
    enabled: read('Enabled', pick(ENABLED, cell('Enabled').trim())),
    direction: read('Direction', pick(DIRECTIONS, cell('Direction').trim())),
    action: read('Action', pick(ACTIONS, cell('Action').trim())),
    protocol: read('Protocol', readProtocol(cell('Protocol').trim())),
    localPorts: read('LocalPorts', readPorts(cell('LocalPorts'))),
    remotePorts: read('RemotePorts', readPorts(cell('RemotePorts'))),
    localAddresses: read('LocalAddresses', readAddresses(cell('LocalAddresses'))),
    remoteAddresses: read('RemoteAddresses', readAddresses(cell('RemoteAddresses'))),
    program: program.trim() === '' ? null : program,
    service: service.trim() === '' ? null : service.trim(),
    profiles: read('Profiles', readProfiles(cell('Profiles').trim())),
  };
  return problems.length > 0 ? problems : rule;
}

/** What a paste without the marker looks like (UNKNOWN_FORMAT_HINTS), or undefined. */
function recognise(lines: string[]): string | undefined {
  let hint: string | undefined;
  for (const line of lines) {
    const t = line.trim();
    if (t.toLowerCase() === HEADER) return 'no-marker';
    if (/^(Rule Name|規則名)\s*[:：]/.test(t)) hint ??= 'netsh';
    else if (
      /^(PrimaryStatus|EnforcementStatus|PolicyStoreSource(Type)?|EdgeTraversalPolicy|DisplayGroup)\s*:/.test(
        t,
      ) ||
      /^Name\s+DisplayName\s/.test(t)
    )
      hint ??= 'Get-NetFirewallRule';
    else if (/^(ApplicationName|serviceName|LocalPorts|RemoteAddresses|Grouping)\s*:/i.test(t))
      hint ??= 'Format-List';
  }
  return hint;
}

/** Reads a paste of the export command's output (format 1); see the top of this file. */
export function parseExport(text: string): ParseResult {
  const source = text.replace(/^\uFEFF/, '');
  if (/^\s*$/.test(source)) return failed({ line: 0, kind: 'empty' });
  const lines = source.split(/\r\n|\r|\n/);
  const markerAt = lines.findIndex((l) => MARKER.test(l.trim()));
  if (markerAt < 0) {
    const hint = recognise(lines);
    return failed(
      hint ? { line: 0, kind: 'unknown-format', text: hint } : { line: 0, kind: 'unknown-format' },
    );
  }
  const version = MARKER.exec((lines[markerAt] ?? '').trim())?.[1] ?? '';
  if (version !== '1') {
    return failed({
      line: markerAt + 1,
      kind: 'unknown-format',
      text: `format ${shorten(version)}`,
    });
  }
  const result: ParseResult = { format: 'explorer-tsv-1', rules: [], problems: [] };
  // Info lines ("# Computer: EX01") up to the header.
  let at = markerAt + 1;
  for (; at < lines.length; at++) {
    const t = (lines[at] ?? '').trim();
    if (t === '') continue;
    if (!t.startsWith('#') || t.includes('\t')) break;
    const computer = COMPUTER.exec(t);
    if (computer) result.computer = computer[1];
  }
  const header = lines[at];
  if (header === undefined) {
    result.problems.push({ line: lastLine(lines), kind: 'truncated' });
  } else if (header.trim().toLowerCase() !== HEADER) {
    result.problems.push({ line: at + 1, kind: 'bad-header', text: shorten(header) });
  } else readBody(lines, at + 1, result);
  return result;
}

const failed = (problem: ParseProblem): ParseResult => ({
  format: null,
  rules: [],
  problems: [problem],
});

/** The rule lines from `from` up to the End line, into `result`. */
function readBody(lines: string[], from: number, result: ParseResult): void {
  let read = 0;
  for (let i = from; i < lines.length; i++) {
    const line = trimEndSpaces(lines[i] ?? '');
    const number = i + 1;
    if (line.trim() === '') continue;
    if (!line.includes('\t') && END.test(line.trim())) {
      const count = END_COUNT.exec(line.trim());
      const expected = Number(count?.[1]);
      if (!count) {
        result.problems.push({
          line: number,
          kind: 'bad-value',
          field: 'End',
          text: shorten(line),
        });
      } else if (expected !== read) {
        result.problems.push({ line: number, kind: 'count-mismatch', expected, found: read });
      }
      return;
    }
    read++;
    const cells = line.split('\t');
    if (cells.length !== FORMAT_1_COLUMNS.length) {
      result.problems.push({ line: number, kind: 'bad-line', text: shorten(line) });
      continue;
    }
    const rule = readRule(cells, number);
    if (Array.isArray(rule)) result.problems.push(...rule);
    else result.rules.push(rule);
  }
  result.problems.push({ line: lastLine(lines), kind: 'truncated' });
}

/** The 1-based number of the last line that is not blank. */
function lastLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] ?? '').trim() !== '') return i + 1;
  return 0;
}
