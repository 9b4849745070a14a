// Every view's state: what the page shows and how it is filtered. The URL is its only store:
// see url-state.ts for the keys.
import type { AuthId, EndpointId, SectionId } from '../catalog/schema.ts';
import type {
  AuthScope,
  Direction,
  EncryptionClass,
  PortQuery,
  SheetText,
} from '../filters/filter-values.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import { NO_PEER_ADDRESSES, type PeerAddresses } from '../firewall-scripts/remote-addresses.ts';

/**
 * What the page shows: the explorer tables, a role's printable cheat sheet, the role map, the port
 * matrix, a role's firewall and connectivity-check scripts, or the check of a server's firewall
 * rules against the plan (the pasted rules are never part of the view: they stay in the page).
 */
export const VIEWS = ['explorer', 'sheet', 'map', 'matrix', 'scripts', 'check'] as const;
export type ViewId = (typeof VIEWS)[number];

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/**
 * Which script the scripts view shows: Windows Firewall rules (PowerShell or netsh) for the role
 * and direction, or connectivity checks of its outbound paths (a TCP check for PowerShell 2.0, or PortQry).
 */
export const SCRIPT_KINDS = ['netsh', 'powershell', 'test', 'portqry'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

export const TABLES = ['paths', 'rules'] as const;
export type TableId = (typeof TABLES)[number];

export const SORT_COLUMNS = ['section', 'path', 'from', 'to', 'port', 'name', 'roles'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface ViewState {
  view: ViewId;
  /** Cheat sheet text; null follows the page language. */
  text: SheetText | null;
  paper: Paper;
  script: ScriptKind;
  table: TableId;
  roles: EndpointId[];
  dir: Direction;
  /** One source-destination pair (a matrix cell): paths from `from` to `to`. */
  from: EndpointId | null;
  to: EndpointId | null;
  port: PortQuery | null;
  auth: AuthId[];
  authScope: AuthScope;
  enc: EncryptionClass[];
  sections: SectionId[];
  q: string;
  sort: { column: SortColumn; desc: boolean } | null;
  open: string | null;
  /** The administrator's ports (static RPC ports, RPC range, DAG port): see plan/environment.ts. */
  env: Environment;
  /** The cheat sheet's appendix: the full rows, Setup's rules and the notes (off by default). */
  appendix: boolean;
  /** Firewall scripts: the remote addresses of each kind of peer (see remote-addresses.ts). */
  peers: PeerAddresses;
  /** Firewall scripts: rules whose peers have no addresses open to any address (with a warning). */
  anyAddress: boolean;
}

export const DEFAULT_STATE: ViewState = {
  view: 'explorer',
  text: null,
  paper: 'a4',
  script: 'netsh',
  table: 'paths',
  roles: [],
  dir: 'any',
  from: null,
  to: null,
  port: null,
  auth: [],
  authScope: 'any',
  enc: [],
  sections: [],
  q: '',
  sort: null,
  open: null,
  env: DEFAULT_ENVIRONMENT,
  appendix: false,
  peers: NO_PEER_ADDRESSES,
  anyAddress: false,
};

/** A value in the link that was ignored, with why; shown to the user in their language. */
export interface UrlProblem {
  key: string;
  value: string;
  reason:
    | 'unknown-key'
    | 'unknown-value'
    | 'port-not-a-number'
    | 'port-out-of-range'
    | 'port-reversed'
    | 'duplicate'
    | 'not-for-view'
    | 'not-for-table'
    | 'one-role'
    | 'env-not-a-port'
    | 'env-reserved-port'
    | 'env-not-a-range'
    | 'not-an-address'
    | 'link-too-long';
  /** For not-for-view / not-for-table: the view or table; for one-role: the role shown. */
  detail?: string;
  /**
   * For link-too-long: how many key=value pairs were cut off the end of the link (`value` is the
   * first of them, shortened: the page never echoes more than a few words of a pasted link).
   */
  ignored?: { values: number };
}
