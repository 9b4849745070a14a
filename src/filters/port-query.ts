// Reads what people type into the port box (and what the `port` URL key holds) into a PortQuery.
// Lenient on form, strict on numbers: a query that silently meant something else would send an
// administrator to the wrong firewall rule.
import type { PortQuery } from './filter-values.ts';

export type PortQueryProblem = 'port-not-a-number' | 'port-out-of-range' | 'port-reversed';

export type PortQueryResult =
  { ok: true; query: PortQuery } | { ok: false; reason: PortQueryProblem };

const MIN_PORT = 1;
const MAX_PORT = 65535;

// `~` covers the full-width ～ after NFKC; 〜 (wave dash) and – (en dash) survive NFKC, and
// Japanese IMEs and word processors produce them when people mean "to".
const RANGE = /^(\d+)(?:\s*[-~〜–]\s*(\d+))?$/;
const PROTOCOL = /^(tcp|udp)$/;

const fail = (reason: PortQueryProblem): PortQueryResult => ({ ok: false, reason });

/** Splits `udp/3343` or `3343/udp` into protocol and range text; null when neither side is one. */
const splitProtocol = (text: string): { protocol: 'tcp' | 'udp' | null; range: string } | null => {
  const parts = text.split('/').map((part) => part.trim());
  if (parts.length === 1) return { protocol: null, range: text };
  if (parts.length !== 2) return null;
  const [left = '', right = ''] = parts;
  if (PROTOCOL.test(left)) return { protocol: left as 'tcp' | 'udp', range: right };
  if (PROTOCOL.test(right)) return { protocol: right as 'tcp' | 'udp', range: left };
  return null;
};

export const parsePortQuery = (text: string): PortQueryResult => {
  // NFKC first: full-width digits, letters, slash and tilde all fold to ASCII.
  const normalized = text.normalize('NFKC').trim().toLowerCase();
  const split = splitProtocol(normalized);
  if (!split) return fail('port-not-a-number');
  const match = RANGE.exec(split.range);
  if (!match) return fail('port-not-a-number');
  // Number() of a long digit run is a huge (or infinite) number, never NaN: caught by the range.
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  const inRange = (n: number) => n >= MIN_PORT && n <= MAX_PORT;
  if (!inRange(from) || !inRange(to)) return fail('port-out-of-range');
  if (from > to) return fail('port-reversed');
  return { ok: true, query: { protocol: split.protocol, from, to } };
};

/** A port or a range as written everywhere in the app: `443`, `5060-5070`. */
export const rangeText = (range: { from: number | null; to: number | null }): string =>
  range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`;

/** The canonical form used in links: `443`, `5060-5070`, `udp/3343`, `tcp/5060-5070`. */
export const formatPortQuery = (query: PortQuery): string =>
  query.protocol ? `${query.protocol}/${rangeText(query)}` : rangeText(query);
