// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatExport } from './format-export.ts';
import { FORMAT_1_COLUMNS, FORMAT_1_MARKER, parseExport, shorten } from './parse-export.ts';
import type { ServerRule } from './server-rules.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const CAS = fixture('cas-exchange-2010.txt');
const HEADER = FORMAT_1_COLUMNS.join('\t');

/** A format 1 text of these rule lines (cells joined by tabs), with the End line. */
const exportOf = (rows: string[][], end: number | null = rows.length) =>
  [
    FORMAT_1_MARKER,
    HEADER,
    ...rows.map((r) => r.join('\t')),
    ...(end === null ? [] : [`# End: ${end} rules`]),
  ].join('\n');
/** One rule line's 13 cells, with some replaced. */
type Cells = Partial<Record<(typeof FORMAT_1_COLUMNS)[number], string>>;
const row = (over: Cells = {}) =>
  FORMAT_1_COLUMNS.map(
    (c) =>
      over[c] ??
      {
        Name: 'Rule',
        Enabled: 'True',
        Direction: '1',
        Action: '1',
        Protocol: '6',
        LocalPorts: '443',
        RemotePorts: '*',
        LocalAddresses: '*',
        RemoteAddresses: '*',
        Program: '',
        Service: '',
        Profiles: '2147483647',
        Group: '',
      }[c],
  );
const one = (over: Cells) => parseExport(exportOf([row(over)]));

describe('parseExport: an Exchange 2010 Client Access server as Setup leaves it', () => {
  const result = parseExport(CAS);

  it('reads every rule, with no problem', () => {
    expect(result.format).toBe('explorer-tsv-1');
    expect(result.problems).toEqual([]);
    expect(result.computer).toBe('CAS01');
    expect(result.rules).toHaveLength(21);
    expect(result.rules[0]!.line).toBe(4);
  });

  it('reads Setup’s rules: program, keyword ports, group, all profiles', () => {
    const ab = result.rules.find((r) => r.name === 'MSExchangeAB-RPC (TCP-In)')!;
    expect(ab).toEqual<ServerRule>({
      line: 15,
      name: 'MSExchangeAB-RPC (TCP-In)',
      group: 'Microsoft Exchange Server 2010',
      enabled: true,
      direction: 'in',
      action: 'allow',
      protocol: 'tcp',
      localPorts: [{ kind: 'keyword', keyword: 'RPC' }],
      remotePorts: [{ kind: 'any' }],
      localAddresses: ['*'],
      remoteAddresses: ['*'],
      program:
        'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\Microsoft.Exchange.AddressBook.Service.exe',
      service: null,
      profiles: ['domain', 'private', 'public'],
    });
    const epmap = result.rules.find((r) => r.name === 'MSExchangeServiceHost - RPCEPMap (TCP-In)')!;
    expect(epmap.localPorts).toEqual([{ kind: 'keyword', keyword: 'RPC-EPMap' }]);
    expect([epmap.program, epmap.service]).toEqual([
      '%SystemRoot%\\system32\\svchost.exe',
      'RpcSs',
    ]);
    const gfw = result.rules.find((r) => r.name === 'MSExchangeRPC (GFW) (TCP-In)')!;
    expect([gfw.program, gfw.service]).toEqual([null, null]);
    const owa = result.rules.find((r) => r.name === 'MSExchange - OWA (GFW) (TCP-In)')!;
    expect(owa.localPorts).toEqual([{ kind: 'range', from: 5075, to: 5077 }]);
    const imap = result.rules.find((r) => r.name === 'MSExchangeIMAP4 (TCP-In)')!;
    expect(imap.localPorts).toEqual([
      { kind: 'range', from: 143, to: 143 },
      { kind: 'range', from: 993, to: 993 },
    ]);
    const mrs = result.rules.find((r) => r.name === 'MSExchangeMailboxReplication (GFW) (TCP-In)')!;
    expect(mrs.enabled).toBe(false);
  });

  it('reads Windows’ own rules: ICMP with no ports, scoped addresses, a block rule out', () => {
    const icmp = result.rules.find((r) => r.name.includes('ICMPv4'))!;
    expect(icmp).toMatchObject({
      protocol: 1,
      localPorts: [{ kind: 'any' }],
      remotePorts: [{ kind: 'any' }],
      profiles: ['domain'],
      group: '@FirewallAPI.dll,-28502',
    });
    const rdp = result.rules.find((r) => r.name === 'Remote Desktop (TCP-In)')!;
    expect(rdp.remoteAddresses).toEqual(['10.0.1.0/255.255.255.0', 'LocalSubnet']);
    expect(rdp.profiles).toEqual(['domain', 'private']);
    const block = result.rules.at(-1)!;
    expect(block).toMatchObject({
      direction: 'out',
      action: 'block',
      remotePorts: [{ kind: 'range', from: 25, to: 25 }],
      remoteAddresses: ['10.0.0.5-10.0.0.9', 'fe80::/64'],
      group: '',
    });
  });

  it('reads the same with a BOM, CRLF, CR, blank lines around and trailing spaces', () => {
    const strip = (r: ServerRule[]) => r.map((rule) => ({ ...rule, line: 0 }));
    const variants = [
      `\uFEFF${CAS.replace(/\n/g, '\r\n')}`,
      CAS.replace(/\n/g, '\r'),
      `\n\n  \r\n${CAS}\n\n\n`,
      CAS.replace(/\n/g, '   \n'),
      `PS C:\\> type firewall-rules.txt\n${CAS}PS C:\\>\n`,
    ];
    for (const text of variants) {
      const read = parseExport(text);
      expect(read.problems).toEqual([]);
      expect(strip(read.rules)).toEqual(strip(result.rules));
    }
  });

  it('takes the header in any case, but only the 13 columns in their order', () => {
    expect(parseExport(CAS.replace(HEADER, HEADER.toUpperCase())).problems).toEqual([]);
    const swapped = CAS.replace('Name\tEnabled', 'Enabled\tName');
    expect(parseExport(swapped)).toMatchObject({
      rules: [],
      problems: [{ line: 3, kind: 'bad-header', text: expect.stringMatching(/^Enabled\tName/) }],
    });
  });
});

