// Each filter of a data path on its own, so that the selection applies them all and each facet
// count applies all but its own. Also the rows' search text, built once per row.
import type { DataPath, FirewallRule, Note } from '../catalog/schema.ts';
import { pathMatchesAuth } from '../filters/auth-match.ts';
import { pathMatchesEncryption } from '../filters/encryption-match.ts';
import type { PortQuery } from '../filters/filter-values.ts';
import { matchPorts, type PortMatch } from '../filters/port-match.ts';
import { pathMatchesPair, pathMatchesRoles } from '../filters/role-match.ts';
import { matchesText, searchTextOfPath, searchTextOfRule } from '../filters/text-search.ts';
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
const haystacks = new WeakMap<DataPath | FirewallRule, string>();

const cached = <R extends DataPath | FirewallRule>(row: R, build: (row: R) => string): string => {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = build(row);
    haystacks.set(row, text);
  }
  return text;
};

/** A path's normalised search text, built once per row (the UI's search uses it too). */
export const pathHaystack = (path: DataPath, notes: Note[]): string =>
  cached(path, (p) => searchTextOfPath(p, notes));

/** A rule's normalised search text, built once per rule. */
export const ruleHaystack = (rule: FirewallRule, notes: Note[]): string =>
  cached(rule, (r) => searchTextOfRule(r, notes));

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
