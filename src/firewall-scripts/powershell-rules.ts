// The firewall plan as PowerShell: New-NetFirewallRule, each rule removed by its display name
// first so that running the script twice leaves the same rules. It takes -WhatIf (every rule
// goes through ShouldProcess), stops before any change when not elevated, and counts what was
// set and what failed. Output shape:
//
//   if ($PSCmdlet.ShouldProcess('Exchange 2010 cas-owa TCP 443 in', 'Create Windows Firewall rule')) {
//     try {
//       Remove-NetFirewallRule -DisplayName 'Exchange 2010 cas-owa TCP 443 in' -ErrorAction SilentlyContinue
//       New-NetFirewallRule -DisplayName 'Exchange 2010 cas-owa TCP 443 in' -Group $group `
//         -Direction Inbound -Action Allow -Protocol TCP -LocalPort 443 -Description '...' | Out-Null
//       $set++
//     } catch { $failed++; Write-Warning (...) }
//   }
import type { Catalog, RoleId } from '../catalog/schema.ts';
import { firewallPlan, type PlannedRule } from './firewall-plan.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import type { ScriptDirection } from './role-entries.ts';
import { planHeader, planRowLines, ruleCount, ruleDescription } from './plan-text.ts';

/** A PowerShell single-quoted string. */
export const psString = (text: string) => `'${text.replaceAll("'", "''")}'`;

const hash = (lines: string[]) => lines.map((l) => (l ? `# ${l}` : '#'));

function ruleLines(rule: PlannedRule, dir: ScriptDirection, description: string): string[] {
  const name = psString(rule.name);
  const direction = dir === 'in' ? 'Inbound' : 'Outbound';
  const port = dir === 'in' ? `-LocalPort ${rule.port}` : `-RemotePort ${rule.port}`;
  // -WhatIf reaches every rule through ShouldProcess; a failure is counted, not fatal.
  return [
    `if ($PSCmdlet.ShouldProcess(${name}, 'Create Windows Firewall rule')) {`,
    '  try {',
    `    Remove-NetFirewallRule -DisplayName ${name} -ErrorAction SilentlyContinue`,
    `    New-NetFirewallRule -DisplayName ${name} -Group $group -Direction ${direction} -Action Allow -Protocol ${rule.protocol} ${port} -Description ${psString(description)} | Out-Null`,
    '    $set++',
    '  } catch {',
    '    $failed++',
    `    Write-Warning (${psString(`Not set: ${rule.name}: `)} + $_.Exception.Message)`,
    '  }',
    '}',
  ];
}

export function powershellFirewallScript(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  env: Environment = DEFAULT_ENVIRONMENT,
): string {
  const plan = firewallPlan(catalog, role, dir, env);
  const lines = [
    ...hash(planHeader(catalog, plan, 'PowerShell')),
    ...hash([
      'New-NetFirewallRule needs Windows Server 2012 or later; on Windows Server 2008 / 2008 R2',
      'use the netsh script. Run in an elevated PowerShell. Saved as UTF-8 with a byte order mark',
      'so that Windows PowerShell reads the Japanese comments.',
      'Try it first with -WhatIf: it lists every rule it would create and changes nothing.',
    ]),
    '[CmdletBinding(SupportsShouldProcess = $true)]',
    'param()',
    '',
    "$ErrorActionPreference = 'Stop'",
    '$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())',
    'if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {',
    "  Write-Host 'Run this script in an elevated PowerShell (Run as administrator): nothing was changed.' -ForegroundColor Red",
    '  exit 1',
    '}',
    `$group = ${psString('Exchange 2010 port explorer')}`,
    '$set = 0',
    '$failed = 0',
    ...plan.rows.flatMap(({ row, items, otherWay }) => [
      '',
      ...hash(planRowLines(catalog, row, { items, otherWay }, dir, env)),
      ...items.flatMap((item) =>
        item.kind === 'rule' ? ruleLines(item, dir, ruleDescription(row.id, item.peer, dir)) : [],
      ),
    ]),
    '',
    `Write-Host ("$set of ${ruleCount(plan)} rules set, $failed failed.")`,
    'if ($failed) { exit 1 }',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
