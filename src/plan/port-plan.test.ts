import { describe, expect, it } from 'vitest';
import { citation, type PortEntry } from '../catalog/schema.ts';
import { ENDPOINT_IDS, ROLE_IDS } from '../catalog/ids.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { connectionsOfPaths, type Connection } from './connections.ts';
import {
  DEFAULT_ENVIRONMENT,
  SETTING_SOURCES,
  readRpcRange,
  readStaticPort,
  type Environment,
} from './environment.ts';
import { buildPlan, type Opening, type PlanQuery } from './port-plan.ts';
import { EVERY_SETTING } from './test-environments.ts';

const catalog = readCommittedCatalog();
const all = connectionsOfPaths(catalog.dataPaths);
const planOf = (query: PlanQuery, env: Environment = DEFAULT_ENVIRONMENT) =>
  buildPlan(catalog.dataPaths, catalog.firewallRules, query, env);

/** Does an opening stand for this port entry of the catalog? */
function covers(opening: Opening, entry: PortEntry, env: Environment): boolean {
  switch (entry.kind) {
    case 'number':
      if (opening.kind === 'rpc') return entry.from === 135 && entry.protocol === 'tcp';
      if (opening.kind !== 'number') return false;
      if (opening.setting === 'dagPort')
        return entry.from === 64327 && opening.from === (env.dagPort ?? 64327);
      return opening.from <= (entry.from ?? -1) && (entry.to ?? -1) <= opening.to;
    case 'rpc-epmap':
    case 'dynamic-rpc':
      return opening.kind === 'rpc';
    case 'dynamic':
      return opening.kind === 'dynamic';
    case 'any':
      return opening.kind === 'any';
    case 'unnumbered':
      return opening.kind === 'unnumbered' && opening.service === entry.service;
  }
}

/** Every connection the query asks about lands in exactly one entry; nothing else is there. */
function expectExactCover(
  query: PlanQuery,
  fits: (c: Connection) => boolean,
  env = DEFAULT_ENVIRONMENT,
) {
  const plan = planOf(query, env);
  const wanted = all.filter(fits);
  for (const c of wanted) {
    const homes = plan.entries.filter(
      (e) =>
        e.protocol === c.entry.protocol &&
        e.from.includes(c.initiator) &&
        e.to.includes(c.listener) &&
        e.ports.some((p) => p.pathIds.includes(c.path.id) && covers(p.opening, c.entry, env)),
    );
    expect(homes, `${c.path.id} ${c.entry.text} ${c.initiator}>${c.listener}`).toHaveLength(1);
  }
  const wantedPaths = new Set(wanted.map((c) => c.path.id));
  for (const e of plan.entries) {
    for (const id of e.pathIds) expect(wantedPaths.has(id), `${id} in ${e.key}`).toBe(true);
    for (const end of e.from) expect(wanted.some((c) => c.initiator === end)).toBe(true);
    for (const end of e.to) expect(wanted.some((c) => c.listener === end)).toBe(true);
  }
  // Entries are distinct openings: no two share protocol, ports and pairs.
  expect(new Set(plan.entries.map((e) => e.key)).size).toBe(plan.entries.length);
  return plan;
}

describe('the port plan covers every port exactly once', () => {
  for (const role of ROLE_IDS) {
    it(`${role}: inbound and outbound`, () => {
      expectExactCover({ kind: 'role', role, dir: 'in' }, (c) => c.listener === role);
      expectExactCover({ kind: 'role', role, dir: 'out' }, (c) => c.initiator === role);
    });
  }

  const pairs = [...new Set(all.map((c) => `${c.initiator}>${c.listener}`))];
  it.each(pairs)('pair %s', (pair) => {
    const [from, to] = pair.split('>') as [
      (typeof ENDPOINT_IDS)[number],
      (typeof ENDPOINT_IDS)[number],
    ];
    const plan = expectExactCover(
      { kind: 'pair', from, to },
      (c) => c.initiator === from && c.listener === to,
    );
    expect(plan.entries.length).toBeGreaterThan(0);
  });

  it('with an environment too', () => {
    const env = { ...DEFAULT_ENVIRONMENT, dagPort: 64330, rpcRange: { from: 6005, to: 59530 } };
    expectExactCover(
      { kind: 'role', role: 'mailbox', dir: 'in' },
      (c) => c.listener === 'mailbox',
      env,
    );
  });
});

