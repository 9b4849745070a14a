// All filters together: the rows a view shows. The UI, the benchmark and the tests all go
// through here, so "what does the table show for this link" has one answer.
import type { Catalog, DataPath, FirewallRule, Note } from '../catalog/schema.ts';
import { pathMatchesAuth } from './auth-match.ts';
import { pathMatchesEncryption } from './encryption-match.ts';
import type { ExplorerState, PortQuery } from './explorer-state.ts';
import { matchPorts, type PortMatch } from './port-match.ts';
import { pathMatchesPair, pathMatchesRoles, ruleMatchesRoles } from './role-match.ts';
import { matchesText, searchTextOfPath, searchTextOfRule } from './text-search.ts';

/** The entries of a row that answer the port query (empty when there is no query). */
export const portMatchesOf = (
  row: { ports: DataPath['ports'] },
  query: PortQuery | null,
): PortMatch[] => (query ? matchPorts(row.ports, query) : []);

const portFits = (row: { ports: DataPath['ports'] }, query: PortQuery | null) =>
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

export const filterPaths = (catalog: Catalog, state: ExplorerState): DataPath[] =>
  catalog.dataPaths.filter(
    (path) =>
      pathMatchesRoles(path, state.roles, state.dir) &&
      pathMatchesPair(path, state.from, state.to) &&
      portFits(path, state.port) &&
      pathMatchesAuth(path, state.auth, state.authScope) &&
      pathMatchesEncryption(path, state.enc) &&
      (state.sections.length === 0 || state.sections.includes(path.section)) &&
      (state.q.trim() === '' || matchesText(pathHaystack(path, catalog.notes), state.q)),
  );

/**
 * Firewall rules carry no authentication, encryption or section, so those filters do not apply
 * to them (a rule is not hidden because the view also asks for "Kerberos" paths); nor does the
 * direction, since every rule is inbound.
 */
export const filterRules = (catalog: Catalog, state: ExplorerState): FirewallRule[] =>
  catalog.firewallRules.filter(
    (rule) =>
      ruleMatchesRoles(rule, state.roles) &&
      portFits(rule, state.port) &&
      (state.q.trim() === '' || matchesText(ruleHaystack(rule, catalog.notes), state.q)),
  );
