// Properties over roles, directions, environments and peers' addresses: the rules our netsh script
// leaves on a server check clean, and taking any one of them away leaves exactly one finding, the
// opening it was written for, missing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EndpointId } from '../catalog/schema.ts';
import { ENDPOINT_IDS, ROLE_IDS } from '../catalog/ids.ts';
import type { Environment } from '../plan/environment.ts';
import type { PeerAddresses } from '../firewall-scripts/remote-addresses.ts';
import { ruleSet } from '../firewall-scripts/rule-set.ts';
import { checkServerRules } from './check-rules.ts';
import type { ServerRule } from './server-rules.ts';
import { expectedServerRules } from './expected-rules.ts';
import { catalog, DIRS, peerAddress, type AddressForm } from './test-support.ts';

// Values kept apart from each other and from the plan's own ports, so no two openings coincide.
const environment: fc.Arbitrary<Environment> = fc.record({
  rpcRange: fc.constantFrom(null, { from: 6005, to: 59530 }, { from: 50000, to: 60000 }),
  rpcClientAccess: fc.constantFrom(null, 59532, 40001),
  addressBook: fc.constantFrom(null, 59533, 40002),
  publicFolderRpc: fc.constantFrom(null, 59534, 40003),
  dagPort: fc.constantFrom(null, 64327, 64330, 40004),
});

const FORMS: AddressForm[] = ['single', 'subnet', 'range', 'two', 'ipv6'];

/** Every peer given, each in its own form (and, with `any`, some as Any). */
const peersArb = (any: boolean): fc.Arbitrary<PeerAddresses> =>
  fc
    .tuple(
      ...ENDPOINT_IDS.map(() =>
        any ? fc.constantFrom<AddressForm | 'Any'>(...FORMS, 'Any') : fc.constantFrom(...FORMS),
      ),
    )
    .map((forms) =>
      Object.fromEntries(
        ENDPOINT_IDS.map((peer: EndpointId, i) => {
          const form = forms[i] ?? 'single';
          return [peer, form === 'Any' ? ['Any'] : peerAddress(peer, form)];
        }),
      ),
    );

/**
 * Another of the rules holds all of it: the same protocol and addresses, ranges over its ports
 * (Mailbox outbound: the DAG port 64327 to Mailbox servers lies in their dynamic RPC range).
 */
const stillCovered = (removed: ServerRule, rules: ServerRule[]): boolean =>
  rules.some(
    (other) =>
      other !== removed &&
      other.protocol === removed.protocol &&
      other.remoteAddresses.join() === removed.remoteAddresses.join() &&
      [...removed.localPorts, ...removed.remotePorts].every(
        (p) =>
          p.kind === 'any' ||
          (p.kind === 'range' &&
            [...other.localPorts, ...other.remotePorts].some(
              (q) => q.kind === 'range' && q.from <= p.from && p.to <= q.to,
            )),
      ),
  );

const role = fc.constantFrom(...ROLE_IDS);
const dir = fc.constantFrom(...DIRS);

describe('our own rules against the checker', () => {
  it('check clean for every role, direction, environment and peers', () => {
    fc.assert(
      fc.property(role, dir, environment, peersArb(true), (r, d, env, peers) => {
        const rules = expectedServerRules(ruleSet(catalog, r, d, env), peers);
        const report = checkServerRules({ catalog, role: r, dir: d, env, peers, rules });
        expect(report.findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('without any one of them, exactly that opening is missing', () => {
    fc.assert(
      fc.property(role, dir, environment, peersArb(false), fc.nat(), (r, d, env, peers, pick) => {
        const set = ruleSet(catalog, r, d, env);
        const rules = expectedServerRules(set, peers);
        const removed = rules[pick % rules.length];
        if (!removed) return;
        const report = checkServerRules({
          catalog,
          role: r,
          dir: d,
          env,
          peers,
          rules: rules.filter((x) => x !== removed),
        });
        if (stillCovered(removed, rules)) {
          expect(report.findings).toEqual([]);
          return;
        }
        expect(report.findings).toHaveLength(1);
        expect(report.findings[0]).toMatchObject({ kind: 'missing', spec: { name: removed.name } });
      }),
      { numRuns: 300 },
    );
  });
});
