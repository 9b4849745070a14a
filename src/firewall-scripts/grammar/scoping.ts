// Scope (issue 14: no rule is opened to any address unless asked): the firewall rules of a
// PowerShell script or a .cmd that allow any remote address.
import { finding, lower, type Finding } from './findings.ts';
import { netshCommandLines } from './netsh-grammar.ts';
import { parsePowerShell } from './powershell-parse.ts';

/** Rules that allow any remote address: New-NetFirewallRule or netsh add rule without a remote address, or with "any". */
export function unscopedRules(text: string, kind: 'powershell' | 'cmd'): Finding[] {
  const lines = text.split(/\r?\n/);
  if (kind === 'powershell') {
    return parsePowerShell(text)
      .commands.filter((c) => lower(c.name) === 'new-netfirewallrule')
      .filter((c) => {
        const remote = c.parameters.find((p) => /^remoteaddress$/i.test(p.name));
        return !remote || /^['"]?any['"]?$/i.test(remote.value ?? '');
      })
      .map((c) => finding(lines, c.line - 1, 'rule open to any remote address'));
  }
  return netshCommandLines(text).flatMap(({ line, tokens }) => {
    const words = tokens.map(lower);
    const at = words.findIndex((t) => /^(.*[\\/])?netsh(\.exe)?$/.test(t));
    if (words.slice(at + 1, at + 5).join(' ') !== 'advfirewall firewall add rule') return [];
    const remote = words.find((t) => t.startsWith('remoteip='));
    return !remote || remote === 'remoteip=any'
      ? [finding(lines, line - 1, 'rule open to any remote address')]
      : [];
  });
}
