// A role's firewall script for one direction and target, from the role's catalog selection:
// the rule set (rule-set.ts) written as netsh (Windows Server 2008 / 2008 R2, the default for
// Exchange 2010) or PowerShell (2012 / 2012 R2, or a Group Policy object).
import type { Catalog, RoleId } from '../catalog/schema.ts';
import type { Language } from '../catalog/languages.ts';
import type { Environment } from '../plan/environment.ts';
import type { PeerAddresses } from './remote-addresses.ts';
import { ruleSet, type RuleSet } from './rule-set.ts';
import type { FirewallTarget, ScriptContext } from './rule-comments.ts';
import { netshFirewallScript } from './netsh-rules.ts';
import { powershellFirewallScript } from './powershell-rules.ts';
import type { ScriptDirection } from './role-entries.ts';
import type { Say } from './script-words.ts';

export interface FirewallScriptOptions {
  env: Environment;
  peers: PeerAddresses;
  anyAddress: boolean;
  say: Say;
  lang: Language;
}

export const firewallFileName = (role: RoleId, dir: ScriptDirection, target: FirewallTarget) =>
  `exchange-2010-${role}-${dir}-firewall.${target === 'netsh' ? 'cmd' : 'ps1'}`;

export function firewallScript(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  target: FirewallTarget,
  options: FirewallScriptOptions,
): { set: RuleSet; text: string } {
  const set = ruleSet(catalog, role, dir, options.env);
  const ctx: ScriptContext = {
    ...options,
    catalog,
    set,
    target,
    file: firewallFileName(role, dir, target),
  };
  const text = target === 'netsh' ? netshFirewallScript(ctx) : powershellFirewallScript(ctx);
  return { set, text };
}
