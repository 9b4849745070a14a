// The firewall plan as a .cmd file of `netsh advfirewall firewall` lines, for Windows Server 2008
// and 2008 R2 as well. Each rule is deleted by name first (quietly: there may be none), then
// added, so running the file twice leaves the same rules:
//
//   netsh advfirewall firewall delete rule name="Exchange 2010 cas-owa TCP 443 in" >nul 2>&1
//   netsh advfirewall firewall add rule name="Exchange 2010 cas-owa TCP 443 in" dir=in
//     action=allow protocol=TCP localport=443 description="..."
//
// cmd.exe reads a .cmd in the console's code page, not UTF-8. Only `rem` lines carry Japanese,
// and those are wrapped in ASCII quotes, so a line never ends in a byte cmd could take for half
// of a double-byte character and join to the next line. `%` is doubled: cmd expands it even in
// a `rem`.
import type { Catalog, RoleId } from '../catalog/schema.ts';
import { firewallPlan, type PlannedRule } from './firewall-plan.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import { planHeader, planRowLines, ruleCount, ruleDescription } from './plan-text.ts';
import type { ScriptDirection } from './role-entries.ts';

const NON_ASCII = /[^\x20-\x7e]/;

export const remLine = (text: string): string => {
  const safe = text.replaceAll('%', '%%');
  if (!safe.trim()) return 'rem';
  return NON_ASCII.test(safe) ? `rem "${safe}"` : `rem ${safe}`;
};

/** netsh keywords for the RPC ports differ from PowerShell's: RPC-EPMap, not RPCEPMap. */
const netshPort = (port: string) => (port === 'RPCEPMap' ? 'RPC-EPMap' : port);

function ruleLines(rule: PlannedRule, dir: ScriptDirection, description: string): string[] {
  const name = `name="${rule.name}"`;
  const port = `${dir === 'in' ? 'localport' : 'remoteport'}=${netshPort(rule.port)}`;
  return [
    `netsh advfirewall firewall delete rule ${name} dir=${dir} >nul 2>&1`,
    `netsh advfirewall firewall add rule ${name} dir=${dir} action=allow protocol=${rule.protocol} ${port} description="${description}"`,
  ];
}

export function netshFirewallScript(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  env: Environment = DEFAULT_ENVIRONMENT,
): string {
  const plan = firewallPlan(catalog, role, dir, env);
  const lines = [
    '@echo off',
    ...planHeader(catalog, plan, 'netsh').map(remLine),
    remLine('Run from an elevated command prompt.'),
    ...plan.rows.flatMap(({ row, items, otherWay }) => [
      '',
      ...planRowLines(catalog, row, { items, otherWay }, dir, env).map(remLine),
      ...items.flatMap((item) =>
        item.kind === 'rule' ? ruleLines(item, dir, ruleDescription(row.id, item.peer, dir)) : [],
      ),
    ]),
    '',
    `echo ${ruleCount(plan)} rules set.`,
  ];
  return `${lines.join('\r\n')}\r\n`;
}
