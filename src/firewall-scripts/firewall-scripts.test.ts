// Each role's firewall scripts against the port plan: one rule per distinct opening (the RPC pair
// inbound as the endpoint mapper plus one rule per program, as Windows Firewall needs), every rule
// scoped, nothing opened to any address unless asked, and every port without a rule a comment.
import { describe, expect, it } from 'vitest';
import type { RoleId } from '../catalog/schema.ts';
import { ROLE_IDS } from '../catalog/ids.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { buildPlan } from '../plan/port-plan.ts';
import { DEFAULT_ENVIRONMENT } from '../plan/environment.ts';
import { firewallScript } from './firewall-script.ts';
import { ruleSet } from './rule-set.ts';
import type { ScriptDirection } from './role-entries.ts';
import { remLines } from './netsh-rules.ts';
import { SAY_JA, testOptions } from './test-support.ts';

const catalog = readCommittedCatalog();
const DIRS: ScriptDirection[] = ['in', 'out'];
const CASES = ROLE_IDS.flatMap((role) => DIRS.map((dir) => [role, dir] as const));

/** Setup's programs for dynamic RPC on a role, read straight from the catalog's rules. */
const setupRpcPrograms = (role: RoleId) =>
  new Set(
    catalog.firewallRules
      .filter((r) => r.roles.includes(role) && r.program)
      .filter((r) => r.ports.some((p) => p.kind === 'dynamic-rpc'))
      .map((r) => r.program!.toLowerCase()),
  );

const code = (text: string, comment: RegExp) =>
  text.split('\r\n').filter((line) => line !== '' && !comment.test(line));

