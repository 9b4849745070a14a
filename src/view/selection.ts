// The one selection: (catalog, state) -> the rows a view shows and the facet counts beside them.
// The tables, the map, the matrix, the sheet, the scripts, every export, the benchmark and the
// tests all go through here, so "what does this link show" has one answer.
import type { Catalog, DataPath, FirewallRule, RoleId } from '../catalog/schema.ts';
import { catalogSubset } from '../exports/catalog-subset.ts';
import { ruleMatchesRoles } from '../filters/role-match.ts';
import { matchesText } from '../filters/text-search.ts';
import { facetsOfVerdicts, ruleFacets, type Facets } from './facets.ts';
import {
  PATH_FILTER_IDS,
  PATH_FILTERS,
  pathVerdicts,
  portFits,
  ruleHaystack,
} from './path-filters.ts';
import { DEFAULT_STATE, type ViewState } from './view-state.ts';
import { buildPlan, type Plan, type PlanQuery } from '../plan/port-plan.ts';
import type { Environment } from '../plan/environment.ts';

export const filterPaths = (catalog: Catalog, state: ViewState): DataPath[] =>
  catalog.dataPaths.filter((path) =>
    PATH_FILTER_IDS.every((id) => PATH_FILTERS[id](path, state, catalog.notes)),
  );

/**
 * Firewall rules carry no authentication, encryption or section, so those filters do not apply
 * to them (a rule is not hidden because the view also asks for "Kerberos" paths); nor does the
 * direction, since every rule is inbound.
 */
export const filterRules = (catalog: Catalog, state: ViewState): FirewallRule[] =>
  catalog.firewallRules.filter(
    (rule) =>
      ruleMatchesRoles(rule, state.roles) &&
      portFits(rule, state.port) &&
      (state.q.trim() === '' || matchesText(ruleHaystack(rule, catalog.notes), state.q)),
  );

/** The catalog a link selects (both tables cut by it), in catalog order: the JSON export. */
export const catalogSubsetOf = (catalog: Catalog, state: ViewState): Catalog =>
  catalogSubset(catalog, filterPaths(catalog, state), filterRules(catalog, state));

/** What a view shows for a state: the rows of the current table and the facet counts. */
export interface Selection {
  paths: DataPath[];
  rules: FirewallRule[];
  facets: Facets;
}

/** The one selection: every table, drawing, sheet, script and export takes its rows from here. */
export function select(catalog: Catalog, state: ViewState): Selection {
  const rules = filterRules(catalog, state);
  if (state.table !== 'paths')
    return { paths: filterPaths(catalog, state), rules, facets: ruleFacets(catalog, state) };
  // Each filter runs once per path, for the rows and the facet counts alike.
  const verdicts = pathVerdicts(catalog.dataPaths, state, catalog.notes);
  const paths = verdicts.filter((r) => r.verdicts.every(Boolean)).map((r) => r.path);
  return { paths, rules, facets: facetsOfVerdicts(verdicts, state) };
}

/** What a view of one role (the cheat sheet, the scripts) is about, cut by the same selection. */
export interface RoleSelection {
  /** Data paths the role listens on (it is their `to` end). */
  inbound: DataPath[];
  /** Data paths the role connects from (it is their `from` end). */
  outbound: DataPath[];
  /** Firewall rules Setup creates on the role. */
  rules: FirewallRule[];
  /** The catalog cut to the paths at either end of the role and its rules, with their notes. */
  subset: Catalog;
}

export function selectRole(catalog: Catalog, role: RoleId): RoleSelection {
  const of = (dir: ViewState['dir']) =>
    filterPaths(catalog, { ...DEFAULT_STATE, roles: [role], dir });
  const rules = filterRules(catalog, { ...DEFAULT_STATE, roles: [role] });
  return {
    inbound: of('in'),
    outbound: of('out'),
    rules,
    subset: catalogSubset(catalog, of('any'), rules),
  };
}

/**
 * The plans the explorer answers with: a pair (from/to), else one role (in, out, or both when
 * the direction is "either"), else a port. Built from the selected paths, so every other filter
 * narrows the answer exactly as it narrows the table; empty when nothing is asked. A caller that
 * has the state's selection already passes its paths.
 */
export function plansFor(
  catalog: Catalog,
  state: ViewState,
  paths: DataPath[] = filterPaths(catalog, state),
): Plan[] {
  const plan = (query: PlanQuery) => buildPlan(paths, catalog.firewallRules, query, state.env);
  if (state.from || state.to) return [plan({ kind: 'pair', from: state.from, to: state.to })];
  const [role, ...others] = state.roles;
  if (role && others.length === 0) {
    const dirs = state.dir === 'any' ? (['in', 'out'] as const) : [state.dir];
    return dirs.map((dir) => plan({ kind: 'role', role, dir }));
  }
  if (state.port) return [plan({ kind: 'port', port: state.port })];
  return [];
}

/** A role's plan, inbound and outbound, over the role's selection: the cheat sheet's page 1. */
export function rolePlans(catalog: Catalog, role: RoleId, env: Environment) {
  const { subset } = selectRole(catalog, role);
  const plan = (dir: 'in' | 'out') =>
    buildPlan(subset.dataPaths, catalog.firewallRules, { kind: 'role', role, dir }, env);
  return { inbound: plan('in'), outbound: plan('out') };
}
