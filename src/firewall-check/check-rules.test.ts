// The checker per finding kind: our own scripts' rules check clean, and each mistake the issue
// names (UDP for TCP, a moved DAG port, any address, no program, a broad range, Setup's (GFW)
// rules, a block, an extra port) gives its finding, carrying ids and numbers, never sentences.
import { describe, expect, it } from 'vitest';
import type { RoleId } from '../catalog/schema.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import type { PeerAddresses } from '../firewall-scripts/remote-addresses.ts';
import { ruleSet } from '../firewall-scripts/rule-set.ts';
import type { ScriptDirection } from '../firewall-scripts/role-entries.ts';
import { checkServerRules } from './check-rules.ts';
import { readRuleAddress } from './rule-addresses.ts';
import { isWindowsOwnRule } from './windows-own-rules.ts';
import { expectedServerRules, windowsAddress } from './expected-rules.ts';
import type { Finding } from './findings.ts';
import type { ServerRule } from './server-rules.ts';
import { CASES, catalog, everyPeer, ports, serverRule } from './test-support.ts';

const PEERS = everyPeer('single');

const setup = (
  role: RoleId,
  dir: ScriptDirection,
  env: Environment = DEFAULT_ENVIRONMENT,
  peers: PeerAddresses = PEERS,
) => {
  const rules = expectedServerRules(ruleSet(catalog, role, dir, env), peers);
  const check = (changed: ServerRule[], checkEnv: Environment = env) =>
    checkServerRules({ catalog, role, dir, env: checkEnv, peers, rules: changed });
  return { rules, check };
};

const byName = (rules: ServerRule[], part: string): ServerRule => {
  const rule = rules.find((r) => r.name.includes(part));
  if (!rule) throw new Error(`no rule ${part} in ${rules.map((r) => r.name).join('; ')}`);
  return rule;
};

const replace = (rules: ServerRule[], old: ServerRule, next: ServerRule) =>
  rules.map((r) => (r === old ? next : r));

const kinds = (findings: Finding[]) => findings.map((f) => f.kind);

describe('expected rules', () => {
  it('are written as Windows reports them', () => {
    expect(windowsAddress('10.0.0.1')).toBe('10.0.0.1/255.255.255.255');
    expect(windowsAddress('10.0.1.7/24')).toBe('10.0.1.0/255.255.255.0');
    expect(windowsAddress('10.0.1.5-10.0.1.9')).toBe('10.0.1.5-10.0.1.9');
    expect(windowsAddress('Any')).toBe('*');
    const rules = expectedServerRules(
      ruleSet(catalog, 'mailbox', 'in', DEFAULT_ENVIRONMENT),
      PEERS,
    );
    const mapper = byName(rules, 'endpoint mapper');
    expect(mapper).toMatchObject({
      program: 'C:\\Windows\\System32\\svchost.exe',
      service: 'RpcSs',
      localPorts: [{ kind: 'keyword', keyword: 'RPC-EPMap' }],
      group: 'Exchange 2010 port explorer - mailbox in',
      enabled: true,
      action: 'allow',
    });
    expect(byName(rules, 'Store.exe').program).toBe(
      'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\Store.exe',
    );
    expect(rules.map((r) => r.line)).toEqual(rules.map((_, i) => i + 1));
  });

  it('leave out what the scripts skip: a rule none of whose peers has an address', () => {
    const set = ruleSet(catalog, 'edge', 'in', DEFAULT_ENVIRONMENT);
    expect(expectedServerRules(set, {})).toEqual([]);
    const hubOnly = expectedServerRules(set, { hub: ['10.0.0.1'] });
    expect(hubOnly.map((r) => r.remoteAddresses)).toEqual([
      ['10.0.0.1/255.255.255.255'],
      ['10.0.0.1/255.255.255.255'],
    ]);
    expect(
      expectedServerRules(set, { hub: ['10.0.0.1'], 'internet-smtp': ['Any'] })[0],
    ).toMatchObject({
      remoteAddresses: ['*'],
    });
    expect(expectedServerRules(set, {}, undefined, true)).toHaveLength(set.rules.length);
  });
});