describe('parseExport: problems', () => {
  it('empty: nothing, blanks, a BOM', () => {
    for (const text of ['', '  \n\r\n\t', '\uFEFF']) {
      expect(parseExport(text)).toEqual({
        format: null,
        rules: [],
        problems: [{ line: 0, kind: 'empty' }],
      });
    }
  });

  it('unknown-format, naming netsh, Get-NetFirewallRule and Format-List output', () => {
    const hint = (text: string) => parseExport(text).problems[0];
    expect(hint('hello\nworld')).toEqual({ line: 0, kind: 'unknown-format' });
    const netsh = [
      '',
      'Rule Name:                            MSExchangeRPC (GFW) (TCP-In)',
      '----------------------------------------------------------------------',
      'Enabled:                              Yes',
      'Direction:                            In',
      'LocalPort:                            RPC',
      'Ok.',
    ].join('\r\n');
    expect(hint(netsh)).toEqual({ line: 0, kind: 'unknown-format', text: 'netsh' });
    const netshJa = [
      '',
      '規則名:                               MSExchangeRPC (GFW) (TCP-In)',
      '----',
      '有効:                                 はい',
    ].join('\r\n');
    expect(hint(netshJa)).toMatchObject({ kind: 'unknown-format', text: 'netsh' });
    const getNet = [
      'Name                  : {0B6F3DAC-4F4E-4C3A-9D0E-5D3E6A2B9E1A}',
      'DisplayName           : MSExchangeRPC (GFW) (TCP-In)',
      'Enabled               : True',
      'PrimaryStatus         : OK',
      'PolicyStoreSourceType : Local',
    ].join('\r\n');
    expect(hint(getNet)).toMatchObject({ kind: 'unknown-format', text: 'Get-NetFirewallRule' });
    const table =
      'Name        DisplayName   Enabled Direction\n----        -----------   ------- ---------\n';
    expect(hint(table)).toMatchObject({ text: 'Get-NetFirewallRule' });
    const com = [
      'Name            : MSExchangeRPC (GFW) (TCP-In)',
      'ApplicationName :',
      'serviceName     :',
      'Protocol        : 6',
      'LocalPorts      : RPC',
    ].join('\r\n');
    expect(hint(com)).toMatchObject({ kind: 'unknown-format', text: 'Format-List' });
    const noMarker = CAS.split('\n').slice(2).join('\n');
    expect(hint(noMarker)).toMatchObject({ kind: 'unknown-format', text: 'no-marker' });
    const later = CAS.replace('format 1', 'format 2');
    expect(parseExport(later)).toMatchObject({
      format: null,
      rules: [],
      problems: [{ line: 1, kind: 'unknown-format', text: 'format 2' }],
    });
  });

  it('truncated: no End line; the rules read so far are kept', () => {
    const lines = CAS.split('\n');
    const cut = lines.slice(0, 10).join('\n');
    const read = parseExport(cut);
    expect(read.rules).toHaveLength(7);
    expect(read.problems).toEqual([{ line: 10, kind: 'truncated' }]);
    // Cut inside a line: that line is a bad line, and the export is truncated.
    const mid = `${lines.slice(0, 10).join('\n')}\n${lines[10]!.slice(0, 20)}`;
    expect(parseExport(mid).problems).toEqual([
      { line: 11, kind: 'bad-line', text: lines[10]!.slice(0, 20) },
      { line: 11, kind: 'truncated' },
    ]);
    expect(parseExport(`${FORMAT_1_MARKER}\n# Computer: EX01\n`).problems).toEqual([
      { line: 2, kind: 'truncated' },
    ]);
  });

  it('count-mismatch: End states another number of rule lines than were read', () => {
    const lines = CAS.split('\n');
    const dropped = [...lines.slice(0, 5), ...lines.slice(6)].join('\n');
    const read = parseExport(dropped);
    expect(read.rules).toHaveLength(20);
    expect(read.problems).toEqual([{ line: 24, kind: 'count-mismatch', expected: 21, found: 20 }]);
    expect(parseExport(exportOf([row()], 1)).problems).toEqual([]);
    expect(parseExport(exportOf([row()], 1).replace('1 rules', '1 rule')).problems).toEqual([]);
    expect(
      parseExport(exportOf([row()]).replace('# End: 1 rules', '# End: many')).problems,
    ).toEqual([{ line: 4, kind: 'bad-value', field: 'End', text: '# End: many' }]);
  });

  it('bad-line: a line without 13 columns is skipped and named; the others are read', () => {
    const text = exportOf([row({ Name: 'A' }), ['only', 'three', 'cells'], row({ Name: 'B' })]);
    const read = parseExport(text);
    expect(read.rules.map((r) => [r.name, r.line])).toEqual([
      ['A', 3],
      ['B', 5],
    ]);
    expect(read.problems).toEqual([{ line: 4, kind: 'bad-line', text: 'only\tthree\tcells' }]);
  });

  it('bad-value: each field that does not read skips its rule and is named', () => {
    const cases: [Cells, string][] = [
      [{ Enabled: 'Yes' }, 'Enabled'],
      [{ Direction: 'In' }, 'Direction'],
      [{ Direction: '3' }, 'Direction'],
      [{ Action: 'Allow' }, 'Action'],
      [{ Protocol: 'TCP' }, 'Protocol'],
      [{ Protocol: '257' }, 'Protocol'],
      [{ LocalPorts: '70000' }, 'LocalPorts'],
      [{ LocalPorts: '5010-5000' }, 'LocalPorts'],
      [{ LocalPorts: '80,*' }, 'LocalPorts'],
      [{ LocalPorts: '80,,443' }, 'LocalPorts'],
      [{ RemotePorts: 'port 80' }, 'RemotePorts'],
      [{ LocalAddresses: '10.0.0.1,*' }, 'LocalAddresses'],
      [{ RemoteAddresses: '<script>' }, 'RemoteAddresses'],
      [{ Profiles: 'Domain' }, 'Profiles'],
      [{ Profiles: '2147483648' }, 'Profiles'],
      [{ Profiles: '-1' }, 'Profiles'],
    ];
    for (const [over, field] of cases) {
      const read = one(over);
      expect(read.rules, field).toEqual([]);
      expect(read.problems).toEqual([
        { line: 3, kind: 'bad-value', field, text: Object.values(over)[0] },
      ]);
    }
    const two = one({ Enabled: 'maybe', Action: '2' });
    expect(two.problems.map((p) => p.field)).toEqual(['Enabled', 'Action']);
  });
});

