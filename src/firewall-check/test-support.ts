// Cases the checker's tests share (tests only): the committed catalog, every role and direction,
// and peers' addresses that tell every kind of peer apart.
import type { EndpointId } from '../catalog/schema.ts';
import { ENDPOINT_IDS, ROLE_IDS } from '../catalog/ids.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import type { PeerAddresses } from '../firewall-scripts/remote-addresses.ts';
import type { ScriptDirection } from '../firewall-scripts/role-entries.ts';
import type { ServerRule } from './server-rules.ts';

export const catalog = readCommittedCatalog();

export const DIRS: ScriptDirection[] = ['in', 'out'];

export const CASES = ROLE_IDS.flatMap((role) => DIRS.map((dir) => [role, dir] as const));

/** The address forms a peer may be given in; each peer gets its own 10.<n>.0.0/16. */
export type AddressForm = 'single' | 'subnet' | 'range' | 'two' | 'ipv6';

export function peerAddress(peer: EndpointId, form: AddressForm): string[] {
  const n = ENDPOINT_IDS.indexOf(peer) + 1;
  switch (form) {
    case 'single':
      return [`10.${n}.0.10`];
    case 'subnet':
      return [`10.${n}.1.0/24`];
    case 'range':
      return [`10.${n}.2.5-10.${n}.2.9`];
    case 'two':
      return [`10.${n}.0.10`, `10.${n}.0.11`];
    case 'ipv6':
      return [`fd00::${n.toString(16)}:10`];
  }
}

/** Every peer given, in one form. */
export const everyPeer = (form: AddressForm = 'single'): PeerAddresses =>
  Object.fromEntries(ENDPOINT_IDS.map((peer) => [peer, peerAddress(peer, form)]));

/** A rule as a test writes one, over sensible defaults (inbound TCP allow, any address). */
export const serverRule = (overrides: Partial<ServerRule> = {}): ServerRule => ({
  line: 1000,
  name: 'Test rule',
  group: '',
  enabled: true,
  direction: 'in',
  action: 'allow',
  protocol: 'tcp',
  localPorts: [{ kind: 'any' }],
  remotePorts: [{ kind: 'any' }],
  localAddresses: ['*'],
  remoteAddresses: ['*'],
  program: null,
  service: null,
  profiles: ['domain', 'private', 'public'],
  ...overrides,
});

export const ports = (...list: (number | [number, number])[]) =>
  list.map((p) =>
    typeof p === 'number'
      ? { kind: 'range' as const, from: p, to: p }
      : { kind: 'range' as const, from: p[0], to: p[1] },
  );
