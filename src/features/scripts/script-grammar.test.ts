// @vitest-environment node
// Every script the app generates, read by a real PowerShell grammar (tree-sitter-powershell) and
// by the documented grammar of netsh advfirewall firewall (issue 14, item 6): no syntax error, no
// command or parameter that is not documented, nothing Windows PowerShell 2.0 lacks in the
// scripts that must run on Windows Server 2008 / 2008 R2, and no netsh keyword or value netsh
// would refuse. The second half proves that each check can fail.
import { describe, expect, it } from 'vitest';
import type { EndpointId } from '../../catalog/schema.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { readCommittedCatalog } from '../../catalog/test-support.ts';
import { scriptOf } from './script-file.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../../plan/environment.ts';
import { SCRIPT_KINDS } from '../../view/view-state.ts';
import { readAddressList } from '../../firewall-scripts/remote-addresses.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import {
  loadPowerShellGrammar,
  checkCommands,
  checkNetshScript,
  netshCommandLines,
  parsePowerShell,
  powerShell2Problems,
  unscopedRules,
} from '../../firewall-scripts/grammar/index.ts';
import { readPowerShellGrammar, SAY_JA, testOptions } from '../../firewall-scripts/test-support.ts';
import { EVERY_SETTING } from '../../plan/test-environments.ts';

interface GeneratedScript {
  /** Role, direction, kind and options, to name the test. */
  label: string;
  shell: 'powershell' | 'cmd';
  /** Must run on Windows PowerShell 2.0 (Windows Server 2008 SP2 / 2008 R2). */
  powerShell2: boolean;
  /** Made with the explicit switch that opens rules without peers to any address. */
  anyAddress: boolean;
  text: string;
}

await loadPowerShellGrammar(readPowerShellGrammar());

const catalog = readCommittedCatalog();

const ENV_STATIC = EVERY_SETTING;
const ENV_SHORT_RANGE: Environment = {
  ...DEFAULT_ENVIRONMENT,
  rpcRange: { from: 50000, to: 50099 },
  dagPort: 64327,
};

const PEERS = Object.fromEntries(
  (
    [
      ['hub', '10.0.1.10, 10.0.1.11'],
      ['mailbox', '10.0.3.5-10.0.3.9'],
      ['cas', '10.0.2.0/24 fd00::10'],
      ['ad', '10.0.0.0/24'],
      ['edge', '192.0.2.25'],
      ['client', 'LocalSubnet'],
      ['admin', '10.0.9.1'],
      ['um', 'Any'],
    ] as [EndpointId, string][]
  ).map(([peer, list]) => [peer, readAddressList(list).addresses]),
);

/**
 * Every script the app can generate, for every role, direction and kind, with a sample of
 * environments and options. The one place that knows the generators' signatures: when they
 * change (a target, new options), change this function only.
 */
function allScripts(): GeneratedScript[] {
  const variants = [
    { label: 'defaults', options: testOptions(), anyAddress: false },
    {
      label: 'static RPC ports, peers given',
      options: testOptions({ env: ENV_STATIC, peers: PEERS }),
      anyAddress: false,
    },
    {
      label: 'short RPC range, any address, Japanese',
      options: testOptions({ env: ENV_SHORT_RANGE, anyAddress: true, say: SAY_JA, lang: 'ja' }),
      anyAddress: true,
    },
  ];
  const dirs: ScriptDirection[] = ['in', 'out'];
  const scripts = new Map<string, GeneratedScript>();
  for (const { label, options, anyAddress } of variants) {
    for (const role of ROLE_IDS) {
      for (const dir of dirs) {
        for (const kind of SCRIPT_KINDS) {
          const file = scriptOf(catalog, role, dir, kind, options);
          const script: GeneratedScript = {
            label: `${file.name} (${label})`,
            shell: file.name.endsWith('.cmd') ? 'cmd' : 'powershell',
            powerShell2: kind === 'test' || kind === 'portqry',
            anyAddress,
            text: file.text,
          };
          // The checks are made for the role, whatever the direction: keep each text once.
          if (![...scripts.values()].some((s) => s.text === script.text)) {
            scripts.set(script.label, script);
          }
        }
      }
    }
  }
  return [...scripts.values()];
}

