// Facet counts are what ticking that value would show: for each facet, under each other filter,
// the count of a value equals the rows the selection keeps with the facet set to that value.
import { describe, expect, it } from 'vitest';
import { AUTH_IDS, ENDPOINT_IDS, SECTION_IDS } from '../catalog/ids.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { ENCRYPTION_CLASSES } from '../filters/filter-values.ts';
import { pathFacets, ruleFacets } from './facets.ts';
import { filterPaths, filterRules, select } from './selection.ts';
import { parseUrlState } from './url-state.ts';
import type { ViewState } from './view-state.ts';

const catalog = readCommittedCatalog();
const stateOf = (query: string): ViewState => {
  const { state, problems } = parseUrlState(new URLSearchParams(query));
  expect(problems).toEqual([]);
  return state;
};

// Each other filter in turn, and some together; the facets' own values vary in each check.
const LINKS = [
  '',
  'dir=out',
  'dir=in',
  'role=hub',
  'role=cas&dir=in',
  'port=135',
  'port=udp/3343',
  'enc=none',
  'auth=basic&authin=default',
  'authin=supported',
  'section=mailbox',
  'q=edge',
  'from=mailbox&to=mailbox',
  'role=um&dir=out&enc=default&port=5060',
];

describe.each(LINKS)('facet counts under ?%s', (query) => {
  const state = stateOf(query);
  const facets = pathFacets(catalog, state);
  const shown = (change: Partial<ViewState>) =>
    filterPaths(catalog, { ...state, ...change }).length;

  it('roles: what ticking one endpoint alone would show (for the direction chosen)', () => {
    for (const id of ENDPOINT_IDS) expect(facets.roles.get(id) ?? 0).toBe(shown({ roles: [id] }));
  });

  it('encryption', () => {
    for (const c of ENCRYPTION_CLASSES) expect(facets.enc.get(c) ?? 0).toBe(shown({ enc: [c] }));
  });

  it('authentication (in the scope chosen)', () => {
    for (const id of AUTH_IDS) expect(facets.auth.get(id) ?? 0).toBe(shown({ auth: [id] }));
  });

  it('source table', () => {
    for (const id of SECTION_IDS)
      expect(facets.sections.get(id) ?? 0).toBe(shown({ sections: [id] }));
  });
});

describe('the counts follow the direction and the authentication scope at once', () => {
  it('outbound counts only the source end', () => {
    const any = pathFacets(catalog, stateOf('')).roles.get('ad');
    const out = pathFacets(catalog, stateOf('dir=out')).roles.get('ad') ?? 0;
    expect(any).toBeGreaterThan(0);
    expect(out).toBe(0); // Active Directory opens no path
  });

  it('default authentication counts fewer Basic paths than default-or-supported', () => {
    const either = pathFacets(catalog, stateOf('')).auth.get('basic')!;
    const byDefault = pathFacets(catalog, stateOf('authin=default')).auth.get('basic')!;
    expect(byDefault).toBeLessThan(either);
  });
});

describe('rules table', () => {
  it.each(['', 'port=135', 'q=rpc'])('?%s: role counts are what ticking the role shows', (q) => {
    const state = stateOf(`table=rules${q ? `&${q}` : ''}`);
    const facets = ruleFacets(catalog, state);
    for (const role of ['hub', 'edge', 'mailbox', 'cas', 'um'] as const)
      expect(facets.roles.get(role) ?? 0).toBe(
        filterRules(catalog, { ...state, roles: [role] }).length,
      );
  });
});

describe('select', () => {
  it('is the rows of both tables and the facets of the one shown', () => {
    const state = stateOf('role=edge&enc=default');
    const s = select(catalog, state);
    expect(s.paths).toEqual(filterPaths(catalog, state));
    expect(s.rules).toEqual(filterRules(catalog, state));
    expect(s.facets).toEqual(pathFacets(catalog, state));
  });
});
