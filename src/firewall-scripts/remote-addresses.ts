// The remote addresses a firewall rule is scoped to, one list per kind of peer ("the Hub Transport
// servers are 10.0.1.10 and 10.0.1.11"). They come from the page's form (kept in the link) and
// are written into the generated scripts, so only what Windows Firewall's remote address accepts
// is let through, checked here token by token, never passed on as typed:
//   an IPv4 or IPv6 address, a subnet (10.0.1.0/24, fe80::/64), a range (10.0.1.5-10.0.1.9),
//   or a keyword: LocalSubnet, DNS, DHCP, WINS, DefaultGateway, Any.
// (netsh advfirewall firewall add rule /? and New-NetFirewallRule -RemoteAddress list the same
// forms.) Host names are not accepted by Windows Firewall, so not here either.
import type { EndpointId } from '../catalog/schema.ts';

/** The peers a remote address list can be given for, and the parameter each has in a script. */
export const PEER_PARAMETERS: Record<EndpointId, { ps: string; cmd: string }> = {
  hub: { ps: 'HubTransportServers', cmd: 'HUB_TRANSPORT_SERVERS' },
  edge: { ps: 'EdgeTransportServers', cmd: 'EDGE_TRANSPORT_SERVERS' },
  mailbox: { ps: 'MailboxServers', cmd: 'MAILBOX_SERVERS' },
  cas: { ps: 'ClientAccessServers', cmd: 'CLIENT_ACCESS_SERVERS' },
  um: { ps: 'UnifiedMessagingServers', cmd: 'UNIFIED_MESSAGING_SERVERS' },
  ad: { ps: 'DomainControllers', cmd: 'DOMAIN_CONTROLLERS' },
  'ad-rms': { ps: 'AdRmsServers', cmd: 'AD_RMS_SERVERS' },
  admin: { ps: 'AdminStations', cmd: 'ADMIN_STATIONS' },
  backup: { ps: 'BackupServers', cmd: 'BACKUP_SERVERS' },
  client: { ps: 'Clients', cmd: 'CLIENTS' },
  'smtp-client': { ps: 'SmtpClients', cmd: 'SMTP_CLIENTS' },
  'ip-gateway': { ps: 'IpGateways', cmd: 'IP_GATEWAYS' },
  ocs: { ps: 'OfficeCommunicationsServers', cmd: 'OFFICE_COMMUNICATIONS_SERVERS' },
  'legacy-exchange': { ps: 'LegacyExchangeServers', cmd: 'LEGACY_EXCHANGE_SERVERS' },
  'internet-smtp': { ps: 'InternetSmtpServers', cmd: 'INTERNET_SMTP_SERVERS' },
};

/** Addresses given per peer; a peer not given has no key (its rules are skipped). */
export type PeerAddresses = Partial<Record<EndpointId, string[]>>;

export const NO_PEER_ADDRESSES: PeerAddresses = {};

/** Windows Firewall's remote address keywords, in the spelling the scripts write. */
const KEYWORDS = ['Any', 'LocalSubnet', 'DNS', 'DHCP', 'WINS', 'DefaultGateway'];

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_CHARS = /^[0-9a-fA-F:.]+$/;

const isIpv4 = (text: string) => IPV4.test(text);

/** An IPv6 address as the URL parser reads it (the platform's own parser, no hand-made grammar). */
function isIpv6(text: string): boolean {
  if (!text.includes(':') || !IPV6_CHARS.test(text)) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

const isAddress = (text: string) => isIpv4(text) || isIpv6(text);

function isSubnet(text: string): boolean {
  const [address, bits, ...rest] = text.split('/');
  if (rest.length > 0 || address === undefined || bits === undefined || !/^\d{1,3}$/.test(bits))
    return false;
  const n = Number(bits);
  if (isIpv4(address)) return n <= 32;
  return isIpv6(address) && n <= 128;
}

function isRange(text: string): boolean {
  const [from, to, ...rest] = text.split('-');
  if (rest.length > 0 || from === undefined || to === undefined) return false;
  return (isIpv4(from) && isIpv4(to)) || (isIpv6(from) && isIpv6(to));
}

/** One token as the scripts write it, or null when Windows Firewall would not take it. */
export function readAddress(raw: string): string | null {
  const text = raw.trim();
  const keyword = KEYWORDS.find((k) => k.toLowerCase() === text.toLowerCase());
  if (keyword) return keyword;
  if (isAddress(text) || isSubnet(text) || isRange(text)) return text.toLowerCase();
  return null;
}

export interface AddressList {
  addresses: string[];
  /** Tokens that are not an address, a subnet, a range or a keyword: never written anywhere. */
  refused: string[];
}

/** A list typed or linked as "10.0.1.10, 10.0.1.11 10.0.2.0/24": commas, spaces or new lines. */
export function readAddressList(text: string): AddressList {
  const addresses: string[] = [];
  const refused: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    const address = readAddress(token);
    if (address === null) refused.push(token);
    else if (!addresses.includes(address)) addresses.push(address);
  }
  return { addresses, refused };
}

export const isAnyAddress = (addresses: readonly string[]) => addresses.includes('Any');