const SCRIPTS = allScripts();
const POWERSHELL = SCRIPTS.filter((s) => s.shell === 'powershell');
const CMD = SCRIPTS.filter((s) => s.shell === 'cmd');

describe('the generated scripts', () => {
  it('are all here: every role, both directions, every kind, as PowerShell and as .cmd', () => {
    for (const role of ROLE_IDS) {
      for (const dir of ['in', 'out']) {
        expect(
          SCRIPTS.some((s) => s.label.startsWith(`exchange-2010-${role}-${dir}-firewall.ps1`)),
        ).toBe(true);
        expect(
          SCRIPTS.some((s) => s.label.startsWith(`exchange-2010-${role}-${dir}-firewall.cmd`)),
        ).toBe(true);
      }
      expect(SCRIPTS.some((s) => s.powerShell2 && s.label.includes(`-${role}-`))).toBe(true);
    }
    // Not vacuous: the parser finds commands, the netsh check finds netsh lines.
    for (const script of POWERSHELL) {
      expect(parsePowerShell(script.text).commands.length, script.label).toBeGreaterThan(0);
    }
    expect(CMD.every((s) => netshCommandLines(s.text).length > 0)).toBe(true);
  });

  describe.each(POWERSHELL.map((s) => [s.label, s] as const))('%s', (_, script) => {
    const parsed = parsePowerShell(script.text);

    it('parses without a syntax error, and without leaning on what the grammar tolerates', () => {
      expect(parsed.syntaxErrors).toEqual([]);
      expect(parsed.toleratedErrors).toEqual([]);
    });

    it('calls only documented commands, with documented parameters and values', () => {
      expect(checkCommands(parsed)).toEqual([]);
    });

    if (script.powerShell2) {
      it('uses nothing that Windows PowerShell 2.0 lacks', () => {
        expect(powerShell2Problems(parsed)).toEqual([]);
      });
    }
  });

  describe.each(CMD.map((s) => [s.label, s] as const))('%s', (_, script) => {
    it('follows the grammar of netsh advfirewall firewall on every netsh line', () => {
      expect(checkNetshScript(script.text)).toEqual([]);
    });
  });

  it('opens no rule to any address unless asked (issue 14)', () => {
    const unscoped = SCRIPTS.filter((s) => !s.anyAddress && !s.powerShell2).flatMap((s) =>
      unscopedRules(s.text, s.shell).map((f) => `${s.label}:${f.line}: ${f.text}`),
    );
    expect(unscoped).toEqual([]);
  });
});

// Each checker fails on what it is for, so the tests above cannot pass by finding nothing.

const lines = (...l: string[]) => `${l.join('\r\n')}\r\n`;
const messages = (findings: { message: string }[]) => findings.map((f) => f.message);

describe('parsePowerShell', () => {
  it('finds a syntax error, with its line', () => {
    const parsed = parsePowerShell(lines("Write-Host 'ok'", "if ($a { Write-Host 'x' }"));
    expect(parsed.syntaxErrors.length).toBeGreaterThan(0);
    expect(parsed.syntaxErrors[0]!.line).toBe(2);
    expect(parsePowerShell(lines("$s = 'unclosed")).syntaxErrors).not.toEqual([]);
  });

  it('lists commands with their parameters and values, functions with their param lists', () => {
    const parsed = parsePowerShell(
      lines(
        '[CmdletBinding(SupportsShouldProcess = $true)]',
        'param([string[]]$Peers = @(), [switch]$Remove)',
        'function Test-TcpPort([string]$HostName, [int]$Port) { return $true }',
        "New-NetFirewallRule -DisplayName 'x' -Direction Inbound -LocalPort 135 | Out-Null",
        '& portqry.exe -n $h -e 135',
        '& $portqry -n $h',
      ),
    );
    expect(parsed.syntaxErrors).toEqual([]);
    expect(parsed.script).toEqual({
      parameters: ['Peers', 'Remove'],
      advanced: true,
      supportsShouldProcess: true,
    });
    expect(parsed.functions).toMatchObject([
      { name: 'Test-TcpPort', parameters: ['HostName', 'Port'], advanced: false },
    ]);
    expect(
      parsed.commands.map((c) => [
        c.name,
        c.invocation,
        c.dynamic,
        c.parameters.map((p) => [p.name, p.value]),
      ]),
    ).toEqual([
      [
        'New-NetFirewallRule',
        null,
        false,
        [
          ['DisplayName', "'x'"],
          ['Direction', 'Inbound'],
          ['LocalPort', '135'],
        ],
      ],
      ['Out-Null', null, false, []],
      [
        'portqry.exe',
        '&',
        false,
        [
          ['n', '$h'],
          ['e', '135'],
        ],
      ],
      ['$portqry', '&', true, [['n', '$h']]],
    ]);
  });

  it('accepts the unquoted word list the grammar cannot parse only in its recoverable form', () => {
    const parsed = parsePowerShell(
      lines('$r | Select-Object Result, Host, Port | Format-Table -AutoSize'),
    );
    expect(parsed.syntaxErrors).toEqual([]);
    expect(parsed.toleratedErrors).toHaveLength(1);
    // Valid PowerShell that tree-sitter-powershell 0.26.4 still fails on: quote the names.
    expect(
      parsePowerShell(lines('$r | Format-Table -Property Name, Value -AutoSize')).syntaxErrors,
    ).not.toEqual([]);
    expect(
      parsePowerShell(lines("$r | Format-Table -Property 'Name', 'Value' -AutoSize")).syntaxErrors,
    ).toEqual([]);
  });
});

