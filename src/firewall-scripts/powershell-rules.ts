// The rule set as PowerShell for Windows Server 2012 / 2012 R2 (New-NetFirewallRule), also able
// to write into a Group Policy object (-PolicyStore). The peers' addresses are parameters,
// pre-filled from the page; -WhatIf reaches every change through ShouldProcess; -Remove deletes
// the rules of the script's group (one group per role and direction). Each rule:
//
//   $remote = Select-RemoteAddress 'Exchange 2010 mailbox in: ...' '-MailboxServers' ($MailboxServers)
//   if ($remote -and $PSCmdlet.ShouldProcess('Exchange 2010 mailbox in: ...', 'Create Windows Firewall rule')) {
//     try {
//       Remove-NetFirewallRule -DisplayName '...' @store -ErrorAction SilentlyContinue
//       New-NetFirewallRule -DisplayName '...' -Group $group -Direction Inbound -Action Allow `
//         -Protocol TCP -LocalPort '64327' -RemoteAddress $remote -Description '...' @store | Out-Null
//       $set++
//     } catch { $failed++; Write-Warning (...) }
//   }
import type { EndpointId } from '../catalog/schema.ts';
import { PEER_PARAMETERS, isAnyAddress, readAddress } from './remote-addresses.ts';
import type { FirewallRuleSpec } from './rule-set.ts';
import { groupName, peersOf, type ScriptContext } from './rule-comments.ts';
import { writeScript } from './script-layout.ts';
import { codeText, portText, programText, ruleDescription, serviceText } from './rule-code.ts';
import { commentLines } from './script-words.ts';

/**
 * A PowerShell single-quoted string. PowerShell takes the typographic single quotes (U+2018,
 * U+2019, U+201A, U+201B) for `'` too: each is doubled like it, so none can end the string.
 */
export const psString = (text: string) => `'${text.replace(/['\u2018-\u201b]/g, '$&$&')}'`;

/** Comment lines; line breaks are split off first, so no text can leave its comment. */
export const hashLines = (lines: string[]): string[] =>
  commentLines(lines).map((l) => (l ? `# ${l}` : '#'));

/**
 * Windows programs by %SystemRoot% as written (the firewall expands it on the server, which also
 * suits a GPO); Exchange's by the install folder given (-ExchangeInstallPath, else this server's).
 */
const programArgument = (rule: FirewallRuleSpec): string => {
  if (!rule.program) return '';
  const path = programText(rule.program);
  return rule.program.base === 'exchange'
    ? ` -Program (Join-Path $ExchangeInstallPath ${psString(path)})`
    : ` -Program ${psString(`%SystemRoot%\\${path}`)}`;
};

function ruleLines(rule: FirewallRuleSpec, dir: 'in' | 'out'): string[] {
  const name = psString(codeText(rule.name));
  const direction = dir === 'in' ? 'Inbound' : 'Outbound';
  const ports = `${dir === 'in' ? '-LocalPort' : '-RemotePort'} ${rule.ports.map((p) => psString(portText(p))).join(', ')}`;
  const service = rule.service ? ` -Service ${psString(serviceText(rule.service))}` : '';
  const peers = rule.peers
    .map((p) => `${psString(`-${PEER_PARAMETERS[p].ps}`)} = $${PEER_PARAMETERS[p].ps}`)
    .join('; ');
  return [
    `$remote = Select-RemoteAddress ${name} @{ ${peers} }`,
    `if ($remote -and $PSCmdlet.ShouldProcess(${name}, 'Create Windows Firewall rule')) {`,
    '  try {',
    `    New-NetFirewallRule -DisplayName ${name} -Group $group -Direction ${direction} -Action Allow -Protocol ${rule.protocol} ${ports} -RemoteAddress $remote${programArgument(rule)}${service} -Description ${psString(ruleDescription(rule))} @store | Out-Null`,
    '    $set++',
    `    Write-Host ('Set: ' + ${name})`,
    '  } catch {',
    '    $failed++',
    `    Write-Warning ('Not set: ' + ${name} + ': ' + $_.Exception.Message)`,
    '  }',
    '}',
  ];
}

/** `[string[]]$MailboxServers = @('10.0.1.10', '10.0.1.11')`: addresses checked already. */
const parameterLine = (ctx: ScriptContext, peer: EndpointId): string => {
  const addresses = ctx.peers[peer] ?? [];
  const values = isAnyAddress(addresses) ? ['Any'] : addresses;
  // Only what Windows Firewall takes as a remote address is written, exactly as readAddress spells it.
  const safe = values.filter((a) => readAddress(a) === a);
  return `  [string[]]$${PEER_PARAMETERS[peer].ps} = @(${safe.map(psString).join(', ')}),`;
};

