// Each filter of a data path on its own, so that the selection applies them all and each facet
// count applies all but its own. Also the rows' search text, built once per row.
import type { DataPath, FirewallRule, Note } from '../catalog/schema.ts';
import { pathMatchesAuth } from '../filters/auth-match.ts';
import { pathMatchesEncryption } from '../filters/encryption-match.ts';
import type { PortQuery } from '../filters/filter-values.ts';
import { matchPorts, type PortMatch } from '../filters/port-match.ts';
import { pathMatchesPair, pathMatchesRoles } from '../filters/role-match.ts';
import {
  matchesText,
  searchPartsOfPath,
  searchPartsOfRule,
  type SearchText,
} from '../filters/text-search.ts';
import type { ViewState } from './view-state.ts';
/** The entries of a row that answer the port query (empty when there is no query). */
export const portMatchesOf = (
  row: { ports: DataPath['ports'] },
  query: PortQuery | null,
): PortMatch[] => (query ? matchPorts(row.ports, query) : []);

export const portFits = (row: { ports: DataPath['ports'] }, query: PortQuery | null) =>
  query === null || matchPorts(row.ports, query).length > 0;

// Building a haystack normalises a few kilobytes of text; typing in the search box refilters on
// every key, so each row's haystack is built once. Rows are never mutated once loaded.
const haystacks = new WeakMap<DataPath | FirewallRule, SearchText>();

const cached = <R extends DataPath | FirewallRule>(
  row: R,
  build: (row: R) => SearchText,
): SearchText => {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = build(row);
    haystacks.set(row, text);
  }
  return text;
};

/** A path's normalised search text, built once per row (the UI's search uses it too). */
export const pathHaystack = (path: DataPath, notes: Note[]): SearchText =>
  cached(path, (p) => searchPartsOfPath(p, notes));

/** A rule's normalised search text, built once per rule. */
export const ruleHaystack = (rule: FirewallRule, notes: Note[]): SearchText =>
  cached(rule, (r) => searchPartsOfRule(r, notes));

type PathFilter = (path: DataPath, state: ViewState, notes: Note[]) => boolean;

export const PATH_FILTERS = {
  roles: (p, s) => pathMatchesRoles(p, s.roles, s.dir),
  pair: (p, s) => pathMatchesPair(p, s.from, s.to),
  port: (p, s) => portFits(p, s.port),
  auth: (p, s) => pathMatchesAuth(p, s.auth, s.authScope),
  enc: (p, s) => pathMatchesEncryption(p, s.enc),
  sections: (p, s) => s.sections.length === 0 || s.sections.includes(p.section),
  q: (p, s, notes) => s.q.trim() === '' || matchesText(pathHaystack(p, notes), s.q),
} satisfies Record<string, PathFilter>;

export type PathFilterId = keyof typeof PATH_FILTERS;

export const PATH_FILTER_IDS = Object.keys(PATH_FILTERS) as PathFilterId[];

/** A path and, in the order of PATH_FILTER_IDS, whether it passes each filter. */
export interface PathVerdicts {
  path: DataPath;
  verdicts: boolean[];
}

/**
 * Every filter's verdict on every path, each computed once: the selection keeps the paths that
 * pass them all, each facet counts the paths that pass all but its own.
 */
export const pathVerdicts = (paths: DataPath[], state: ViewState, notes: Note[]): PathVerdicts[] =>
  paths.map((path) => ({
    path,
    verdicts: PATH_FILTER_IDS.map((id) => PATH_FILTERS[id](path, state, notes)),
  }));