describe('checkCommands', () => {
  const check = (...l: string[]) => messages(checkCommands(parsePowerShell(lines(...l))));

  it('passes documented cmdlets, common parameters and the script’s own functions', () => {
    expect(
      check(
        'function Test-TcpPort([string]$HostName, [int]$Port) { return $true }',
        "New-NetFirewallRule -DisplayName 'x' -Group $g -Direction Inbound -Action Allow -Protocol TCP -LocalPort RPC -RemoteAddress 10.0.0.0/24, LocalSubnet -Program $p -Service 'RpcSs' -Enabled True -Profile Domain, Private -WhatIf -ErrorAction Stop | Out-Null",
        "Remove-NetFirewallRule -DisplayName 'x' -ErrorAction SilentlyContinue",
        'Test-TcpPort -HostName $h -Port 135',
        'if (-not (Get-Command portqry.exe -ErrorAction SilentlyContinue)) { exit 2 }',
        '& portqry.exe -n $h -e 135 -p tcp 2>&1 | Out-String',
        "Write-Host 'x' -ForegroundColor Red -NoNewline",
      ),
    ).toEqual([]);
  });

  it('fails an undocumented or abbreviated parameter, an unknown command and an alias', () => {
    expect(
      check("New-NetFirewallRule -DisplayName 'x' -Direction Inbound -RemoteAdress 10.0.0.1"),
    ).toEqual(['-RemoteAdress is not a documented parameter of New-NetFirewallRule']);
    expect(check("New-NetFirewallRule -DisplayName 'x' -Dir Inbound")).toEqual([
      '-Dir abbreviates -Direction of New-NetFirewallRule: write the parameter in full',
    ]);
    expect(check('Get-Widget -Name x')).toEqual([
      'Get-Widget: not a documented cmdlet, a function of the script or a known program',
    ]);
    expect(check('$x | where { $_ }')).toEqual(['where is an alias: write Where-Object']);
    // Get-NetFirewallRule takes no -WhatIf; Write-Host takes no -Color.
    expect(check("Get-NetFirewallRule -Group 'g' -WhatIf", "Write-Host 'x' -Color Red")).toEqual([
      '-WhatIf is not a documented parameter of Get-NetFirewallRule',
      '-Color is not a documented parameter of Write-Host',
    ]);
  });

  it('checks a function against its own param() list, and PortQry against its switches', () => {
    expect(
      check(
        'function Test-TcpPort([string]$HostName, [int]$Port) { return $true }',
        'Test-TcpPort -HostName a -Prt 1 -Verbose',
        'portqry.exe -n host -x',
      ),
    ).toEqual([
      '-Prt is not a documented parameter of function Test-TcpPort',
      '-Verbose is not a documented parameter of function Test-TcpPort',
      '-x is not a documented parameter of portqry',
    ]);
  });

  it('fails a value New-NetFirewallRule does not take', () => {
    expect(
      check(
        "New-NetFirewallRule -DisplayName 'x' -Direction In -Action Allow -Protocol TCP -LocalPort RPC-EPMap",
        "New-NetFirewallRule -DisplayName 'y' -Direction Outbound -Action Allow -Protocol UDP -LocalPort RPC -RemoteAddress hub01",
      ),
    ).toEqual([
      'New-NetFirewallRule -Direction In: not one of Inbound, Outbound',
      'New-NetFirewallRule -LocalPort RPC-EPMap: not a port, a port range or one of Any, RPC, RPCEPMap, IPHTTPSIn, IPHTTPSOut, Teredo, PlayToDiscovery (PowerShell spells it RPCEPMap)',
      'New-NetFirewallRule -LocalPort RPC needs -Protocol TCP',
      'New-NetFirewallRule -LocalPort RPC is for inbound rules',
      'New-NetFirewallRule -RemoteAddress hub01: not an address, a subnet, a range or one of Any, LocalSubnet, LocalSubnet4, LocalSubnet6, DNS, DHCP, WINS, DefaultGateway, Internet, Intranet, IntranetRemoteAccess, PlayToDevice',
    ]);
  });

  it('checks netsh called from PowerShell with the netsh grammar', () => {
    expect(
      check(
        "netsh advfirewall firewall add rule name='x' dir=in action=allow protocol=TCP localport=RPCEPMap",
      ),
    ).toEqual([
      'netsh: localport=RPCEPMap: "RPCEPMap": not a port (0-65535), a port range, any, rpc, rpc-epmap, iphttps (netsh spells it RPC-EPMap)',
    ]);
  });
});

