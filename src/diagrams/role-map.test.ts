import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { filterPaths } from '../view/selection.ts';
import { parseUrlState } from '../view/url-state.ts';
import { DEFAULT_ENVIRONMENT } from '../plan/environment.ts';
import { buildRoleMap, edgePlans, isFaded } from './role-map.ts';

const catalog = readCommittedCatalog();
const matchingIds = (query: string) =>
  new Set(filterPaths(catalog, parseUrlState(new URLSearchParams(query)).state).map((p) => p.id));

describe('buildRoleMap', () => {
  const all = buildRoleMap(catalog.dataPaths, matchingIds(''));

  it('draws every data path in exactly one edge, one edge per pair', () => {
    const ids = all.edges.flatMap((e) => e.paths.map((p) => p.id));
    expect(ids.sort()).toEqual(catalog.dataPaths.map((p) => p.id).sort());
    expect(new Set(all.edges.map((e) => e.key)).size).toBe(all.edges.length);
    for (const edge of all.edges)
      for (const path of edge.paths) expect(`${path.from}>${path.to}`).toBe(edge.key);
  });

  it('without filters fades nothing and draws every endpoint', () => {
    expect(all.filtered).toBe(false);
    expect(all.edges.some((e) => isFaded(e, all))).toBe(false);
    const ends = new Set(catalog.dataPaths.flatMap((p) => [p.from, p.to]));
    expect(all.nodes.map((n) => n.id).sort()).toEqual([...ends].sort());
  });

  it('with filters keeps exactly the pairs that have a matching path', () => {
    for (const query of ['enc=none', 'port=135', 'role=cas&dir=in', 'auth=basic']) {
      const ids = matchingIds(query);
      const map = buildRoleMap(catalog.dataPaths, ids);
      const expected = new Set(
        catalog.dataPaths.filter((p) => ids.has(p.id)).map((p) => `${p.from}>${p.to}`),
      );
      expect(map.filtered).toBe(true);
      expect(
        map.edges
          .filter((e) => !isFaded(e, map))
          .map((e) => e.key)
          .sort(),
      ).toEqual([...expected].sort());
    }
  });

  it('draws the ports and encryption of the matching paths only', () => {
    const map = buildRoleMap(catalog.dataPaths, matchingIds('enc=none'));
    const mbx = map.edges.find((e) => e.key === 'mailbox>mailbox')!;
    expect(mbx.matching.map((p) => p.id)).toEqual(['mailbox-assistants']);
    expect(mbx.drawn).toEqual(mbx.matching);
    expect(mbx.encryption).toBe('none');
    const planning = { rules: catalog.firewallRules, env: DEFAULT_ENVIRONMENT };
    const filtered = edgePlans(map, planning).get('mailbox>mailbox')!;
    expect(filtered.entries.flatMap((e) => e.pathIds)).toEqual(['mailbox-assistants']);
    const unfiltered = edgePlans(all, planning).get('mailbox>mailbox')!;
    expect(unfiltered.entries.length).toBeGreaterThan(filtered.entries.length);
    // A faded edge draws (and its link names) the ports of all its paths.
    const cas = map.edges.find((e) => e.key === 'cas>mailbox')!;
    expect(isFaded(cas, map)).toBe(true);
    expect(cas.drawn).toEqual(cas.paths);
  });

  it('plans every edge from exactly its drawn paths, in the environment given', () => {
    const env = { ...DEFAULT_ENVIRONMENT, dagPort: 64330 };
    const plans = edgePlans(all, { rules: catalog.firewallRules, env });
    expect([...plans.keys()]).toEqual(all.edges.map((e) => e.key));
    for (const edge of all.edges) {
      const ids = new Set(plans.get(edge.key)!.entries.flatMap((e) => e.pathIds));
      expect([...ids].every((id) => edge.drawn.some((p) => p.id === id))).toBe(true);
    }
    const dag = plans
      .get('mailbox>mailbox')!
      .entries.flatMap((e) => e.ports)
      .find((p) => p.opening.kind === 'number' && p.opening.setting === 'dagPort');
    expect(dag?.opening).toMatchObject({ from: 64330, to: 64330 });
  });

  it('marks the endpoints of matching paths, and lists edges by source for the keyboard', () => {
    const map = buildRoleMap(catalog.dataPaths, matchingIds('role=edge'));
    expect(map.nodes.filter((n) => n.matched).map((n) => n.id)).toEqual([
      'hub',
      'edge',
      'internet-smtp',
    ]);
    const sources = all.edges.map((e) => e.from);
    expect(sources.slice(0, 5)).toEqual(['hub', 'hub', 'hub', 'hub', 'hub']);
  });
});
