// The rules a server holds after our netsh script ran (netsh-rules.ts), as Windows Firewall
// reports them (INetFwRule): the property tests check these clean, and the page shows them as an
// example. cmd.exe expands %ExchangeInstallPath% and %SystemRoot% before netsh sees the line, so
// programs are stored expanded; addresses come back as Windows writes them:
//
//   10.0.0.1       → 10.0.0.1/255.255.255.255
//   10.0.1.0/24    → 10.0.1.0/255.255.255.0
//   10.0.1.5-10.0.1.9, fe80::1, fe80::/64, LocalSubnet → as given;  Any → *
//
// As in the scripts, a peer with no address is left out of a rule, and a rule none of whose peers
// has an address is not created (unless opened to any address, netsh's /anyaddress).
import {
  isAnyAddress,
  readAddress,
  type PeerAddresses,
} from '../firewall-scripts/remote-addresses.ts';
import type { FirewallRuleSpec, RuleSet } from '../firewall-scripts/rule-set.ts';
import { groupName } from '../firewall-scripts/rule-comments.ts';
import { codeText } from '../firewall-scripts/rule-code.ts';
import type { PortToken, ServerRule } from './server-rules.ts';

export const DEFAULT_EXCHANGE_INSTALL_PATH = 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\';
export const WINDOWS_FOLDER = 'C:\\Windows\\';

const ipv4Number = (text: string): number =>
  text.split('.').reduce((n, part) => n * 256 + Number(part), 0);

const ipv4Text = (n: number): string =>
  [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/** The dotted mask of a prefix length: 24 → 255.255.255.0. */
export const ipv4Mask = (bits: number): string => ipv4Text(2 ** 32 - 2 ** (32 - bits));

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** One remote address as the scripts write it (readAddress), as Windows reports it back. */
export function windowsAddress(address: string): string {
  if (address === 'Any') return '*';
  if (IPV4.test(address)) return `${address}/255.255.255.255`;
  const [base, bits] = address.split('/');
  if (base !== undefined && bits !== undefined && IPV4.test(base)) {
    const size = 2 ** (32 - Number(bits));
    const network = Math.floor(ipv4Number(base) / size) * size;
    return `${ipv4Text(network)}/${ipv4Mask(Number(bits))}`;
  }
  return address;
}

/** The remote addresses of a spec's rule, or null: the script skips it. */
export function remoteAddressesOf(
  spec: Pick<FirewallRuleSpec, 'peers'>,
  peers: PeerAddresses,
  anyAddress = false,
): string[] | null {
  const given = spec.peers.map((peer) => peers[peer] ?? []);
  if (given.some(isAnyAddress)) return ['*'];
  const written = given.flat().filter((a) => readAddress(a) === a);
  if (written.length === 0) return anyAddress ? ['*'] : null;
  return [...new Set(written.map(windowsAddress))];
}

const portToken = (port: string): PortToken => {
  if (port === 'RPC') return { kind: 'keyword', keyword: 'RPC' };
  // netsh's spelling (PowerShell's is RPCEPMap): Windows reports RPC-EPMap.
  if (port === 'RPCEPMap') return { kind: 'keyword', keyword: 'RPC-EPMap' };
  const [from = 0, to = from] = port.split('-').map(Number);
  return { kind: 'range', from, to };
};

const withSlash = (folder: string) => (folder.endsWith('\\') ? folder : `${folder}\\`);

/**
 * The rules after the netsh script ran. netsh has no group keyword: the rules are given the group
 * the PowerShell script sets (one per role and direction), which the check never relies on.
 */
export function expectedServerRules(
  set: RuleSet,
  peers: PeerAddresses,
  exchangeInstallPath = DEFAULT_EXCHANGE_INSTALL_PATH,
  anyAddress = false,
): ServerRule[] {
  const any: PortToken[] = [{ kind: 'any' }];
  return set.rules
    .flatMap((spec) => {
      const remote = remoteAddressesOf(spec, peers, anyAddress);
      if (!remote) return [];
      const ports = spec.ports.map(portToken);
      const program = spec.program
        ? `${withSlash(spec.program.base === 'exchange' ? exchangeInstallPath : WINDOWS_FOLDER)}${spec.program.path}`
        : null;
      const rule: ServerRule = {
        line: 0,
        name: codeText(spec.name),
        group: groupName(set),
        enabled: true,
        direction: set.dir,
        action: 'allow',
        protocol: spec.protocol === 'TCP' ? 'tcp' : 'udp',
        localPorts: set.dir === 'in' ? ports : any,
        remotePorts: set.dir === 'out' ? ports : any,
        localAddresses: ['*'],
        remoteAddresses: remote,
        program,
        service: spec.service,
        profiles: ['domain', 'private', 'public'],
      };
      return [rule];
    })
    .map((rule, i) => ({ ...rule, line: i + 1 }));
}
