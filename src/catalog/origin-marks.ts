// The marks for a value not read from its own cell: § a note gives it, ≈ we inferred it; and ⊘
// for a path where the source says a firewall is not supported. The same marks stand in the
// table, the details, the map, the matrix, the sheet, the exports and the scripts.
import type { Provenance } from './schema.ts';

export const SYMBOL = { note: '§', inferred: '≈' } as const;

export const UNSUPPORTED_MARK = '⊘';

/** '' for a value read from its cell, else its mark. */
export const originMark = (origin: Provenance): string =>
  origin.source === 'cell' ? '' : SYMBOL[origin.source];
