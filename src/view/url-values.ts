// How each `url-state.ts` key reads one value. Kept apart from the parsing loop so that each
// key's rules (which ids, which forms) can be read in one place.
import { AUTH_IDS, ENDPOINT_IDS, SECTION_IDS } from '../catalog/ids.ts';
import {
  PAPERS,
  SCRIPT_KINDS,
  SORT_COLUMNS,
  TABLES,
  VIEWS,
  type ViewState,
  type UrlProblem,
} from './view-state.ts';
import {
  AUTH_SCOPES,
  DIRECTIONS,
  ENCRYPTION_CLASSES,
  SHEET_TEXTS,
} from '../filters/filter-values.ts';
import { isLanguage } from '../catalog/languages.ts';
import { parsePortQuery } from '../filters/port-query.ts';
import { readRpcRange, readStaticPort, type EnvironmentProblem } from '../plan/environment.ts';

export type Reason = UrlProblem['reason'];

/** Same rule as the catalog's row ids: the link never has to escape an id. */
export const ROW_ID = /^[a-z0-9-]+$/;

const isOneOf = <T extends string>(ids: readonly T[], value: string): value is T =>
  (ids as readonly string[]).includes(value);

/** Reads one value into the draft state; returns why it was refused, or null when it applied. */
type ReadSingle = (value: string, draft: ViewState) => Reason | null;

const choose =
  <T extends string>(ids: readonly T[], set: (draft: ViewState, id: T) => void): ReadSingle =>
  (value, draft) => {
    if (!isOneOf(ids, value)) return 'unknown-value';
    set(draft, value);
    return null;
  };

const ENV_REASON: Record<EnvironmentProblem, Reason> = {
  'not-a-port': 'env-not-a-port',
  'reserved-port': 'env-reserved-port',
  'not-a-range': 'env-not-a-range',
};

/** A static port of the environment (`rpcca=59532`). */
const staticPort =
  (key: 'rpcClientAccess' | 'addressBook' | 'publicFolderRpc' | 'dagPort'): ReadSingle =>
  (value, draft) => {
    const port = readStaticPort(value);
    if (typeof port === 'string') return ENV_REASON[port];
    draft.env = { ...draft.env, [key]: port };
    return null;
  };

/**
 * Keys that hold one value. The defaults (`table=paths`, `dir=any`, `authin=any`, `script=powershell`) are accepted
 * when written out, though serialising leaves them out.
 */
export const SINGLE_KEYS = {
  view: choose(VIEWS, (d, id) => (d.view = id)),
  text: choose(SHEET_TEXTS, (d, id) => (d.text = id)),
  paper: choose(PAPERS, (d, id) => (d.paper = id)),
  script: choose(SCRIPT_KINDS, (d, id) => (d.script = id)),
  table: choose(TABLES, (d, id) => (d.table = id)),
  dir: choose(DIRECTIONS, (d, id) => (d.dir = id)),
  from: choose(ENDPOINT_IDS, (d, id) => (d.from = id)),
  to: choose(ENDPOINT_IDS, (d, id) => (d.to = id)),
  port: (value, draft) => {
    const result = parsePortQuery(value);
    if (!result.ok) return result.reason;
    draft.port = result.query;
    return null;
  },
  authin: choose(AUTH_SCOPES, (d, id) => (d.authScope = id)),
  q: (value, draft) => {
    draft.q = value;
    return null;
  },
  sort: (value, draft) => {
    // `port` sorts ascending, `-port` descending.
    const desc = value.startsWith('-');
    const column = desc ? value.slice(1) : value;
    if (!isOneOf(SORT_COLUMNS, column)) return 'unknown-value';
    draft.sort = { column, desc };
    return null;
  },
  open: (value, draft) => {
    // Not checked against the catalog here: the page says "no such row" itself.
    if (!ROW_ID.test(value)) return 'unknown-value';
    draft.open = value;
    return null;
  },
  rpcrange: (value, draft) => {
    const range = readRpcRange(value);
    if (typeof range === 'string') return ENV_REASON[range];
    draft.env = { ...draft.env, rpcRange: range };
    return null;
  },
  rpcca: staticPort('rpcClientAccess'),
  ab: staticPort('addressBook'),
  pfrpc: staticPort('publicFolderRpc'),
  dagport: staticPort('dagPort'),
  anyaddr: (value, draft) => {
    if (value !== '1' && value !== '0') return 'unknown-value';
    draft.anyAddress = value === '1';
    return null;
  },
  appendix: (value, draft) => {
    if (value !== '1' && value !== '0') return 'unknown-value';
    draft.appendix = value === '1';
    return null;
  },
  // `lang` is read by the i18n code, never into the state; here it is only checked.
  lang: (value) => (isLanguage(value) ? null : 'unknown-value'),
} satisfies Record<string, ReadSingle>;

/** Keys that may repeat, each with its ids in the order links list them. */
export const LIST_KEYS = {
  role: ENDPOINT_IDS,
  auth: AUTH_IDS,
  enc: ENCRYPTION_CLASSES,
  section: SECTION_IDS,
} as const;

/** The ids of `ids` that were picked, in the order of `ids`: one view, one link. */
export const inOrder = <T extends string>(ids: readonly T[], picked: Iterable<string>): T[] => {
  const set = new Set(picked);
  return ids.filter((id) => set.has(id));
};