describe('distilled answers', () => {
  it('Hub to Edge: TCP 25 and 50636 in one opening', () => {
    const plan = planOf({ kind: 'pair', from: 'hub', to: 'edge' });
    expect(plan.entries).toHaveLength(1);
    const [entry] = plan.entries;
    expect(entry?.protocol).toBe('tcp');
    expect(entry?.ports.map((p) => p.opening)).toEqual([
      { kind: 'number', from: 25, to: 25, setting: null },
      { kind: 'number', from: 50636, to: 50636, setting: null },
    ]);
    expect(entry?.pathIds).toEqual(['transport-hub-to-edge', 'transport-edgesync']);
  });

  it('the RPC pair is one opening, with the programs of Setup’s rules', () => {
    const plan = planOf({ kind: 'role', role: 'mailbox', dir: 'in' });
    const rpc = plan.entries.filter((e) => e.ports.some((p) => p.opening.kind === 'rpc'));
    // One entry for the paths the source says a firewall is not supported on, one for the rest.
    expect(rpc.map((e) => e.unsupported).sort()).toEqual([false, true]);
    for (const entry of rpc) expect(entry.ports.map((p) => p.opening.kind)).toEqual(['rpc']);
    expect(rpc.flatMap((e) => e.programs)).toContain('Bin\\Store.exe');
    // Many rows said "135 + dynamic RPC": two entries stand for all of them.
    expect(rpc.flatMap((e) => e.pathIds).length).toBeGreaterThan(5);
  });

  it('ranges merge: 5075, 5076, 5077 become 5075-5077', () => {
    const plan = planOf({ kind: 'pair', from: 'um', to: 'cas' });
    const ports = plan.entries.flatMap((e) => e.ports.map((p) => p.opening));
    expect(ports).toContainEqual({ kind: 'number', from: 5075, to: 5077, setting: null });
  });

  it('a port question: EdgeSync outright, the dynamic RPC range folded apart', () => {
    const plan = planOf({ kind: 'port', port: { protocol: 'tcp', from: 50636, to: 50636 } });
    expect(plan.entries.map((e) => e.pathIds)).toEqual([['transport-edgesync']]);
    expect(plan.alsoInRpcRange.length).toBeGreaterThan(10);
    expect(plan.alsoInRpcRange).not.toContain('transport-edgesync');
  });

  it('the weakest default encryption, and the support statement mark', () => {
    const plan = planOf({ kind: 'role', role: 'mailbox', dir: 'in' });
    const dag = plan.entries.find((e) =>
      e.ports.some((p) => p.opening.kind === 'number' && p.opening.setting === 'dagPort'),
    );
    expect(dag?.encryption).toBe('optional');
    expect(dag?.unsupported).toBe(true);
  });
});

describe('the environment', () => {
  const env = EVERY_SETTING;

  it('replaces the DAG port and the dynamic range, and adds static ports where they listen', () => {
    const mailbox = planOf({ kind: 'role', role: 'mailbox', dir: 'in' }, env);
    const openings = mailbox.entries.flatMap((e) => e.ports.map((p) => p.opening));
    expect(openings).toContainEqual({ kind: 'number', from: 64330, to: 64330, setting: 'dagPort' });
    expect(openings.some((o) => o.kind === 'number' && o.from === 64327)).toBe(false);
    expect(openings).toContainEqual({
      kind: 'rpc',
      range: { from: 6005, to: 59530 },
      rangeSet: true,
      statics: [{ setting: 'publicFolderRpc', port: 59534 }],
    });
    const cas = planOf({ kind: 'role', role: 'cas', dir: 'in' }, env);
    const rpc = cas.entries.flatMap((e) => e.ports).find((p) => p.opening.kind === 'rpc');
    expect(rpc?.opening).toMatchObject({
      statics: [
        { setting: 'rpcClientAccess', port: 59532 },
        { setting: 'addressBook', port: 59533 },
      ],
    });
  });

  it('a static port is answered outright; the range follows the environment', () => {
    const plan = planOf({ kind: 'port', port: { protocol: 'tcp', from: 59532, to: 59532 } }, env);
    expect(plan.entries.map((e) => [e.from, e.to, e.fromEnvironment])).toEqual([
      [['client'], ['cas'], true],
    ]);
    expect(plan.entries[0]?.programs).toEqual([
      'Bin\\Microsoft.Exchange.AddressBook.Service.exe',
      'Bin\\Microsoft.Exchange.RpcClientAccess.Service.exe',
    ]);
    const outside = planOf(
      { kind: 'port', port: { protocol: 'tcp', from: 60000, to: 60000 } },
      env,
    );
    // 60000 is outside the Exchange servers' range; a domain controller keeps Windows' own.
    expect(outside.alsoInRpcRange.length).toBeGreaterThan(0);
    for (const id of outside.alsoInRpcRange) {
      expect(catalog.dataPaths.find((p) => p.id === id)?.to).toBe('ad');
    }
  });

  it('finds Setup’s rules for static ports by their ids, not by their program paths', () => {
    const renamed = catalog.firewallRules.map((rule, i) =>
      rule.program ? { ...rule, program: `Bin\\Service${i}.exe` } : rule,
    );
    const plan = buildPlan(
      catalog.dataPaths,
      renamed,
      { kind: 'port', port: { protocol: 'tcp', from: 59532, to: 59532 } },
      env,
    );
    expect(plan.entries[0]?.rules.map((r) => r.id)).toEqual([
      'fw-msexchangeab-rpc',
      'fw-msexchangerpc-rpc',
    ]);
  });

  it('reads values and refuses bad ones', () => {
    expect(readStaticPort('59532')).toBe(59532);
    expect(readStaticPort('135')).toBe('reserved-port');
    expect(readStaticPort('70000')).toBe('not-a-port');
    expect(readStaticPort('12a')).toBe('not-a-port');
    expect(readRpcRange('6005-59530')).toEqual({ from: 6005, to: 59530 });
    expect(readRpcRange('59530-6005')).toBe('not-a-range');
    expect(readRpcRange('50000-50010')).toBe('not-a-range');
  });

  it('every setting cites Microsoft, as the catalog’s citations must', () => {
    for (const source of Object.values(SETTING_SOURCES)) {
      expect(citation.safeParse(source.citation).success, source.citation.url).toBe(true);
    }
  });
});