describe('parseExport: values', () => {
  const read = (over: Cells) => one(over).rules[0]!;

  it('keywords in any case, in Windows’ spelling; ranges; another word kept as written', () => {
    expect(read({ LocalPorts: 'rpc-epmap, rpc,IPHTTPS,teredo,PLY2DISC,mdns' }).localPorts).toEqual(
      ['RPC-EPMap', 'RPC', 'IPHTTPS', 'Teredo', 'Ply2Disc', 'mDNS'].map((keyword) => ({
        kind: 'keyword',
        keyword,
      })),
    );
    expect(read({ RemotePorts: '5000-5010,80, 6001 - 6004' }).remotePorts).toEqual([
      { kind: 'range', from: 5000, to: 5010 },
      { kind: 'range', from: 80, to: 80 },
      { kind: 'range', from: 6001, to: 6004 },
    ]);
    expect(read({ LocalPorts: 'IPTLSIn' }).localPorts).toEqual([
      { kind: 'keyword', keyword: 'IPTLSIn' },
    ]);
    expect(read({ LocalPorts: '' }).localPorts).toEqual([{ kind: 'any' }]);
  });

  it('protocols: TCP, UDP, any, and the others as numbers', () => {
    const protocols = ['6', '17', '256', '1', '58', '47', '0'].map(
      (p) => read({ Protocol: p }).protocol,
    );
    expect(protocols).toEqual(['tcp', 'udp', 'any', 1, 58, 47, 0]);
  });

  it('profiles: the NET_FW_PROFILE_TYPE2 bits, 2147483647 for all', () => {
    const profiles = (p: string) => read({ Profiles: p }).profiles;
    expect(profiles('1')).toEqual(['domain']);
    expect(profiles('2')).toEqual(['private']);
    expect(profiles('4')).toEqual(['public']);
    expect(profiles('5')).toEqual(['domain', 'public']);
    expect(profiles('7')).toEqual(['domain', 'private', 'public']);
    expect(profiles('2147483647')).toEqual(['domain', 'private', 'public']);
    expect(profiles('0')).toEqual([]);
  });

  it('addresses as Windows gives them; program and service empty for any; * kept as a service', () => {
    const r = read({
      LocalAddresses: 'LocalSubnet',
      RemoteAddresses: '10.0.0.1/255.255.255.255,10.0.0.5-10.0.0.9,DNS,2001:db8::/32',
      Program: 'System',
      Service: '*',
    });
    expect(r.localAddresses).toEqual(['LocalSubnet']);
    expect(r.remoteAddresses).toEqual([
      '10.0.0.1/255.255.255.255',
      '10.0.0.5-10.0.0.9',
      'DNS',
      '2001:db8::/32',
    ]);
    expect([r.program, r.service]).toEqual(['System', '*']);
    expect(read({ RemoteAddresses: '' }).remoteAddresses).toEqual(['*']);
  });
});

