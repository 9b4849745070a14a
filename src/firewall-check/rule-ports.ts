// Ports as the checker compares them (check-rules.ts): what an opening needs (numbers, RPC =
// the dynamic range in effect or the RPC keyword, the endpoint mapper = its keyword or 135) and
// what a rule's port tokens cover, as unions of ranges.
import type { PortRange } from '../plan/environment.ts';
import type { PortToken } from './server-rules.ts';
import type { PortText } from './findings.ts';

export type Need =
  { kind: 'range'; from: number; to: number } | { kind: 'rpc' } | { kind: 'epmap' };

export const EPMAP = 135;

export const needOf = (port: string): Need => {
  if (port === 'RPC') return { kind: 'rpc' };
  if (port === 'RPCEPMap') return { kind: 'epmap' };
  const [from = 0, to = from] = port.split('-').map(Number);
  return { kind: 'range', from, to };
};

const KEYWORDS = new Map<string, string>();

/** RPC, RPC-EPMap, RPCEPMap… lower case without hyphens: "rpc", "rpcepmap". */
export const keywordOf = (token: PortToken): string | null => {
  if (token.kind !== 'keyword') return null;
  let keyword = KEYWORDS.get(token.keyword);
  if (keyword === undefined) {
    keyword = token.keyword.toLowerCase().replaceAll('-', '');
    if (KEYWORDS.size < 1000) KEYWORDS.set(token.keyword, keyword);
  }
  return keyword;
};

/** The numbers a need stands for: the dynamic range in effect for RPC, 135 for the mapper. */
export const needRange = (need: Need, rpc: PortRange): PortRange =>
  need.kind === 'rpc' ? rpc : need.kind === 'epmap' ? { from: EPMAP, to: EPMAP } : need;

export const tokenRanges = (tokens: PortToken[]): PortRange[] =>
  tokens.flatMap((t) =>
    t.kind === 'any' ? [{ from: 0, to: 65535 }] : t.kind === 'range' ? [t] : [],
  );

/** Whether the union of ranges holds every port of the range. */
function rangesCover(ranges: PortRange[], wanted: PortRange): boolean {
  let next = wanted.from;
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    if (r.from > next) break;
    if (r.to >= next) next = r.to + 1;
    if (next > wanted.to) return true;
  }
  return next > wanted.to;
}

/** Whether the tokens (of one rule or several) cover the need. */
export function portsCover(tokens: PortToken[], need: Need, rpc: PortRange): boolean {
  const keywords = tokens.map(keywordOf);
  if (need.kind === 'rpc' && keywords.includes('rpc')) return true;
  if (need.kind === 'epmap' && keywords.includes('rpcepmap')) return true;
  return rangesCover(tokenRanges(tokens), needRange(need, rpc));
}

export const intersects = (a: PortRange, b: PortRange) => a.from <= b.to && b.from <= a.to;

export function portOverlaps(token: PortToken, need: Need, rpc: PortRange): boolean {
  if (token.kind === 'any') return true;
  const keyword = keywordOf(token);
  if (keyword === 'rpc') return need.kind === 'rpc';
  if (keyword === 'rpcepmap')
    return (
      need.kind === 'epmap' ||
      (need.kind === 'range' && intersects(need, needRange({ kind: 'epmap' }, rpc)))
    );
  if (token.kind !== 'range') return false;
  // A single port in the dynamic range (the DAG's 64327) is not dynamic RPC; a range is.
  if (need.kind === 'rpc') return token.from < token.to && intersects(token, rpc);
  return intersects(token, needRange(need, rpc));
}

export const portText = (token: PortToken): PortText =>
  token.kind === 'any'
    ? 'any'
    : token.kind === 'keyword'
      ? token.keyword
      : token.from === token.to
        ? `${token.from}`
        : `${token.from}-${token.to}`;

/** The ranges of `ranges` outside every range of `needed`. */
export function outside(ranges: PortRange[], needed: PortRange[]): PortRange[] {
  const sorted = [...needed].sort((a, b) => a.from - b.from);
  return ranges.flatMap((r) => {
    const out: PortRange[] = [];
    let from = r.from;
    for (const n of sorted) {
      if (n.to < from || n.from > r.to) continue;
      if (n.from > from) out.push({ from, to: n.from - 1 });
      from = Math.max(from, n.to + 1);
    }
    if (from <= r.to) out.push({ from, to: r.to });
    return out;
  });
}
