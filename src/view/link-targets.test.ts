import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { buildRoleMap } from '../diagrams/role-map.ts';
import { filterPaths } from './selection.ts';
import { parseUrlState } from './url-state.ts';
import {
  edgeTarget,
  nodeTarget,
  pairTarget,
  roleTarget,
  rolePageTarget,
  rowTarget,
  tabTarget,
} from './link-targets.ts';

const catalog = readCommittedCatalog();
const stateOf = (query: string) => parseUrlState(new URLSearchParams(query)).state;
const mapFor = (query: string) =>
  buildRoleMap(catalog.dataPaths, new Set(filterPaths(catalog, stateOf(query)).map((p) => p.id)));

describe('where the map links to', () => {
  const query = 'view=map&enc=none&sort=-port';
  const map = mapFor(query);
  const state = stateOf(query);
  const edge = (key: string) => map.edges.find((e) => e.key === key)!;
  const node = (id: string) => map.nodes.find((n) => n.id === id)!;

  it('a kept arrow opens its pair with the filters: exactly the highlighted rows', () => {
    const target = edgeTarget(edge('mailbox>mailbox'), map, state);
    expect(target).toMatchObject({ view: 'explorer', from: 'mailbox', to: 'mailbox' });
    expect(target.enc).toEqual(['none']);
    expect(filterPaths(catalog, target).map((p) => p.id)).toEqual(
      edge('mailbox>mailbox').matching.map((p) => p.id),
    );
  });

  it('a faded arrow opens its pair without the filters, so it shows all its rows', () => {
    const target = edgeTarget(edge('cas>mailbox'), map, state);
    expect(target.enc).toEqual([]);
    expect(filterPaths(catalog, target).map((p) => p.id)).toEqual(
      edge('cas>mailbox').paths.map((p) => p.id),
    );
  });

  it('a box opens the role filter at either end, with the filters when it has matches', () => {
    const mailbox = nodeTarget(node('mailbox'), map, state);
    expect(mailbox).toMatchObject({ roles: ['mailbox'], dir: 'any', from: null, to: null });
    expect(mailbox.enc).toEqual(['none']);
    expect(nodeTarget(node('edge'), map, state).enc).toEqual([]);
  });

  it('without filters every link keeps the (default) state apart from the target', () => {
    const plain = mapFor('view=map');
    const target = edgeTarget(plain.edges[0]!, plain, stateOf('view=map&sort=-port'));
    expect(target.sort).toEqual(stateOf('sort=-port').sort);
  });
});

describe('which keys a link keeps', () => {
  const busy = stateOf('role=cas&role=hub&dir=in&port=135&q=owa&sort=-port&open=x&enc=none');

  it('a tab keeps every filter and closes the open row', () => {
    const target = tabTarget(busy, 'map', 'paths');
    expect(target).toEqual({ ...busy, view: 'map', table: 'paths', open: null });
  });

  it('another role of a one-role view keeps that view and its settings', () => {
    const sheet = stateOf('view=sheet&role=cas&paper=letter&text=both');
    expect(roleTarget(sheet, 'hub')).toEqual({ ...sheet, roles: ['hub'] });
  });

  it("a role's page in another view starts fresh: only the role (and direction) travel", () => {
    expect(rolePageTarget('scripts', 'cas')).toEqual(stateOf('view=scripts&role=cas'));
    expect(rolePageTarget('explorer', 'edge', 'out')).toEqual(stateOf('role=edge&dir=out'));
    expect(rolePageTarget('explorer', null)).toEqual(stateOf(''));
  });

  it('a row link holds only that row, and a pair keeps the filters', () => {
    expect(rowTarget('rules', 'r1')).toEqual(stateOf('table=rules&open=r1'));
    expect(pairTarget(busy, 'hub', 'edge')).toMatchObject({ from: 'hub', to: 'edge', q: 'owa' });
  });
});