describe.each(CASES)('role %s, direction %s: our own rules', (role, dir) => {
  it.each(['single', 'subnet', 'range', 'two', 'ipv6'] as const)(
    'check clean (%s addresses)',
    (form) => {
      const { rules, check } = setup(role, dir, DEFAULT_ENVIRONMENT, everyPeer(form));
      const report = check(rules);
      expect(report.findings).toEqual([]);
      expect(report.summary.openingsCovered).toBe(report.summary.openings);
      expect(report.summary.rulesConsidered).toBe(rules.length);
    },
  );

  it('with no addresses given, every opening is missing (the scripts skip them all)', () => {
    const report = checkServerRules({
      catalog,
      role,
      dir,
      env: DEFAULT_ENVIRONMENT,
      peers: {},
      rules: [],
    });
    expect(report.summary.counts.missing).toBe(report.summary.openings);
  });
});

describe('findings', () => {
  it('blocked: a Block rule on 25 inbound on Hub Transport, most harmful first', () => {
    const { rules, check } = setup('hub', 'in');
    const block = serverRule({ name: 'Block SMTP', action: 'block', localPorts: ports(25) });
    const report = check([...rules, block]);
    expect(kinds(report.findings)).toEqual(['blocked', 'blocked']);
    expect(report.findings[0]).toMatchObject({
      rule: { line: 1000, name: 'Block SMTP' },
      ports: ['25'],
    });
    // A disabled block, or one of the other direction, is not considered.
    expect(check([...rules, { ...block, enabled: false }]).findings).toEqual([]);
    expect(check([...rules, { ...block, direction: 'out' }]).summary.rulesConsidered).toBe(
      rules.length,
    );
  });

  it('blocked through a keyword address (LocalSubnet) is a block that may apply, not a certain one', () => {
    const { rules, check } = setup('hub', 'in');
    const block = serverRule({ name: 'Block SMTP', action: 'block', localPorts: ports(25) });
    const local = { ...block, remoteAddresses: ['LocalSubnet'] };
    expect(check([...rules, block]).findings.map((f) => f.kind === 'blocked' && f.certain)).toEqual(
      [true, true],
    );
    expect(check([...rules, local]).findings.map((f) => f.kind === 'blocked' && f.certain)).toEqual(
      [false, false],
    );
  });

  it('wrong protocol: EdgeSync 50636 as UDP on Edge Transport inbound', () => {
    const { rules, check } = setup('edge', 'in');
    const edgeSync = byName(rules, '50636');
    const report = check(replace(rules, edgeSync, { ...edgeSync, protocol: 'udp' }));
    expect(kinds(report.findings)).toEqual(['missing', 'wrong-protocol-or-port']);
    expect(report.findings[0]).toMatchObject({
      spec: { ports: ['50636'], pathIds: ['transport-edgesync'] },
    });
    expect(report.findings[1]).toMatchObject({
      reason: 'other-protocol',
      rule: { line: edgeSync.line },
      expected: { protocol: 'tcp', ports: ['50636'] },
      found: { protocol: 'udp', ports: ['50636'] },
    });
    expect((report.findings[0] as { spec: { noteIds: string[] } }).spec.noteIds).toContain(
      'transport-note-3',
    );
  });

  it('wrong port: the DAG port set in the environment while the rules keep 64327', () => {
    const { rules } = setup('mailbox', 'in');
    const report = checkServerRules({
      catalog,
      role: 'mailbox',
      dir: 'in',
      env: { ...DEFAULT_ENVIRONMENT, dagPort: 64330 },
      peers: PEERS,
      rules,
    });
    expect(kinds(report.findings)).toEqual(['missing', 'wrong-protocol-or-port']);
    expect(report.findings[0]).toMatchObject({
      spec: { ports: ['64330'], settings: ['dagPort'], unsupported: true },
    });
    expect(report.findings[1]).toMatchObject({
      reason: 'default-dag-port',
      expected: { protocol: 'tcp', ports: ['64330'] },
      found: { ports: ['64327'] },
      unsupported: true,
    });
  });

  it('wrong port: a rule named for the opening on other ports', () => {
    const { rules, check } = setup('hub', 'in');
    const relay = serverRule({
      name: 'SMTP relay',
      localPorts: ports(2525),
      remoteAddresses: ['10.9.9.9'],
    });
    const report = check([...rules, relay]);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'wrong-protocol-or-port',
        reason: 'named-for',
        word: 'SMTP',
      }),
    ]);
  });

  it('too broad: any address on an RPC rule whose peers were given', () => {
    const { rules, check } = setup('mailbox', 'in');
    const mapper = byName(rules, 'endpoint mapper');
    const report = check(replace(rules, mapper, { ...mapper, remoteAddresses: ['*'] }));
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'too-broad',
        reason: 'any-address',
        rule: { line: mapper.line, name: mapper.name },
        unsupported: true,
      }),
    ]);
    // Any given for the peers: the user asked for it.
    const anyPeers = Object.fromEntries(Object.keys(PEERS).map((p) => [p, ['Any']]));
    const open = setup('mailbox', 'in', DEFAULT_ENVIRONMENT, anyPeers);
    expect(open.check(open.rules).findings).toEqual([]);
  });

  it('any address is not too broad while a peer of the opening has no address (the Internet on 25)', () => {
    const hubOnly = { hub: ['10.3.0.10'] };
    const { rules, check } = setup('edge', 'in', DEFAULT_ENVIRONMENT, hubOnly);
    const smtp = serverRule({ name: 'SMTP (TCP-In)', localPorts: ports(25) });
    const withAny = [...rules.filter((r) => !r.name.includes(' 25 ')), smtp];
    expect(check(withAny).findings).toEqual([]);
    // Every peer given: now it is.
    const both = { hub: ['10.3.0.10'], 'internet-smtp': ['192.0.2.0/24'] };
    const scoped = setup('edge', 'in', DEFAULT_ENVIRONMENT, both);
    const all = [...scoped.rules.filter((r) => !r.name.includes(' 25 ')), smtp];
    expect(scoped.check(all).findings).toEqual([
      expect.objectContaining({ kind: 'too-broad', reason: 'any-address' }),
    ]);
  });

  it('too broad: dynamic RPC without a program (still covers its opening)', () => {
    const { rules, check } = setup('hub', 'in');
    const rpc = byName(rules, 'EdgeSyncSvc');
    const report = check(replace(rules, rpc, { ...rpc, program: null }));
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'too-broad',
        reason: 'no-program',
        rule: { line: rpc.line, name: rpc.name },
      }),
    ]);
    expect((report.findings[0] as { specs: unknown[] }).specs).toHaveLength(6);
  });

  it('too broad: an extra 1024-65535 rule', () => {
    const { rules, check } = setup('mailbox', 'in');
    const wide = serverRule({
      name: 'High ports',
      localPorts: ports([1024, 65535]),
      remoteAddresses: ['10.0.0.0/255.0.0.0'],
    });
    const report = check([...rules, wide]);
    const found = report.findings.filter((f) => f.kind === 'too-broad');
    expect(found.map((f) => f.reason).sort()).toEqual(['no-program', 'wider-range']);
    expect(found.find((f) => f.reason === 'wider-range')).toMatchObject({
      extraPorts: [
        { from: 1024, to: 3342 },
        { from: 3344, to: 49151 },
      ],
    });
  });

  it("too broad: Setup's (GFW) rules enabled, once each, naming the rule with a program beside it", () => {
    const { rules, check } = setup('um', 'in');
    const gfw = serverRule({
      name: 'SESWorker (GFW) (TCP-In)',
      group: 'Microsoft Exchange Server 2010',
    });
    // Any port and any program: one finding, the (GFW) one (its breadth is the same fact).
    expect(check([...rules, gfw]).findings).toEqual([
      expect.objectContaining({ kind: 'too-broad', reason: 'setup-gfw', twin: null }),
    ]);
    const hub = setup('hub', 'in');
    const transport = serverRule({
      name: 'MSExchangeTransportWorker (GFW) (TCP-In)',
      localPorts: ports(25, 587),
    });
    expect(hub.check([...hub.rules, transport]).findings).toEqual([
      expect.objectContaining({ kind: 'too-broad', reason: 'setup-gfw', twin: null }),
    ]);
    expect(hub.check([...hub.rules, { ...transport, enabled: false }]).findings).toEqual([]);
    // Setup's rule restricted to a program for the same ports, enabled: named as the twin.
    const worker = serverRule({
      line: 1001,
      name: 'MSExchangeTransportWorker (TCP-In)',
      localPorts: ports(587, 25),
      program: 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\EdgeTransport.exe',
    });
    const twinned = hub.check([...hub.rules, transport, worker]).findings;
    expect(twinned.find((f) => f.kind === 'too-broad' && f.reason === 'setup-gfw')).toMatchObject({
      twin: { line: 1001, name: 'MSExchangeTransportWorker (TCP-In)' },
    });
    // Disabled, it is no twin.
    const off = hub.check([...hub.rules, transport, { ...worker, enabled: false }]).findings;
    expect(off).toEqual([expect.objectContaining({ reason: 'setup-gfw', twin: null })]);
  });

  it('a TCP rule inside a wide UDP range (UM media, 1024-65535) is no protocol mistake', () => {
    const { rules, check } = setup('um', 'in');
    const rdp = serverRule({ name: 'Remote Desktop (TCP-In)', localPorts: ports(3389) });
    const agent = serverRule({ name: 'Backup agent', localPorts: ports(10000) });
    // Remote Desktop is Windows' own (left alone); the agent's port is merely not needed.
    expect(check([...rules, rdp, agent]).findings).toEqual([
      expect.objectContaining({ kind: 'not-needed', rule: { line: 1000, name: 'Backup agent' } }),
    ]);
  });

  it('not needed: an allow for a port the plan does not open, as information', () => {
    const { rules, check } = setup('edge', 'in');
    const adam = serverRule({ name: 'ADAM 50389', localPorts: ports(50389) });
    expect(check([...rules, adam]).findings).toEqual([
      expect.objectContaining({
        kind: 'not-needed',
        rule: { line: 1000, name: 'ADAM 50389' },
        ports: ['50389'],
      }),
    ]);
  });

  it("not needed leaves Windows' own rules alone unless they open a port Exchange Setup opens", () => {
    const { rules, check } = setup('edge', 'in');
    const icmp = serverRule({
      name: 'Core Networking - Echo',
      group: '@FirewallAPI.dll,-25000',
      protocol: 1,
    });
    const rdp = serverRule({
      name: 'Remote Desktop (TCP-In)',
      group: 'Remote Desktop',
      localPorts: ports(3389),
    });
    const rpc = serverRule({
      name: 'Remote Service Management (RPC)',
      group: '@FirewallAPI.dll,-29502',
      localPorts: [{ kind: 'keyword', keyword: 'RPC' }],
      program: '%SystemRoot%\\system32\\services.exe',
    });
    expect(isWindowsOwnRule(rdp)).toBe(true);
    expect(check([...rules, icmp, rdp, rpc]).findings).toEqual([
      expect.objectContaining({
        kind: 'not-needed',
        rule: { line: 1000, name: 'Remote Service Management (RPC)' },
      }),
    ]);
  });

  it('several rules together cover an opening; programs match by their end, case folded', () => {
    const { rules, check } = setup('cas', 'in');
    const client = byName(rules, 'from client');
    const split = [
      { ...client, localPorts: ports(80, 110, 143) },
      { ...client, line: 2000, localPorts: ports(443, 993, 995) },
    ];
    expect(check([...rules.filter((r) => r !== client), ...split]).findings).toEqual([]);
    const ab = byName(rules, 'AddressBook');
    const moved = {
      ...ab,
      program: 'D:\\EXCHANGE\\bin\\microsoft.exchange.addressbook.service.exe',
    };
    expect(check(replace(rules, ab, moved)).findings).toEqual([]);
    const lbs = byName(rules, 'RpcHttpLBS');
    expect(lbs.program).toBe('C:\\Windows\\System32\\Svchost.exe');
    expect(
      check(replace(rules, lbs, { ...lbs, program: '%windir%\\system32\\svchost.exe' })).findings,
    ).toEqual([]);
    const wrongService = check(replace(rules, lbs, { ...lbs, service: 'RpcSs' })).findings;
    expect(kinds(wrongService)).toEqual(['missing']);
  });

  it('an address outside the peers given leaves the opening missing, naming the address', () => {
    const { rules, check } = setup('edge', 'in');
    const smtp = byName(rules, 'TCP 25');
    const report = check(
      replace(rules, smtp, { ...smtp, remoteAddresses: ['192.168.0.0/255.255.0.0'] }),
    );
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'missing',
        ports: ['25'],
        addresses: [...PEERS.hub!, ...PEERS['internet-smtp']!],
      }),
    ]);
  });

  it('a peer without addresses is left out, as the scripts do: still clean', () => {
    const peers = { hub: ['10.0.0.1'] };
    const { rules, check } = setup('edge', 'in', DEFAULT_ENVIRONMENT, peers);
    expect(rules).toHaveLength(2);
    expect(check(rules).findings).toEqual([]);
  });

  it('a port both protocols need is no protocol mistake (cluster 3343 TCP and UDP)', () => {
    const { rules, check } = setup('mailbox', 'in');
    const udp = rules.find((r) => r.protocol === 'udp')!;
    expect(udp.localPorts).toEqual(ports(3343));
    const report = check(rules.filter((r) => r !== udp));
    expect(kinds(report.findings)).toEqual(['missing']);
  });

  it('reads the address forms of the exports', () => {
    expect(readRuleAddress('10.0.1.0/255.255.255.0')).toEqual(readRuleAddress('10.0.1.0/24'));
    expect(readRuleAddress('10.0.1.7')).toEqual(readRuleAddress('10.0.1.7/255.255.255.255'));
    expect(readRuleAddress('fd00::1:10')).toEqual(readRuleAddress('fd00:0:0:0:0:0:1:10/128'));
    expect(readRuleAddress('*')).toEqual({ kind: 'any' });
    expect(readRuleAddress('LocalSubnet')).toEqual({ kind: 'keyword', text: 'localsubnet' });
    expect(readRuleAddress('=cmd|calc')).toEqual({ kind: 'keyword', text: '=cmd|calc' });
  });

  it('hostile names stay data: carried as given, never matched as code', () => {
    const { rules, check } = setup('edge', 'in');
    const name = '=HYPERLINK("http://x")<script>alert(1)</script>"; rm -rf / %PATH% ${x}';
    const report = check([...rules, serverRule({ name, localPorts: ports(4444) })]);
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'not-needed', rule: { line: 1000, name } }),
    ]);
  });

  it('10,000 rules are checked to the end', () => {
    const { rules, check } = setup('mailbox', 'in');
    const noise = Array.from({ length: 10_000 - rules.length }, (_, i) =>
      serverRule({
        line: rules.length + i + 1,
        name: `Noise ${i}`,
        enabled: i % 3 !== 0,
        direction: i % 2 === 0 ? 'in' : 'out',
        localPorts: ports(20000 + (i % 1000)),
        remoteAddresses: ['192.168.0.1'],
      }),
    );
    const report = check([...rules, ...noise]);
    expect(report.summary.rulesRead).toBe(10_000);
    expect(report.summary.counts.missing).toBe(0);
    expect(report.summary.counts['not-needed']).toBe(report.summary.rulesConsidered - rules.length);
  });
});