const preambleLines = (ctx: ScriptContext): string[] => [
  '[CmdletBinding(SupportsShouldProcess = $true)]',
  'param(',
  ...peersOf(ctx.set).map((peer) => parameterLine(ctx, peer)),
  '  [switch]$AllowAnyAddress,',
  '  [switch]$Remove,',
  "  [string]$PolicyStore = '',",
  '  [string]$ExchangeInstallPath = $env:ExchangeInstallPath',
  ')',
  '',
  "$ErrorActionPreference = 'Stop'",
  // The page asked for it: a switch with a default could not be turned off, so it is set here.
  ...(ctx.anyAddress
    ? ["if (-not $PSBoundParameters.ContainsKey('AllowAnyAddress')) { $AllowAnyAddress = $true }"]
    : []),
  'if (-not (Get-Command New-NetFirewallRule -ErrorAction SilentlyContinue)) {',
  "  Write-Host 'New-NetFirewallRule is missing: it needs Windows Server 2012 or later. On Windows Server 2008 / 2008 R2 use the netsh script. Nothing was changed.' -ForegroundColor Red",
  '  exit 1',
  '}',
  '$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())',
  // A dry run changes nothing; a GPO is written with domain rights, not this server's.
  'if (-not $WhatIfPreference -and -not $PolicyStore -and -not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {',
  "  Write-Host 'Run this script in an elevated PowerShell (Run as administrator): nothing was changed.' -ForegroundColor Red",
  '  exit 1',
  '}',
  `$group = ${psString(groupName(ctx.set))}`,
  '$store = @{}',
  'if ($PolicyStore) { $store.PolicyStore = $PolicyStore }',
  // A dry run may be made anywhere: Exchange's default folder stands in.
  "if (-not $ExchangeInstallPath -and $WhatIfPreference) { $ExchangeInstallPath = 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\' }",
  ...(ctx.set.rules.some((r) => r.program?.base === 'exchange')
    ? [
        'if (-not $ExchangeInstallPath) {',
        "  Write-Host 'Give -ExchangeInstallPath (the Exchange folder on the servers, e.g. D:\\Exchange\\V14\\): ExchangeInstallPath is not set here. Nothing was changed.' -ForegroundColor Red",
        '  exit 1',
        '}',
      ]
    : []),
  '$set = 0',
  '$failed = 0',
  '$skipped = 0',
  '',
  // Each peer's addresses by parameter: none for any peer skips the rule (or opens it to any
  // address when asked); none for some leaves those out, with a warning naming them.
  'function Select-RemoteAddress([string]$Rule, [hashtable]$Peers) {',
  '  $list = @()',
  '  $missing = @()',
  '  foreach ($parameter in $Peers.Keys) {',
  '    $given = @($Peers[$parameter] | Where-Object { $_ })',
  '    if ($given.Count -gt 0) { $list += $given } else { $missing += $parameter }',
  '  }',
  "  $names = ($Peers.Keys | Sort-Object) -join ', '",
  "  if ($list -contains 'Any') {",
  "    Write-Warning ($Rule + ': open to any address (Any is given in ' + $names + ').')",
  "    return ,@('Any')",
  '  }',
  '  if ($list.Count -gt 0) {',
  "    if ($missing.Count -gt 0) { Write-Warning ($Rule + ': no address in ' + ($missing -join ', ') + ', so those peers are left out.') }",
  // One server may hold several roles: each address once.
  '    return ,@($list | Select-Object -Unique)',
  '  }',
  '  if ($AllowAnyAddress) {',
  "    Write-Warning ($Rule + ': no address in ' + $names + ', so open to any address (-AllowAnyAddress).')",
  "    return ,@('Any')",
  '  }',
  "  Write-Host ('Skipped: ' + $Rule + ': no address in ' + $names + '.') -ForegroundColor Yellow",
  '  $script:skipped++',
  '  return $null',
  '}',
  '',
  'if ($Remove) {',
  "  if ($PSCmdlet.ShouldProcess($group, 'Remove every rule of the group')) {",
  '    $old = @(Get-NetFirewallRule -Group $group @store -ErrorAction SilentlyContinue)',
  '    if ($old.Count -gt 0) { Remove-NetFirewallRule -Group $group @store }',
  "    Write-Host ('Removed ' + $old.Count + ' rules of the group ' + $group + '.')",
  '  }',
  '  exit 0',
  '}',
  '',
  // The group holds exactly this run's rules: an earlier run's (a rule now skipped, a static
  // port since cleared) go first.
  "if ($PSCmdlet.ShouldProcess($group, 'Remove the rules of an earlier run')) {",
  '  Remove-NetFirewallRule -Group $group @store -ErrorAction SilentlyContinue',
  '}',
];

export function powershellFirewallScript(ctx: ScriptContext): string {
  const { set } = ctx;
  const total = set.rules.length;
  return writeScript(ctx, {
    first: [],
    comment: hashLines,
    preamble: preambleLines(ctx),
    rule: (rule) => ruleLines(rule, set.dir),
    summary: [
      "if ($WhatIfPreference) { Write-Host 'WhatIf: nothing was changed.'; exit 0 }",
      `Write-Host ("$set of ${total} rules set, $failed failed, $skipped skipped for want of addresses.")`,
      'if ($failed) { exit 1 }',
    ],
  });
}
