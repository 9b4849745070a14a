// The explorer's view state. The URL is its only store: see url-state.ts for the keys.
import type { AuthId, EndpointId, SectionId } from '../catalog/schema.ts';

/**
 * What the page shows: the explorer tables, a role's printable cheat sheet, the role map, the port
 * matrix, or a role's firewall and connectivity-check scripts.
 */
export const VIEWS = ['explorer', 'sheet', 'map', 'matrix', 'scripts'] as const;
export type ViewId = (typeof VIEWS)[number];

/** Which catalog text a cheat sheet prints: one language, or both side by side. */
export const SHEET_TEXTS = ['ja', 'en', 'both'] as const;
export type SheetText = (typeof SHEET_TEXTS)[number];

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/**
 * Which script the scripts view shows: Windows Firewall rules (PowerShell or netsh) for the role
 * and direction, or connectivity checks of its outbound paths (Test-NetConnection or PortQry).
 */
export const SCRIPT_KINDS = ['powershell', 'netsh', 'test', 'portqry'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];

export const TABLES = ['paths', 'rules'] as const;
export type TableId = (typeof TABLES)[number];

export const DIRECTIONS = ['any', 'in', 'out'] as const;
/** in: the role is the destination of the path; out: the role is its source. */
export type Direction = (typeof DIRECTIONS)[number];

export const AUTH_SCOPES = ['any', 'default', 'supported'] as const;
export type AuthScope = (typeof AUTH_SCOPES)[number];

export const ENCRYPTION_CLASSES = ['default', 'optional', 'none'] as const;
/** default: encrypted by default; optional: supported but off by default; none: not supported. */
export type EncryptionClass = (typeof ENCRYPTION_CLASSES)[number];

export const SORT_COLUMNS = ['section', 'path', 'from', 'to', 'port', 'name', 'roles'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** A port query: one port or an inclusive range, optionally restricted to a protocol. */
export interface PortQuery {
  protocol: 'tcp' | 'udp' | null;
  from: number;
  to: number;
}

export interface ExplorerState {
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
}

export const DEFAULT_STATE: ExplorerState = {
  view: 'explorer',
  text: null,
  paper: 'a4',
  script: 'powershell',
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
    | 'duplicate';
}
