// Windows' own firewall rules, which the checker leaves out of "not needed" unless they open a
// port Exchange Setup opens: a resource-string group ("@FirewallAPI.dll,-28502") or one of the
// core groups, by its English name (localised names are caught through their "@" group).
import type { ServerRule } from './server-rules.ts';

const WINDOWS_GROUPS = [
  'core networking',
  'file and printer sharing',
  'remote desktop',
  'windows remote management',
  'windows management instrumentation',
  'remote administration',
  'network discovery',
  'remote event log management',
  'remote service management',
  'remote scheduled tasks management',
  'windows firewall remote management',
  'remote volume management',
  'performance logs and alerts',
  'distributed transaction coordinator',
  'iscsi service',
  'netlogon service',
  'key management service',
  'com+ network access',
  'com+ remote administration',
  'routing and remote access',
  'secure socket tunneling protocol',
  'world wide web services (http)',
  'secure world wide web services (https)',
];

const WINDOWS_PREFIXES = WINDOWS_GROUPS.flatMap((g) => [`${g} `, `${g}-`]);

/** Windows' own rules: a resource-string group ("@FirewallAPI.dll,-28502") or a core group name. */
export const isWindowsOwnRule = (rule: Pick<ServerRule, 'group' | 'name'>): boolean => {
  const group = rule.group.trim().toLowerCase();
  const name = rule.name.trim().toLowerCase();
  return (
    group.startsWith('@') ||
    WINDOWS_GROUPS.some((g) => group === g) ||
    WINDOWS_PREFIXES.some((prefix) => name.startsWith(prefix))
  );
};
