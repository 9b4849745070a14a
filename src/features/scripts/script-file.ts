// The script a scripts view shows, and the file it downloads as. PowerShell files get a UTF-8
// byte order mark (Windows PowerShell 5.1 reads a .ps1 without one in the ANSI code page, and the
// comments quote the Japanese source); a .cmd must not have one (cmd.exe would run it as text).
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import type { ScriptKind } from '../../view/view-state.ts';
import { connectivityScript } from '../../firewall-scripts/connectivity-checks.ts';
import { netshFirewallScript } from '../../firewall-scripts/netsh-rules.ts';
import { powershellFirewallScript } from '../../firewall-scripts/powershell-rules.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import { selectRole } from '../../view/selection.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../../plan/environment.ts';

export interface ScriptFile {
  name: string;
  text: string;
  bom: boolean;
}

export function scriptFile(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  kind: ScriptKind,
  env: Environment = DEFAULT_ENVIRONMENT,
): ScriptFile {
  // The scripts read only the role's selection: its paths, rules and the notes they cite.
  return scriptOf(selectRole(catalog, role).subset, role, dir, kind, env);
}

/** The script from a catalog as given (the whole one, in the test that the selection loses nothing). */
export function scriptOf(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  kind: ScriptKind,
  env: Environment = DEFAULT_ENVIRONMENT,
): ScriptFile {
  switch (kind) {
    case 'powershell':
      return {
        name: `exchange-2010-${role}-${dir}-firewall.ps1`,
        text: powershellFirewallScript(catalog, role, dir, env),
        bom: true,
      };
    case 'netsh':
      return {
        name: `exchange-2010-${role}-${dir}-firewall.cmd`,
        text: netshFirewallScript(catalog, role, dir, env),
        bom: false,
      };
    case 'test':
    case 'portqry':
      return {
        name: `exchange-2010-${role}-out-check-${kind}.ps1`,
        text: connectivityScript(catalog, role, kind, env),
        bom: true,
      };
  }
}