describe('powerShell2Problems', () => {
  const problems = (...l: string[]) => messages(powerShell2Problems(parsePowerShell(lines(...l))));

  it('passes a script written for PowerShell 2.0', () => {
    expect(
      problems(
        'param([string]$HostName = $env:USERDNSDOMAIN)',
        '# [pscustomobject] and Test-NetConnection in a comment are not code',
        "Write-Host 'Test-NetConnection needs 2012 R2; .ForEach( is 4.0'",
        '$client = New-Object System.Net.Sockets.TcpClient',
        '$r = New-Object PSObject -Property @{ Result = 1 }',
        '$failed = @($results | Where-Object { $_.Result -like "FAIL*" }).Count',
        '$checks | ForEach-Object { $_.Port }',
      ),
    ).toEqual([]);
  });

  it('finds each construct PowerShell 2.0 lacks', () => {
    const found = problems(
      '#Requires -Version 3.0',
      '$o = [pscustomobject]@{ a = 1 }',
      '$h = [ordered]@{ a = 1 }',
      'if ($a -in $b) { $PSItem }',
      '$x = @(1, 2).ForEach({ $_ })',
      "$ip = [ipaddress]::new('10.0.0.1')",
      'Test-NetConnection $h -Port 135',
      'Get-NetFirewallRule -Group g',
      "$j = '{}' | ConvertFrom-Json",
      '$t = Get-Content x -Raw',
      "$l | Where-Object Result -eq 'FAIL'",
      'Get-Command x -ErrorAction Ignore',
      'Write-Host $PSScriptRoot',
    );
    expect(found).toEqual([
      'not in PowerShell 2.0: #Requires -Version 3 or later',
      'not in PowerShell 2.0: [pscustomobject] (PowerShell 3.0)',
      'not in PowerShell 2.0: [ordered] (PowerShell 3.0)',
      'not in PowerShell 2.0: -in / -notin (PowerShell 3.0)',
      'not in PowerShell 2.0: $PSItem (PowerShell 3.0; write $_)',
      'not in PowerShell 2.0: .ForEach() / .Where() methods (PowerShell 4.0) (text)',
      'not in PowerShell 2.0: [type]::new() (PowerShell 5.0; write New-Object) (text)',
      expect.stringContaining('Test-NetConnection (2012 R2)'),
      expect.stringContaining('*-NetFirewall*'),
      expect.stringContaining('ConvertFrom-Json'),
      expect.stringContaining('Get-Content -Raw (3.0)'),
      'not in PowerShell 2.0: Where-Object / ForEach-Object without a script block (PowerShell 3.0)',
      'not in PowerShell 2.0: -ErrorAction Ignore / -WarningAction Ignore (PowerShell 3.0)',
      'not in PowerShell 2.0: $PSScriptRoot / $PSCommandPath outside a module (PowerShell 3.0)',
    ]);
  });
});

