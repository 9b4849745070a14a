// The URL is the only store of the view: every filter is in the link, so a link shared in a
// ticket opens the same rows. Defaults are left out, a repeated key holds several values, and a
// link that cannot be read in full still opens with whatever could be read, never an error page.
//
//   ?role=cas&dir=in&port=TCP/443&enc=none&enc=optional&q=owa&sort=-port&lang=ja
//   → { view: 'explorer', text: null, paper: 'a4', script: 'powershell', table: 'paths', roles: ['cas'], from: null, to: null, dir: 'in', port: { protocol: 'tcp', from: 443, to: 443 },
//       auth: [], authScope: 'any', enc: ['optional', 'none'], sections: [], q: 'owa',
//       sort: { column: 'port', desc: true }, open: null }, problems: []
//     (lang is for the i18n code; serialising gives back ?role=cas&dir=in&port=tcp/443&...)
//
//   ?role=cas&role=nope&role=cas&port=99999&dir=in&dir=out&colour=red
//   → roles: ['cas'], dir: 'in', port: null, and the problems
//     role=nope unknown-value, role=cas duplicate, port=99999 port-out-of-range,
//     dir=out duplicate, colour=red unknown-key
//
//   ?role=cas&port=135&port=135&port=135&… (1 MB of pasted text)
//   → roles: ['cas'], port: 135 from the first 8,192 characters, each further port=135 there a
//     duplicate, and one link-too-long problem for the rest (its size and its first 40 characters)
import { DEFAULT_STATE, type ViewState, type UrlProblem } from './view-state.ts';
import { formatPortQuery } from '../filters/port-query.ts';
import type { EndpointId } from '../catalog/schema.ts';
import { firstLanguage, type Language } from '../catalog/languages.ts';
import { reviewForView } from './link-review.ts';
import { formatRange } from '../plan/environment.ts';
import { inOrder, LIST_KEYS, SINGLE_KEYS } from './url-values.ts';
import { isPeerKey, peerParams, readPeerKey } from './peer-keys.ts';

/** Every key a link may hold, in the order serialising writes them. */
export const URL_KEYS = [
  'view',
  'text',
  'paper',
  'script',
  'table',
  'role',
  'dir',
  'from',
  'to',
  'port',
  'auth',
  'authin',
  'enc',
  'section',
  'q',
  'sort',
  'open',
  'appendix',
  'rpcrange',
  'rpcca',
  'ab',
  'pfrpc',
  'dagport',
  'anyaddr',
  'lang',
] as const;
export type UrlKey = (typeof URL_KEYS)[number];

type ListKey = keyof typeof LIST_KEYS;
type SingleKey = keyof typeof SINGLE_KEYS;

const isListKey = (key: string): key is ListKey => Object.hasOwn(LIST_KEYS, key);
const isSingleKey = (key: string): key is SingleKey => Object.hasOwn(SINGLE_KEYS, key);

const freshDefaults = (): ViewState => structuredClone(DEFAULT_STATE);

/**
 * The longest link read, in characters of its query as the app writes it: URLSearchParams' form
 * encoding without the `?` (for a link the app made, `location.search` less its `?`; a pasted
 * link counts as the app would write it, `%20` as `+`). The largest view the app can make (every
 * list value, a long search, peers' addresses) fits several times over; the limit is there so
 * that reading and drawing a link stay cheap whatever was pasted (a 1 MB link took 13-28 s).
 */
export const LINK_LIMIT = 8192;

/** The most characters of ignored text the page repeats back, before an ellipsis. */
export const ECHO_LIMIT = 40;

/** `text`, cut to ECHO_LIMIT characters and an ellipsis when longer. */
export const echo = (text: string): string =>
  text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;

/** How many pairs `params` holds (`size` is recent: counted where it is missing). */
const sizeOf = (params: URLSearchParams): number => {
  if (typeof params.size === 'number') return params.size;
  let size = 0;
  params.forEach(() => size++);
  return size;
};

/** A pair's length in the link as the app writes it (`a b` → `a+b`, `の` → `%E3%81%AE`). */
const writtenLength = (key: string, value: string) =>
  new URLSearchParams([[key, value]]).toString().length;

/** The part of a link that is read, and the problem that names the rest (null: read in full). */
type BoundedLink = { params: URLSearchParams; problem: UrlProblem | null };

/**
 * The part of a link that is read: its whole `key=value` pairs within the first LINK_LIMIT
 * characters (cut at a `&`, so no value is read in half), and the problem that names the rest.
 * Only the pairs within the limit, and the one after, are looked at: however long the link, this
 * costs what an 8 KB link costs (`readCount` counts the pairs looked at, for the tests).
 */
export function boundLink(
  params: URLSearchParams,
  readCount: { pairs: number } = { pairs: 0 },
): BoundedLink {
  const kept: [string, string][] = [];
  let length = -1; // no `&` before the first pair
  for (const [key, value] of params) {
    readCount.pairs++;
    // A pair is at least as long written as it is decoded: a long one is over without encoding.
    const over = length + 1 + key.length + 1 + value.length > LINK_LIMIT;
    if (!over) length += 1 + writtenLength(key, value);
    if (over || length > LINK_LIMIT) {
      // The first pair cut off, decoded and shortened: the page names where the cut is.
      const first = `${key.slice(0, ECHO_LIMIT + 1)}=${value.slice(0, ECHO_LIMIT + 1)}`;
      return {
        params: new URLSearchParams(kept),
        problem: {
          key: '',
          value: echo(first),
          reason: 'link-too-long',
          ignored: { values: sizeOf(params) - kept.length },
        },
      };
    }
    kept.push([key, value]);
  }
  return { params, problem: null };
}

