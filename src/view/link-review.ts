// Which keys of a link each view reads. A key a view does not read is named on the page (it
// still travels in links, so switching back to a view that reads it keeps it), a sort the table
// cannot do is dropped and named, and a view of one role shows the first role given and names
// the others.
//
//   ?view=sheet&role=mailbox&role=hub&port=135
//   → roles: ['mailbox'], problems: role=hub one-role (mailbox shown), port=135 not-for-view
import type { EndpointId } from '../catalog/schema.ts';
import { PEER_URL_KEYS } from './peer-keys.ts';
import type { ViewState, TableId, UrlProblem, ViewId } from './view-state.ts';

const FILTER_KEYS = ['role', 'dir', 'from', 'to', 'port', 'auth', 'authin', 'enc', 'section', 'q'];

/** The environment's ports: every view shows them (plan, sheet, matrix, map, scripts). */
const ENV_KEYS = ['rpcrange', 'rpcca', 'ab', 'pfrpc', 'dagport'];

/** The remote addresses of each kind of peer, for the firewall scripts (`addr-hub=10.0.1.10`). */
const PEER_KEYS = PEER_URL_KEYS;

/** The keys each view reads (`view` and `lang` are read everywhere). */
export const VIEW_KEYS: Record<ViewId, readonly string[]> = {
  explorer: [...FILTER_KEYS, ...ENV_KEYS, 'table', 'sort', 'open'],
  map: [...FILTER_KEYS, ...ENV_KEYS],
  matrix: [...FILTER_KEYS, ...ENV_KEYS],
  sheet: ['role', 'text', 'paper', 'appendix', ...ENV_KEYS],
  scripts: ['role', 'dir', 'script', ...ENV_KEYS, ...PEER_KEYS, 'anyaddr'],
  check: ['role', 'dir', ...ENV_KEYS, ...PEER_KEYS],
};

/** Keys the firewall-rule table does not read: rules have no ends, auth, encryption or table. */
const NOT_FOR_RULES = ['dir', 'from', 'to', 'auth', 'authin', 'enc', 'section'];

export const SORTS_BY_TABLE: Record<TableId, readonly string[]> = {
  paths: ['section', 'path', 'from', 'to', 'port'],
  rules: ['name', 'roles', 'port'],
};

const ONE_ROLE_VIEWS: readonly ViewId[] = ['sheet', 'scripts', 'check'];

/** Values that change nothing where they are written out, so never worth a message. */
const DEFAULT_VALUES: Record<string, string> = {
  table: 'paths',
  dir: 'any',
  authin: 'any',
  script: 'netsh',
  paper: 'a4',
};

/**
 * Reviews a parsed link against its view. `rolesGiven` are the valid roles in the order the link
 * gives them (the state keeps them in canonical order).
 */
export function reviewForView(
  params: URLSearchParams,
  state: ViewState,
  rolesGiven: readonly EndpointId[],
  /** What parsing already reported: a value is named once. */
  reported: readonly UrlProblem[] = [],
): { state: ViewState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const known = new Set(Object.values(VIEW_KEYS).flat());
  const named = new Set(reported.map((p) => `${p.key}=${p.value}`));
  const name = (raw: string, key: string, problem: Omit<UrlProblem, 'key' | 'value'>) => {
    // Raw value: the problem names what the link holds. A written-out default changes nothing.
    if (raw.trim() === '' || DEFAULT_VALUES[key] === raw.trim() || named.has(`${key}=${raw}`))
      return;
    named.add(`${key}=${raw}`);
    problems.push({ key, value: raw, ...problem });
  };
  const reads = new Set(VIEW_KEYS[state.view]);
  for (const [key, raw] of params) {
    if (known.has(key) && !reads.has(key))
      name(raw, key, { reason: 'not-for-view', detail: state.view });
  }
  let next = state;
  if (state.view === 'explorer' && state.table === 'rules') {
    for (const [key, raw] of params) {
      if (NOT_FOR_RULES.includes(key)) name(raw, key, { reason: 'not-for-table', detail: 'rules' });
    }
  }
  if (
    state.view === 'explorer' &&
    state.sort &&
    !SORTS_BY_TABLE[state.table].includes(state.sort.column)
  ) {
    const column = state.sort.column;
    const raw = params.getAll('sort').find((value) => value.trim().replace(/^-/, '') === column);
    name(raw ?? column, 'sort', { reason: 'not-for-table', detail: state.table });
    next = { ...next, sort: null };
  }
  if (ONE_ROLE_VIEWS.includes(state.view) && rolesGiven.length > 1) {
    const [kept, ...others] = rolesGiven as [EndpointId, ...EndpointId[]];
    for (const other of others) {
      const raw = params.getAll('role').find((value) => value.trim() === other) ?? other;
      name(raw, 'role', { reason: 'one-role', detail: kept });
    }
    next = { ...next, roles: [kept] };
  }
  return { state: next, problems };
}