describe('a port question over many pairs', () => {
  it('has one entry per listener, each naming only who connects to it', () => {
    const plan = planOf({ kind: 'port', port: { protocol: 'tcp', from: 135, to: 135 } });
    expect(plan.entries.length).toBeGreaterThan(3);
    for (const entry of plan.entries) {
      expect(entry.to).toHaveLength(1);
      for (const from of entry.from) {
        expect(all.some((c) => c.initiator === from && c.listener === entry.to[0])).toBe(true);
      }
    }
  });
});

describe('what an administrator would object to (review findings)', () => {
  it('a supported path never shares an entry with one the source says is not supported', () => {
    const cas = planOf({ kind: 'role', role: 'cas', dir: 'in' });
    const fromClients = cas.entries.filter((e) => e.from.includes('client'));
    expect(fromClients.length).toBeGreaterThan(0);
    for (const entry of fromClients) expect(entry.unsupported, entry.key).toBe(false);
    const edge = planOf({ kind: 'pair', from: 'hub', to: 'edge' });
    expect(edge.entries.every((e) => !e.unsupported)).toBe(true);
  });

  it('an outbound plan has one listener per entry, so Setup rules are never another’s', () => {
    for (const role of ROLE_IDS) {
      for (const entry of planOf({ kind: 'role', role, dir: 'out' }).entries) {
        expect(entry.to, entry.key).toHaveLength(1);
      }
    }
  });

  it('a DAG moved off 64327 has no Setup rule: Setup’s opens 64327', () => {
    const moved = planOf(
      { kind: 'role', role: 'mailbox', dir: 'in' },
      { ...DEFAULT_ENVIRONMENT, dagPort: 64330 },
    );
    const dag = moved.entries.find((e) =>
      e.ports.some((p) => p.opening.kind === 'number' && p.opening.setting === 'dagPort'),
    );
    expect(dag?.rules).toEqual([]);
    const plain = planOf({ kind: 'role', role: 'mailbox', dir: 'in' });
    const setup = plain.entries.find((e) =>
      e.ports.some((p) => p.opening.kind === 'number' && p.opening.setting === 'dagPort'),
    );
    expect(setup?.rules.map((r) => r.id)).toEqual(['fw-msexchangerepl-log-copier']);
  });

  it('the environment’s RPC range is the Exchange servers’: a domain controller keeps its own', () => {
    const env = { ...DEFAULT_ENVIRONMENT, rpcRange: { from: 6005, to: 59530 } };
    const out = planOf({ kind: 'role', role: 'mailbox', dir: 'out' }, env);
    for (const entry of out.entries) {
      for (const port of entry.ports) {
        if (port.opening.kind !== 'rpc') continue;
        expect(port.opening.rangeSet, entry.key).toBe(entry.to[0] !== 'ad');
      }
    }
  });

  it('135 answers for the whole RPC pair, with its ≈ mark', () => {
    const plan = planOf({ kind: 'port', port: { protocol: 'tcp', from: 135, to: 135 } });
    const hub = plan.entries.find((e) => e.to[0] === 'hub' && e.from.includes('mailbox'));
    expect(hub?.ports[0]?.inferred).toBe(true);
  });
});
