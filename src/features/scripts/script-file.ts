// The script a scripts view shows, and the file it downloads as. PowerShell files get a UTF-8
// byte order mark (Windows PowerShell 5.1 reads a .ps1 without one in the ANSI code page, and the
// comments quote the Japanese source); a .cmd must not have one (cmd.exe would run it as text).
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import type { ScriptKind } from '../../view/view-state.ts';
import { connectivityScript } from '../../firewall-scripts/connectivity-checks.ts';
import {
  firewallFileName,
  firewallScript,
  type FirewallScriptOptions,
} from '../../firewall-scripts/firewall-script.ts';
import type { ScriptDirection } from '../../firewall-scripts/role-entries.ts';
import type { RuleSet } from '../../firewall-scripts/rule-set.ts';
import { selectRole } from '../../view/selection.ts';

export interface ScriptFile {
  name: string;
  text: string;
  bom: boolean;
  /** A firewall script's rules (for the address form); null for the checks. */
  set: RuleSet | null;
}

export function scriptFile(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  kind: ScriptKind,
  options: FirewallScriptOptions,
): ScriptFile {
  // The scripts read only the role's selection: its paths, rules and the notes they cite.
  return scriptOf(selectRole(catalog, role).subset, role, dir, kind, options);
}

/** The script from a catalog as given (the whole one, in the test that the selection loses nothing). */
export function scriptOf(
  catalog: Catalog,
  role: RoleId,
  dir: ScriptDirection,
  kind: ScriptKind,
  options: FirewallScriptOptions,
): ScriptFile {
  switch (kind) {
    case 'powershell':
    case 'netsh': {
      const { set, text } = firewallScript(catalog, role, dir, kind, options);
      return { name: firewallFileName(role, dir, kind), text, bom: kind === 'powershell', set };
    }
    case 'test':
    case 'portqry':
      return {
        name: `exchange-2010-${role}-out-check-${kind}.ps1`,
        text: connectivityScript(catalog, role, kind, options),
        bom: true,
        set: null,
      };
  }
}
