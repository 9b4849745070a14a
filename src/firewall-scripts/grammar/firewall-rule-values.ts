// The values New-NetFirewallRule and Set-NetFirewallRule document for their parameters
// (enumerations, protocols, ports and port keywords, addresses and address keywords), checked
// where a script writes them as literals.
import { lower } from './findings.ts';
import { isAddressItem, isNumberIn, isPortOrRange } from './ports-and-addresses.ts';
import type { CommandUse } from './powershell-parse.ts';

// Values New-NetFirewallRule documents for its enumerated parameters (case-insensitive).
const PORT_KEYWORDS_PS = [
  'Any',
  'RPC',
  'RPCEPMap',
  'IPHTTPSIn',
  'IPHTTPSOut',
  'Teredo',
  'PlayToDiscovery',
];
const ADDRESS_KEYWORDS_PS = [
  'Any',
  'LocalSubnet',
  'LocalSubnet4',
  'LocalSubnet6',
  'DNS',
  'DHCP',
  'WINS',
  'DefaultGateway',
  'Internet',
  'Intranet',
  'IntranetRemoteAccess',
  'PlayToDevice',
];
const ENUMS_PS: Readonly<Record<string, readonly string[]>> = {
  Direction: ['Inbound', 'Outbound'],
  Action: ['NotConfigured', 'Allow', 'Block'],
  Enabled: ['True', 'False'],
  Profile: ['Any', 'Domain', 'Private', 'Public', 'NotApplicable'],
  EdgeTraversalPolicy: ['Block', 'Allow', 'DeferToUser', 'DeferToApp'],
  InterfaceType: ['Any', 'Wired', 'Wireless', 'RemoteAccess'],
};

/** The literal items of a value (`TCP`, `'135', 49152-65535`); null when it is computed. */
function literalItems(value: string | null): string[] | null {
  if (value === null || /[$(@{]/.test(value)) return null;
  return value
    .split(',')
    .map((v) => v.trim().replace(/^['"]|['"]$/g, ''))
    .filter((v) => v !== '');
}

function firewallRuleValueProblems(command: CommandUse): string[] {
  const problems: string[] = [];
  const valueOf = (name: string) =>
    command.parameters.find((p) => lower(p.name) === lower(name))?.value ?? null;
  for (const [parameter, allowed] of Object.entries(ENUMS_PS)) {
    for (const item of literalItems(valueOf(parameter)) ?? []) {
      if (!allowed.some((a) => lower(a) === lower(item))) {
        problems.push(`-${parameter} ${item}: not one of ${allowed.join(', ')}`);
      }
    }
  }
  const protocol = literalItems(valueOf('Protocol'));
  for (const item of protocol ?? []) {
    if (!/^(tcp|udp|icmpv4|icmpv6|any)$/i.test(item) && !isNumberIn(item, 0, 255)) {
      problems.push(`-Protocol ${item}: not TCP, UDP, ICMPv4, ICMPv6, Any or 0-255`);
    }
  }
  for (const side of ['LocalPort', 'RemotePort']) {
    for (const item of literalItems(valueOf(side)) ?? []) {
      const keyword = PORT_KEYWORDS_PS.find((k) => lower(k) === lower(item));
      if (!keyword && !isPortOrRange(item)) {
        const spelling = /^rpc-epmap$/i.test(item) ? ' (PowerShell spells it RPCEPMap)' : '';
        problems.push(
          `-${side} ${item}: not a port, a port range or one of ${PORT_KEYWORDS_PS.join(', ')}${spelling}`,
        );
      } else if (keyword && /^rpc/i.test(keyword)) {
        const direction = literalItems(valueOf('Direction'));
        if (side !== 'LocalPort')
          problems.push(`-${side} ${item}: ${keyword} is a local port keyword`);
        if (!protocol?.every((p) => /^tcp$/i.test(p)))
          problems.push(`-${side} ${item} needs -Protocol TCP`);
        if (direction?.some((d) => /^outbound$/i.test(d))) {
          problems.push(`-${side} ${item} is for inbound rules`);
        }
      }
    }
  }
  for (const side of ['LocalAddress', 'RemoteAddress']) {
    for (const item of literalItems(valueOf(side)) ?? []) {
      const keywords = side === 'RemoteAddress' ? ADDRESS_KEYWORDS_PS : ['Any'];
      if (!keywords.some((k) => lower(k) === lower(item)) && !isAddressItem(item)) {
        problems.push(
          `-${side} ${item}: not an address, a subnet, a range or one of ${keywords.join(', ')}`,
        );
      }
    }
  }
  return problems;
}

export const VALUE_CHECKS: Readonly<Record<string, (command: CommandUse) => string[]>> = {
  'new-netfirewallrule': firewallRuleValueProblems,
  'set-netfirewallrule': firewallRuleValueProblems,
};