describe('parseExport: hostile text is data', () => {
  const hostile = [
    "=cmd|' /C calc'!A0",
    '<script>alert(1)</script>',
    '\u202Egnp.exe\u200F \u2066RTL\u2069',
    '# End: 0 rules',
    '"; Remove-NetFirewallRule -All; "',
    '𝒳 名前 🔥 \u2028 line separator',
  ];

  it('keeps names and groups exactly, whatever they hold', () => {
    const read = parseExport(exportOf(hostile.map((name) => row({ Name: name, Group: name }))));
    expect(read.problems).toEqual([]);
    expect(read.rules.map((r) => r.name)).toEqual(hostile);
    expect(read.rules.map((r) => r.group)).toEqual(hostile);
  });

  it('keeps a 10 KB name whole, and shortens problem texts to 80 characters', () => {
    const long = '𝒳'.repeat(10_000);
    expect(one({ Name: long }).rules[0]!.name).toBe(long);
    const bad = one({ Name: long, Enabled: 'x'.repeat(10_000) });
    expect(bad.problems[0]!.text).toBe(`${'x'.repeat(79)}…`);
    const line = parseExport(exportOf([[long]])).problems[0]!;
    expect(line.kind).toBe('bad-line');
    expect([...line.text!]).toHaveLength(80);
    expect(line.text).toBe(`${'𝒳'.repeat(79)}…`);
    expect(shorten('short')).toBe('short');
  });
});

describe('parseExport: 10,000 rules', () => {
  it('reads them all (linear: one pass over the lines)', () => {
    const rule: ServerRule = parseExport(CAS).rules[0]!;
    const rules = Array.from({ length: 10_000 }, (_, i) => ({ ...rule, name: `Rule ${i}` }));
    const read = parseExport(formatExport(rules, 'BIG'));
    expect(read.problems).toEqual([]);
    expect(read.rules).toHaveLength(10_000);
    expect(read.rules[9_999]!).toMatchObject({ name: 'Rule 9999', line: 10_002 + 1 });
  });
});