describe.each(CASES)('role %s, direction %s', (role, dir) => {
  const plan = buildPlan(
    catalog.dataPaths,
    catalog.firewallRules,
    { kind: 'role', role, dir },
    DEFAULT_ENVIRONMENT,
  );
  const set = ruleSet(catalog, role, dir, DEFAULT_ENVIRONMENT);
  const netsh = firewallScript(catalog, role, dir, 'netsh', testOptions()).text;
  const ps = firewallScript(catalog, role, dir, 'powershell', testOptions()).text;

  it('renders the plan: one rule per numbered entry, one per outbound RPC entry', () => {
    for (const entry of plan.entries) {
      const rules = set.rules.filter((r) => r.entryKeys.includes(entry.key));
      const numbered =
        entry.protocol !== null && entry.ports.some((p) => p.opening.kind === 'number');
      const rpc = entry.protocol !== null && entry.ports.some((p) => p.opening.kind === 'rpc');
      expect(rules.filter((r) => r.kind === 'ports').length, entry.key).toBe(numbered ? 1 : 0);
      if (rpc && dir === 'out') expect(rules.filter((r) => r.kind === 'rpc-out')).toHaveLength(1);
      if (!numbered && !rpc) expect(rules, entry.key).toEqual([]);
    }
  });

  it('inbound RPC is the endpoint mapper once and one rule per program Setup ties RPC to', () => {
    const rpcEntries = plan.entries.filter((e) => e.ports.some((p) => p.opening.kind === 'rpc'));
    const mapper = set.rules.filter((r) => r.kind === 'rpc-epmap');
    const dynamic = set.rules.filter((r) => r.kind === 'rpc-dynamic');
    if (dir === 'out' || rpcEntries.length === 0) {
      expect([...mapper, ...dynamic]).toEqual([]);
      return;
    }
    expect(mapper).toHaveLength(1);
    expect(mapper[0]!.program?.path).toBe('System32\\svchost.exe');
    expect(mapper[0]!.service).toBe('RpcSs');
    expect(new Set(mapper[0]!.peers)).toEqual(new Set(rpcEntries.flatMap((e) => e.from)));
    expect(new Set(dynamic.map((r) => r.program!.path.toLowerCase()))).toEqual(
      setupRpcPrograms(role),
    );
    expect(dynamic.every((r) => r.ports.join() === 'RPC')).toBe(true);
  });

  it('counts: rules = numbered entries + outbound RPC entries + the inbound RPC set', () => {
    const numbered = plan.entries.filter(
      (e) => e.protocol !== null && e.ports.some((p) => p.opening.kind === 'number'),
    ).length;
    const rpc = plan.entries.filter((e) => e.ports.some((p) => p.opening.kind === 'rpc')).length;
    const rpcRules = dir === 'out' ? rpc : rpc > 0 ? 1 + setupRpcPrograms(role).size : 0;
    expect(set.rules.length).toBe(numbered + rpcRules);
  });

  it('names are unique and hold nothing a shell reads', () => {
    const names = set.rules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names)
      expect(name).toMatch(/^Exchange 2010 [a-z]+ (in|out): [A-Za-z0-9 .,:_#-]+$/);
  });

  it('netsh: one add line per rule, every one scoped to its peers, none to any address', () => {
    const adds = netsh.split('\r\n').filter((l) => l.includes(' add rule '));
    expect(adds).toHaveLength(set.rules.length);
    for (const line of adds) {
      expect(line).toMatch(
        /^%RUN% netsh advfirewall firewall add rule name="[^"]+" dir=(in|out) action=allow protocol=(TCP|UDP) (local|remote)port=\S+ remoteip=%R:~1%( program="[^"]+")?( service=\w+)? description="[^"%!^&|<>]*"$/,
      );
    }
    expect(netsh).not.toMatch(/remoteip=any/i);
    expect(netsh).toContain('set "ANY_ADDRESS="');
    // Every rule has its skip and its undo.
    set.rules.forEach((_, i) => {
      expect(netsh).toContain(`:r${i + 1}_skip\r\n`);
      expect(netsh).toContain(`:r${i + 1}_remove\r\n`);
    });
  });

  it('PowerShell: one New-NetFirewallRule per rule, each through ShouldProcess and scoped', () => {
    const news = ps.split('\r\n').filter((l) => l.includes('New-NetFirewallRule -DisplayName'));
    expect(news).toHaveLength(set.rules.length);
    for (const line of news) expect(line).toContain(' -RemoteAddress $remote');
    expect(ps.match(/\$PSCmdlet\.ShouldProcess\('Exchange 2010/g) ?? []).toHaveLength(
      set.rules.length,
    );
    expect(ps).toContain('[switch]$AllowAnyAddress,');
    expect(ps).toContain('[CmdletBinding(SupportsShouldProcess = $true)]');
  });

  it('every port without a rule is a comment quoting the source cell', () => {
    for (const { entry } of set.remarks) {
      for (const id of entry.pathIds) {
        const row = catalog.dataPaths.find((r) => r.id === id)!;
        expect(ps).toContain(`「${row.source.ja.ports}」`);
      }
    }
  });

  it('is the same every time, and non-ASCII appears in the .cmd only inside quoted rem lines', () => {
    expect(firewallScript(catalog, role, dir, 'netsh', testOptions()).text).toBe(netsh);
    for (const line of netsh.split('\r\n')) {
      if (/[^\x20-\x7e]/.test(line)) expect(line).toMatch(/^rem ".*"$/);
    }
    expect(code(ps, /^#/).every((l) => !/[^\x20-\x7e]/.test(l))).toBe(true);
  });
});

describe('what an administrator reads', () => {
  it('quotes the source: firewalls between Exchange servers are not supported', () => {
    const { text } = firewallScript(catalog, 'mailbox', 'in', 'netsh', testOptions());
    const note = catalog.notes.find((n) => n.id === 'cas-para-1')!;
    const ja = text.match(/「(Exchange サーバー間[^」]*)」/)![1]!;
    expect(note.ja).toContain(ja);
    expect(text).toContain("isn't supported.");
    expect(text).toMatch(/rem .*NOT SUPPORTED for mailbox-log-shipping, mailbox-seeding/);
  });

  it('says what it leaves alone and, outbound, that outbound rules matter only when blocked', () => {
    const out = firewallScript(catalog, 'hub', 'out', 'powershell', testOptions()).text;
    expect(out).toContain("# - It leaves alone: Setup's own rules");
    expect(out).toContain(
      '# - Outbound rules matter only when the default outbound action is Block',
    );
    const inbound = firewallScript(catalog, 'hub', 'in', 'powershell', testOptions()).text;
    expect(inbound).not.toContain('Outbound rules matter only');
  });

  it('Edge inbound opens 50636 for EdgeSync and never 50389, which stays a related-port comment', () => {
    const set = ruleSet(catalog, 'edge', 'in', DEFAULT_ENVIRONMENT);
    expect(set.rules.map((r) => r.ports.join())).toEqual(['25', '50636']);
    const text = firewallScript(catalog, 'edge', 'in', 'netsh', testOptions()).text;
    expect(text).not.toMatch(/localport=[^ ]*50389/);
    expect(text).toMatch(/rem .*Related port, never a rule: TCP 50389 \(note transport-note-3\)/);
  });

  it('Hub gets one TCP 25 rule per set of peers, not one per data path', () => {
    const set = ruleSet(catalog, 'hub', 'in', DEFAULT_ENVIRONMENT);
    const smtp = set.rules.filter((r) => r.ports.join() === '25');
    expect(smtp.map((r) => r.peers)).toEqual([
      ['edge', 'smtp-client'],
      ['hub', 'um'],
    ]);
    // The supported and the unsupported paths never share a rule.
    expect(smtp.map((r) => r.unsupported)).toEqual([false, true]);
  });

  it('UM: RTP is scoped to the IP gateways, both ways', () => {
    for (const dir of DIRS) {
      const rtp = ruleSet(catalog, 'um', dir, DEFAULT_ENVIRONMENT).rules.find(
        (r) => r.protocol === 'UDP' && r.peers.includes('ip-gateway'),
      )!;
      expect(rtp.ports).toEqual(['1024-65535']);
      expect(rtp.peers).toEqual(['ip-gateway']);
    }
  });

  it('the Mailbox store gets its dynamic RPC ports tied to Store.exe', () => {
    const netsh = firewallScript(catalog, 'mailbox', 'in', 'netsh', testOptions()).text;
    expect(netsh).toContain(
      'localport=RPC remoteip=%R:~1% program="%ExchangeInstallPath%Bin\\Store.exe"',
    );
    expect(netsh).toContain(
      'localport=RPC-EPMap remoteip=%R:~1% program="%SystemRoot%\\System32\\svchost.exe" service=RpcSs',
    );
    const ps = firewallScript(catalog, 'mailbox', 'in', 'powershell', testOptions()).text;
    expect(ps).toContain(
      "-LocalPort 'RPC' -RemoteAddress $remote -Program (Join-Path $ExchangeInstallPath 'Bin\\Store.exe')",
    );
    expect(ps).toContain(
      "-LocalPort 'RPCEPMap' -RemoteAddress $remote -Program '%SystemRoot%\\System32\\svchost.exe' -Service 'RpcSs'",
    );
  });

  it('CAS: dynamic RPC on svchost.exe only for the service Setup names, and Outlook is named', () => {
    const set = ruleSet(catalog, 'cas', 'in', DEFAULT_ENVIRONMENT);
    const svchost = set.rules.filter((r) => /svchost\.exe$/i.test(r.program?.path ?? ''));
    expect(svchost.map((r) => [r.kind, r.service])).toEqual([
      ['rpc-epmap', 'RpcSs'],
      ['rpc-dynamic', 'RpcHttpLBS'],
    ]);
    const text = firewallScript(catalog, 'cas', 'in', 'netsh', testOptions()).text;
    expect(text).toContain('rem   Outlook (MAPI) clients: the source says they connect');
  });

  it('says where Setup rules hide, by the words their names start with', () => {
    const text = firewallScript(catalog, 'um', 'in', 'netsh', testOptions()).text;
    expect(text).toContain('findstr /i /c:MSExchange /c:SESWorker /c:UMService /c:UMWorkerProcess');
  });

  it('comments follow the page language; code and runtime messages stay the same', () => {
    const en = firewallScript(catalog, 'cas', 'in', 'netsh', testOptions()).text;
    const ja = firewallScript(
      catalog,
      'cas',
      'in',
      'netsh',
      testOptions({ say: SAY_JA, lang: 'ja' }),
    ).text;
    expect(en).toContain('rem What this script changes:');
    expect(ja).toContain('rem "このスクリプトが変更するもの: "');
    expect(code(ja, /^rem/)).toEqual(code(en, /^rem/));
  });
});

describe('peers, environment and the any-address switch', () => {
  const peers = { mailbox: ['10.0.1.10', '10.0.1.11'], hub: ['10.0.2.0/24'] };

  it('pre-fills the addresses given on the page', () => {
    const netsh = firewallScript(catalog, 'mailbox', 'in', 'netsh', testOptions({ peers })).text;
    expect(netsh).toContain('set "MAILBOX_SERVERS=10.0.1.10,10.0.1.11"');
    expect(netsh).toContain('set "HUB_TRANSPORT_SERVERS=10.0.2.0/24"');
    expect(netsh).toContain('set "ADMIN_STATIONS="');
    expect(netsh).toMatch(/rem {3}ADMIN_STATIONS \(.*\): not given; rules that need it: 14\./);
    // Only TCP 445 (from admin stations alone) has no address at all.
    expect(netsh).toContain('rem Rules with no address for any of their peers: 1 of 17;');
    // A rule with some of its peers given is made for those and names the others.
    expect(netsh).toContain(
      'if /i not "%R%"==",any" if not defined ADMIN_STATIONS echo Note: Exchange 2010 mailbox in: TCP dynamic RPC Store.exe: no address in ADMIN_STATIONS, so those peers are left out.',
    );
    // One peer given as any opens the rule to any address: netsh takes no "any" in a list.
    expect(netsh).toContain('if /i "%MAILBOX_SERVERS%"=="any" set "R=,any"');
    const ps = firewallScript(catalog, 'mailbox', 'in', 'powershell', testOptions({ peers })).text;
    expect(ps).toContain("  [string[]]$MailboxServers = @('10.0.1.10', '10.0.1.11'),");
    expect(ps).toContain('  [string[]]$AdminStations = @(),');
  });

  it('opens rules without addresses to any address only when asked', () => {
    const netsh = firewallScript(
      catalog,
      'edge',
      'in',
      'netsh',
      testOptions({ anyAddress: true }),
    ).text;
    expect(netsh).toContain('set "ANY_ADDRESS=1"');
    const ps = firewallScript(
      catalog,
      'edge',
      'in',
      'powershell',
      testOptions({ anyAddress: true }),
    ).text;
    expect(ps).toContain(
      "if (-not $PSBoundParameters.ContainsKey('AllowAnyAddress')) { $AllowAnyAddress = $true }",
    );
  });

  it('the DAG port replaces 64327 and the rule keeps its name', () => {
    const env = { ...DEFAULT_ENVIRONMENT, dagPort: 64330 };
    const before = ruleSet(catalog, 'mailbox', 'in', DEFAULT_ENVIRONMENT).rules;
    const after = ruleSet(catalog, 'mailbox', 'in', env).rules;
    expect(after.map((r) => r.name)).toEqual(before.map((r) => r.name));
    const text = firewallScript(catalog, 'mailbox', 'in', 'netsh', testOptions({ env })).text;
    expect(text).toContain('localport=64330 ');
    expect(text).not.toContain('localport=64327 ');
    expect(text).toContain('Get-DatabaseAvailabilityGroup | Format-List Name,ReplicationPort');
  });

  it("Outlook's static ports get their own rules, tied to their service's program", () => {
    const env = { ...DEFAULT_ENVIRONMENT, rpcClientAccess: 59532, addressBook: 59533 };
    const set = ruleSet(catalog, 'cas', 'in', env);
    const statics = set.rules.filter((r) => r.kind === 'rpc-static');
    expect(statics.map((r) => [r.ports.join(), r.program?.path, r.peers.join()])).toEqual([
      ['59532', 'Bin\\Microsoft.Exchange.RpcClientAccess.Service.exe', 'client'],
      ['59533', 'Bin\\Microsoft.Exchange.AddressBook.Service.exe', 'client'],
    ]);
    expect(set.rules.find((r) => r.kind === 'rpc-epmap')!.peers).toContain('client');
    // Clients reach the static ports, not the dynamic range.
    for (const r of set.rules.filter((x) => x.kind === 'rpc-dynamic'))
      expect(r.peers).not.toContain('client');
  });

  it("finds the static ports' Setup rules by id, whatever their program is called", () => {
    const env = { ...DEFAULT_ENVIRONMENT, rpcClientAccess: 59532, addressBook: 59533 };
    const renamed = structuredClone(catalog);
    const programs: Record<string, string> = {
      'fw-msexchangerpc-rpc': 'Bin\\RpcClientAccess2.exe',
      'fw-msexchangeab-rpc': 'Bin\\AddressBook2.exe',
    };
    for (const rule of renamed.firewallRules) rule.program = programs[rule.id] ?? rule.program;
    const statics = ruleSet(renamed, 'cas', 'in', env).rules.filter((r) => r.kind === 'rpc-static');
    expect(statics.map((r) => [r.program?.path, r.setupRuleId])).toEqual([
      ['Bin\\RpcClientAccess2.exe', 'fw-msexchangerpc-rpc'],
      ['Bin\\AddressBook2.exe', 'fw-msexchangeab-rpc'],
    ]);
  });

  it("outbound RPC names the environment's range for Exchange servers only", () => {
    const env = { ...DEFAULT_ENVIRONMENT, rpcRange: { from: 6005, to: 59530 } };
    const rules = ruleSet(catalog, 'hub', 'out', env).rules.filter((r) => r.kind === 'rpc-out');
    expect(rules.map((r) => [r.peers.join(), r.ports.join()])).toEqual([
      ['ad', '135,49152-65535'],
      ['mailbox', '135,6005-59530'],
    ]);
  });
});

describe('remLines', () => {
  it('doubles %, quotes lines with Japanese and splits every line break', () => {
    expect(remLines(['100% sure'])).toEqual(['rem 100%% sure']);
    expect(remLines(['動的 RPC'])).toEqual(['rem "動的 RPC "']);
    expect(remLines([''])).toEqual(['rem']);
    expect(remLines(['a\r\nnet user x /add\u2028b'])).toEqual([
      'rem a',
      'rem net user x /add',
      'rem b',
    ]);
    // cmd.exe ends a line at Ctrl-Z too; NUL and bidi controls are no text for a comment either.
    expect(remLines(['a\u001anet user x /add\u0000 \u202eb'])).toEqual([
      'rem a?net user x /add? ?b',
    ]);
  });
});
