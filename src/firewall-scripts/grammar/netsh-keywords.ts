// The documented grammar of `netsh advfirewall firewall ... rule`: the values each keyword takes
// and, for each verb, the keywords it takes, the ones it needs and the bare words it allows.
import { lower } from './findings.ts';
import { isAddressItem, isNumberIn, isPortOrRange } from './ports-and-addresses.ts';

interface KeywordRule {
  /** A problem with the value, or null. */
  check: (value: string) => string | null;
}

const oneOf =
  (...allowed: string[]) =>
  (value: string) =>
    allowed.includes(lower(value)) ? null : `not ${allowed.join('|')}`;

const listOf =
  (what: string, item: (v: string) => boolean, keywords: string[] = []) =>
  (value: string) => {
    const items = value.split(',');
    const bad = items.filter((v) => !keywords.includes(lower(v)) && !item(v));
    if (bad.length) return `${bad.map((b) => JSON.stringify(b)).join(', ')}: not ${what}`;
    const alone = items.filter((v) => keywords.includes(lower(v)) && lower(v) === 'any');
    return alone.length && items.length > 1 ? '"any" cannot be part of a list' : null;
  };

const ADDRESS = 'an IPv4 or IPv6 address, a subnet or a range';
const REMOTE_IP_KEYWORDS = ['any', 'localsubnet', 'dns', 'dhcp', 'wins', 'defaultgateway'];
export const PORT_KEYWORDS = ['rpc', 'rpc-epmap', 'iphttps'];

const portValue =
  (keywords: string[]) =>
  (value: string): string | null => {
    if (lower(value) === 'any' || keywords.includes(lower(value))) return null;
    const bad = value.split(',').filter((v) => !isPortOrRange(v));
    if (!bad.length) return null;
    const spelling = /^rpcepmap$/i.test(value) ? ' (netsh spells it RPC-EPMap)' : '';
    const words = keywords.length ? `, ${keywords.join(', ')}` : '';
    return `${bad.map((b) => JSON.stringify(b)).join(', ')}: not a port (0-65535), a port range, any${words}${spelling}`;
  };

const protocolValue = (value: string) =>
  /^(tcp|udp|any|icmpv4|icmpv6)$/i.test(value) ||
  isNumberIn(value, 0, 255) ||
  /^icmpv[46]:(\d{1,3}|any),(\d{1,3}|any)$/i.test(value)
    ? null
    : 'not tcp, udp, icmpv4, icmpv6, icmpv4:type,code, icmpv6:type,code, any or 0-255';

const nonEmpty = (value: string) => (value.trim() ? null : 'empty');

/** The keywords of `netsh advfirewall firewall add rule` (netsh's own help, Windows Server 2008 R2). */
export const RULE_KEYWORDS: Readonly<Record<string, KeywordRule>> = {
  name: { check: nonEmpty },
  dir: { check: oneOf('in', 'out') },
  action: { check: oneOf('allow', 'block', 'bypass') },
  program: { check: nonEmpty },
  service: { check: nonEmpty },
  description: { check: () => null },
  enable: { check: oneOf('yes', 'no') },
  profile: {
    check: listOf('public, private, domain or any', () => false, [
      'public',
      'private',
      'domain',
      'any',
    ]),
  },
  localip: { check: listOf(ADDRESS, isAddressItem, ['any']) },
  remoteip: {
    check: listOf(
      `${ADDRESS} or ${REMOTE_IP_KEYWORDS.join(', ')}`,
      isAddressItem,
      REMOTE_IP_KEYWORDS,
    ),
  },
  localport: { check: portValue(PORT_KEYWORDS) },
  remoteport: { check: portValue([]) },
  protocol: { check: protocolValue },
  interfacetype: { check: oneOf('wireless', 'lan', 'ras', 'any') },
  rmtcomputergrp: { check: nonEmpty },
  rmtusrgrp: { check: nonEmpty },
  edge: { check: oneOf('yes', 'deferapp', 'deferuser', 'no') },
  security: { check: oneOf('authenticate', 'authenc', 'authdynenc', 'authnoencap', 'notrequired') },
  group: { check: nonEmpty },
  type: { check: oneOf('static', 'dynamic') },
};

const MATCH_KEYWORDS = [
  'dir',
  'profile',
  'program',
  'service',
  'localip',
  'remoteip',
  'localport',
  'remoteport',
  'protocol',
];
export const NEW_KEYWORDS = [
  'name',
  'dir',
  'program',
  'service',
  'action',
  'description',
  'enable',
  'profile',
  'localip',
  'remoteip',
  'localport',
  'remoteport',
  'protocol',
  'interfacetype',
  'rmtcomputergrp',
  'rmtusrgrp',
  'edge',
  'security',
];

/** Each verb: the keywords it takes, the ones it needs, and bare words it takes. */
export const NETSH_RULE_GRAMMAR: Readonly<
  Record<
    string,
    { keywords: readonly string[]; required: readonly string[]; words?: readonly string[] }
  >
> = {
  add: {
    keywords: [
      'name',
      'dir',
      'action',
      ...NEW_KEYWORDS.filter((k) => !['name', 'dir', 'action'].includes(k)),
    ],
    required: ['name', 'dir', 'action'],
  },
  delete: { keywords: ['name', ...MATCH_KEYWORDS], required: ['name'] },
  show: { keywords: ['name', 'profile', 'type'], required: ['name'], words: ['verbose'] },
  set: { keywords: ['group', 'name', ...MATCH_KEYWORDS], required: [], words: ['new'] },
};