/** The view a link asks for, and what in it could not be read. */
type ParsedLink = { state: ViewState; problems: UrlProblem[] };

export const parseUrlState = (link: URLSearchParams): ParsedLink => parseBounded(boundLink(link));

/**
 * What the app reads from its link, bounded once: the view and its problems (as parseUrlState),
 * and the language, the first `lang` within the limit that reads as one (trimmed), or null.
 */
export function readLink(link: URLSearchParams): ParsedLink & { lang: Language | null } {
  const bounded = boundLink(link);
  return { ...parseBounded(bounded), lang: firstLanguage(bounded.params.getAll('lang')) };
}

function parseBounded({ params, problem: cut }: BoundedLink): ParsedLink {
  const state = freshDefaults();
  const problems: UrlProblem[] = cut ? [cut] : [];
  const lists: Record<ListKey, string[]> = { role: [], auth: [], enc: [], section: [] };
  const applied = new Set<string>();

  for (const [key, raw] of params) {
    const report = (reason: UrlProblem['reason']) => problems.push({ key, value: raw, reason });
    const value = raw.trim();
    if (isListKey(key)) {
      // An empty value (`?role=`, as an empty form field sends) means "not set", not a mistake.
      if (value === '') continue;
      const ids: readonly string[] = LIST_KEYS[key];
      if (!ids.includes(value)) report('unknown-value');
      else if (lists[key].includes(value)) report('duplicate');
      else lists[key].push(value);
    } else if (isSingleKey(key)) {
      if (value === '') continue;
      if (applied.has(key)) {
        report('duplicate'); // the first value that could be read wins
        continue;
      }
      const refused = SINGLE_KEYS[key](value, state);
      if (refused) report(refused);
      else applied.add(key);
    } else if (isPeerKey(key)) {
      if (value === '') continue;
      if (applied.has(key)) report('duplicate');
      else {
        applied.add(key);
        const refused = readPeerKey(key, value, state);
        if (refused) report(refused);
      }
    } else {
      report('unknown-key');
    }
  }

  state.roles = inOrder(LIST_KEYS.role, lists.role);
  state.auth = inOrder(LIST_KEYS.auth, lists.auth);
  state.enc = inOrder(LIST_KEYS.enc, lists.enc);
  state.sections = inOrder(LIST_KEYS.section, lists.section);
  const reviewed = reviewForView(params, state, lists.role as EndpointId[], problems);
  return { state: reviewed.state, problems: [...problems, ...reviewed.problems] };
}

/** The link for a view. `lang` is not part of the view: the caller appends it. */
export const serializeUrlState = (state: ViewState): URLSearchParams => {
  const params = new URLSearchParams();
  const add = (key: UrlKey, value: string) => params.append(key, value);
  const addAll = (key: ListKey, values: string[]) => {
    for (const id of inOrder(LIST_KEYS[key], values)) add(key, id);
  };

  if (state.view !== DEFAULT_STATE.view) add('view', state.view);
  if (state.text !== null) add('text', state.text);
  if (state.paper !== DEFAULT_STATE.paper) add('paper', state.paper);
  if (state.script !== DEFAULT_STATE.script) add('script', state.script);
  if (state.table !== DEFAULT_STATE.table) add('table', state.table);
  addAll('role', state.roles);
  if (state.dir !== DEFAULT_STATE.dir) add('dir', state.dir);
  if (state.from !== null) add('from', state.from);
  if (state.to !== null) add('to', state.to);
  if (state.port) add('port', formatPortQuery(state.port));
  addAll('auth', state.auth);
  if (state.authScope !== DEFAULT_STATE.authScope) add('authin', state.authScope);
  addAll('enc', state.enc);
  addAll('section', state.sections);
  const q = state.q.trim();
  if (q !== '') add('q', q);
  if (state.sort) add('sort', `${state.sort.desc ? '-' : ''}${state.sort.column}`);
  if (state.open !== null) add('open', state.open);
  if (state.appendix) add('appendix', '1');
  // The environment: only what differs from the defaults.
  const { env } = state;
  if (env.rpcRange) add('rpcrange', formatRange(env.rpcRange));
  if (env.rpcClientAccess !== null) add('rpcca', `${env.rpcClientAccess}`);
  if (env.addressBook !== null) add('ab', `${env.addressBook}`);
  if (env.publicFolderRpc !== null) add('pfrpc', `${env.publicFolderRpc}`);
  if (env.dagPort !== null) add('dagport', `${env.dagPort}`);
  // The firewall scripts' remote addresses (addresses only: the link never holds a host name).
  for (const [key, value] of peerParams(state.peers)) params.append(key, value);
  if (state.anyAddress) add('anyaddr', '1');
  return params;
};
