// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportValue, formatExport } from './format-export.ts';
import { FORMAT_1_COLUMNS, FORMAT_1_MARKER, PORT_KEYWORDS, parseExport } from './parse-export.ts';
import type { PortToken, Profile, ServerRule } from './server-rules.ts';
import { serverRule as aRule } from './test-support.ts';

const RULE: ServerRule = aRule({
  line: 0,
  name: 'MSExchangeRPC - RPC (TCP-In)',
  group: 'Microsoft Exchange Server 2010',
  localPorts: [{ kind: 'keyword', keyword: 'RPC' }],
  remoteAddresses: ['10.0.1.0/255.255.255.0', 'LocalSubnet'],
  program:
    'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\Microsoft.Exchange.RpcClientAccess.Service.exe',
});

describe('formatExport', () => {
  it('writes the marker, the computer, the header, one line per rule and End, CRLF', () => {
    const block: ServerRule = {
      ...RULE,
      name: 'Block',
      group: '',
      enabled: false,
      direction: 'out',
      action: 'block',
      protocol: 47,
      localPorts: [
        { kind: 'range', from: 5000, to: 5010 },
        { kind: 'range', from: 80, to: 80 },
      ],
      remoteAddresses: ['*'],
      program: null,
      service: 'RpcSs',
      profiles: ['domain', 'public'],
    };
    expect(formatExport([RULE, block], 'CAS01')).toBe(
      [
        FORMAT_1_MARKER,
        '# Computer: CAS01',
        FORMAT_1_COLUMNS.join('\t'),
        'MSExchangeRPC - RPC (TCP-In)\tTrue\t1\t1\t6\tRPC\t*\t*\t10.0.1.0/255.255.255.0,LocalSubnet\t' +
          'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\Microsoft.Exchange.RpcClientAccess.Service.exe' +
          '\t\t2147483647\tMicrosoft Exchange Server 2010',
        'Block\tFalse\t2\t0\t47\t5000-5010,80\t*\t*\t*\t\tRpcSs\t5\t',
        '# End: 2 rules',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves the computer line out when no computer is given', () => {
    expect(formatExport([])).toBe(
      `${FORMAT_1_MARKER}\r\n${FORMAT_1_COLUMNS.join('\t')}\r\n# End: 0 rules\r\n`,
    );
  });

  it('replaces tab, CR and LF in every value by a space: one rule, one line', () => {
    const text = formatExport(
      [{ ...RULE, name: 'a\tb\r\nc\rd\ne', group: 'g\th', program: 'C:\\x\ty.exe' }],
      'EX\t01',
    );
    expect(text.split('\r\n')).toHaveLength(6);
    const read = parseExport(text);
    expect(read.problems).toEqual([]);
    expect(read.computer).toBe('EX 01');
    expect(read.rules[0]).toMatchObject({
      name: 'a b  c d e',
      group: 'g h',
      program: 'C:\\x y.exe',
    });
  });

  it('writes all three profiles as NET_FW_PROFILE2_ALL, as Windows does', () => {
    const line = formatExport([RULE]).split('\r\n')[2]!;
    expect(line.split('\t')[11]).toBe('2147483647');
  });
});

// ---- Round trip: parseExport(formatExport(rules)).rules equals rules (less `line`) ----------

const text = fc.string({ unit: 'binary', maxLength: 40 });
const port = fc.integer({ min: 0, max: 65535 });
const portTokens: fc.Arbitrary<PortToken[]> = fc.oneof(
  fc.constant<PortToken[]>([{ kind: 'any' }]),
  fc.array(
    fc.oneof(
      fc
        .tuple(port, port)
        .map(([a, b]): PortToken => ({ kind: 'range', from: Math.min(a, b), to: Math.max(a, b) })),
      port.map((p): PortToken => ({ kind: 'range', from: p, to: p })),
      fc.constantFrom(...PORT_KEYWORDS).map((keyword): PortToken => ({ kind: 'keyword', keyword })),
    ),
    { minLength: 1, maxLength: 5 },
  ),
);
const ADDRESSES = [
  '10.0.0.1/255.255.255.255',
  '10.0.1.0/255.255.255.0',
  '10.0.1.0/24',
  '10.0.0.5-10.0.0.9',
  'LocalSubnet',
  'DNS',
  'DHCP',
  'WINS',
  'DefaultGateway',
  'fe80::1',
  '2001:db8::/32',
  'fe80::1-fe80::9',
];
const addresses = fc.oneof(
  fc.constant<string[]>(['*']),
  fc.array(fc.constantFrom(...ADDRESSES), { minLength: 1, maxLength: 4 }),
);
const notBlank = text.filter((s) => exportValue(s).trim() !== '');

const serverRule: fc.Arbitrary<ServerRule> = fc.record({
  line: fc.constant<number>(0),
  name: text,
  group: text,
  enabled: fc.boolean(),
  direction: fc.constantFrom('in' as const, 'out' as const),
  action: fc.constantFrom('allow' as const, 'block' as const),
  protocol: fc.oneof(
    fc.constantFrom('tcp' as const, 'udp' as const, 'any' as const),
    fc.integer({ min: 0, max: 255 }).filter((n) => n !== 6 && n !== 17),
  ),
  localPorts: portTokens,
  remotePorts: portTokens,
  localAddresses: addresses,
  remoteAddresses: addresses,
  program: fc.option(notBlank, { nil: null }),
  service: fc.option(fc.oneof(fc.constant('*'), fc.stringMatching(/^[A-Za-z][\w-]{0,15}$/)), {
    nil: null,
  }),
  profiles: fc.subarray<Profile>(['domain', 'private', 'public']),
});

/** What a rule reads back as: tab/CR/LF become spaces; the line's trailing spaces go. */
const asWritten = (rule: ServerRule): ServerRule => ({
  ...rule,
  name: exportValue(rule.name),
  group: exportValue(rule.group).replace(/ +$/, ''),
  program: rule.program === null ? null : exportValue(rule.program),
});

describe('formatExport and parseExport: round trip', () => {
  it('reads back every generated rule list, with no problem', () => {
    fc.assert(
      fc.property(
        fc.array(serverRule, { maxLength: 8 }),
        fc.option(text, { nil: undefined }),
        (rules, computer) => {
          const read = parseExport(formatExport(rules, computer));
          expect(read.problems).toEqual([]);
          expect(read.format).toBe('explorer-tsv-1');
          expect(read.rules.map((r) => ({ ...r, line: 0 }))).toEqual(rules.map(asWritten));
          expect(read.rules.map((r) => r.line)).toEqual(
            rules.map((_, i) => i + (computer === undefined ? 3 : 4)),
          );
          expect(read.computer).toBe(
            computer === undefined ? undefined : exportValue(computer).trim(),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back rules whose names have no tab, CR, LF or trailing space unchanged', () => {
    const plain = serverRule.filter(
      (r) => !/[\t\r\n]/.test(r.name + r.group + (r.program ?? '')) && !r.group.endsWith(' '),
    );
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 5 }), (rules) => {
        const read = parseExport(formatExport(rules));
        expect(read.rules.map((r) => ({ ...r, line: 0 }))).toEqual(rules);
      }),
      { numRuns: 200 },
    );
  });
});