describe('checkNetshScript', () => {
  const check = (...l: string[]) => messages(checkNetshScript(lines(...l)));
  const ADD = 'netsh advfirewall firewall add rule name="Exchange 2010 x"';

  it('passes the documented keywords and values, after a prefix, with cmd variables', () => {
    expect(
      check(
        '@echo off',
        'rem netsh advfirewall firewall add rule bogus=1 (a comment)',
        'echo netsh advfirewall firewall add rule bogus=1 (printed)',
        `${ADD} dir=in action=allow protocol=TCP localport=135 remoteip=10.0.0.0/24,10.0.1.5-10.0.1.9,fd00::1 description="a b"`,
        `%RUN% ${ADD} dir=in action=allow protocol=TCP localport=RPC-EPMap remoteip=%R:~1% program="%SystemRoot%\\System32\\svchost.exe" service=RpcSs`,
        `${ADD} dir=in action=allow protocol=TCP localport=RPC remoteip=localsubnet,dns profile=domain,private enable=yes >nul 2>&1`,
        `${ADD} dir=out action=allow protocol=UDP remoteport=3343,50000-50099 ^`,
        '  remoteip=%HUB_TRANSPORT_SERVERS%',
        'netsh advfirewall firewall delete rule name="Exchange 2010 x" dir=in %QUIET%',
        'netsh advfirewall firewall show rule name=all verbose | findstr /i "Exchange"',
        'netsh int ipv4 show dynamicport tcp',
      ),
    ).toEqual([]);
  });

  it('fails a misspelt keyword value, a bad address, a missing or unknown keyword', () => {
    expect(check(`${ADD} dir=in action=allow protocol=TCP localport=RPCEPMap`)).toEqual([
      'localport=RPCEPMap: "RPCEPMap": not a port (0-65535), a port range, any, rpc, rpc-epmap, iphttps (netsh spells it RPC-EPMap)',
    ]);
    expect(
      check(`${ADD} dir=in action=allow protocol=TCP localport=443 remoteip=10.0.0.256,hub01`),
    ).toEqual([
      'remoteip=10.0.0.256,hub01: "10.0.0.256", "hub01": not an IPv4 or IPv6 address, a subnet or a range or any, localsubnet, dns, dhcp, wins, defaultgateway',
    ]);
    expect(
      check('netsh advfirewall firewall add rule dir=inbound action=allow group="Exchange"'),
    ).toEqual([
      'dir=inbound: not in|out',
      'group=: not a keyword of "add rule"',
      '"add rule" needs name=',
    ]);
  });

  it('fails keywords that do not go together', () => {
    expect(
      check(
        `${ADD} dir=out action=allow protocol=TCP localport=RPC`,
        `${ADD} dir=in action=allow localport=443`,
        `${ADD} dir=in action=allow protocol=UDP localport=135 remoteport=0-70000`,
      ),
    ).toEqual([
      'localport=rpc is for inbound rules (dir=in)',
      'localport=443 needs protocol=tcp or protocol=udp (the default is any)',
      'remoteport=0-70000: "0-70000": not a port (0-65535), a port range, any',
    ]);
  });
});

describe('unscopedRules', () => {
  it('finds rules open to any remote address, in PowerShell and in netsh', () => {
    const ps = lines(
      "New-NetFirewallRule -DisplayName 'a' -Direction Inbound -Protocol TCP -LocalPort 443",
      "New-NetFirewallRule -DisplayName 'b' -Direction Inbound -Protocol TCP -LocalPort 443 -RemoteAddress Any",
      "New-NetFirewallRule -DisplayName 'c' -Direction Inbound -Protocol TCP -LocalPort 443 -RemoteAddress $remote",
    );
    expect(unscopedRules(ps, 'powershell').map((f) => f.line)).toEqual([1, 2]);
    const cmd = lines(
      'netsh advfirewall firewall add rule name="a" dir=in action=allow protocol=TCP localport=443',
      'netsh advfirewall firewall add rule name="b" dir=in action=allow protocol=TCP localport=443 remoteip=any',
      '%RUN% netsh advfirewall firewall add rule name="c" dir=in action=allow protocol=TCP localport=443 remoteip=%R:~1%',
    );
    expect(unscopedRules(cmd, 'cmd').map((f) => f.line)).toEqual([1, 2]);
  });
});
