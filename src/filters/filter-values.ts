// The values a filter takes, shared by the pure filters, the drawings, the exports and the view
// state (which combines them with what only the page needs: view, sort, open row).

/** Which catalog text a cheat sheet prints: one language, or both side by side. */
export const SHEET_TEXTS = ['ja', 'en', 'both'] as const;
export type SheetText = (typeof SHEET_TEXTS)[number];

export const DIRECTIONS = ['any', 'in', 'out'] as const;
/** in: the role is the destination of the path; out: the role is its source. */
export type Direction = (typeof DIRECTIONS)[number];

export const AUTH_SCOPES = ['any', 'default', 'supported'] as const;
export type AuthScope = (typeof AUTH_SCOPES)[number];

export const ENCRYPTION_CLASSES = ['default', 'optional', 'none'] as const;
/** default: encrypted by default; optional: supported but off by default; none: not supported. */
export type EncryptionClass = (typeof ENCRYPTION_CLASSES)[number];

/** A port query: one port or an inclusive range, optionally restricted to a protocol. */
export interface PortQuery {
  protocol: 'tcp' | 'udp' | null;
  from: number;
  to: number;
}
