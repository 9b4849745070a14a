// Facet counts: each facet counts, per value, the rows that pass every *other* filter, so
// ticking a value then shows that many rows (more, for a facet of several values). Computed from
// the state alone, so the counts follow every change at once (direction, authentication scope).
import type { AuthId, Catalog, DataPath, EndpointId } from '../catalog/schema.ts';
import { encryptionClassOf } from '../filters/encryption-match.ts';
import type { AuthScope, Direction } from '../filters/filter-values.ts';
import { matchesText } from '../filters/text-search.ts';
import {
  PATH_FILTER_IDS,
  pathVerdicts,
  portFits,
  ruleHaystack,
  type PathFilterId,
  type PathVerdicts,
} from './path-filters.ts';
import type { ViewState } from './view-state.ts';

/** Which endpoints a path offers to the role facet, given the direction switch. */
export function endpointsFacing(path: DataPath, dir: Direction): EndpointId[] {
  if (dir === 'in') return [path.to];
  if (dir === 'out') return [path.from];
  return path.from === path.to ? [path.from] : [path.from, path.to];
}

/** Which authentication ids a path offers to the authentication facet, given its scope. */
export function authFacing(path: DataPath, scope: AuthScope): AuthId[] {
  if (scope === 'default') return path.auth.default;
  if (scope === 'supported') return path.auth.supported;
  return [...new Set([...path.auth.default, ...path.auth.supported])];
}

export interface Facets {
  roles: Map<string, number>;
  enc: Map<string, number>;
  auth: Map<string, number>;
  sections: Map<string, number>;
}

function count(rows: DataPath[], valuesOf: (p: DataPath) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const row of rows) for (const v of valuesOf(row)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Facet counts of the data paths; every filter runs once per row (not once per facet). */
export const pathFacets = (catalog: Catalog, state: ViewState): Facets =>
  facetsOfVerdicts(pathVerdicts(catalog.dataPaths, state, catalog.notes), state);

/** Facet counts from the filters' verdicts: a row counts for a facet when every other filter passes. */
export function facetsOfVerdicts(rows: PathVerdicts[], state: ViewState): Facets {
  const rowsFor = (except: PathFilterId) => {
    const skip = PATH_FILTER_IDS.indexOf(except);
    return rows
      .filter((r) => r.verdicts.every((passes, j) => passes || j === skip))
      .map((r) => r.path);
  };
  return {
    roles: count(rowsFor('roles'), (p) => endpointsFacing(p, state.dir)),
    enc: count(rowsFor('enc'), (p) => [encryptionClassOf(p.encryption)]),
    auth: count(rowsFor('auth'), (p) => authFacing(p, state.authScope)),
    sections: count(rowsFor('sections'), (p) => [p.section]),
  };
}

/** Firewall rules have one facet, their roles; the port and text filters still apply. */
export function ruleFacets(catalog: Catalog, state: ViewState): Facets {
  const rows = catalog.firewallRules.filter(
    (r) =>
      portFits(r, state.port) &&
      (state.q.trim() === '' || matchesText(ruleHaystack(r, catalog.notes), state.q)),
  );
  const roles = new Map<string, number>();
  for (const r of rows) for (const role of r.roles) roles.set(role, (roles.get(role) ?? 0) + 1);
  return { roles, enc: new Map(), auth: new Map(), sections: new Map() };
}
