// A map edge has little room: its ports are written one line per protocol, numbers only
// ("TCP 25, 50636, 50389"), dynamic RPC as a word after the TCP numbers, long lines wrapped.
import { originMark } from '../catalog/origin-marks.ts';
import type { PortEntry } from '../catalog/schema.ts';
import { RPC_ENDPOINT_MAPPER_PORT } from '../filters/port-match.ts';
import { rangeText } from '../filters/port-query.ts';

export interface CompactWords {
  /** "Dynamic RPC": joins the TCP line, since it always goes with TCP 135. */
  dynamicRpc: string;
  /** Ports without a number of their own ("SMB (no port number given)"). */
  nameOf: (entry: PortEntry) => string;
}

const numberText = (entry: PortEntry) =>
  entry.kind === 'rpc-epmap' ? `${RPC_ENDPOINT_MAPPER_PORT}` : rangeText(entry);

/**
 * Adds a number to a protocol's list, marked § (from a note) or ≈ (inferred) unless another
 * path of the same edge reads it from its cell: a mark means no path states it in its cell.
 */
function addNumber(list: string[], entry: PortEntry) {
  const plain = numberText(entry);
  const marked = `${plain}${originMark(entry.origin)}`;
  const at = list.findIndex((token) => token.replace(/[§≈]$/, '') === plain);
  if (at === -1) list.push(marked);
  else if (marked === plain) list[at] = plain;
}

/** IN / OUT as the cell writes them; ⇄ where either end connects. */
const directionText = (entry: PortEntry) =>
  !entry.direction ? '' : entry.direction === 'both' ? '⇄ ' : `${entry.direction.toUpperCase()} `;

const protocolText = (entry: PortEntry) =>
  `${directionText(entry)}${(entry.protocol ?? 'tcp').toUpperCase()}`;

/** Splits "TCP 5060, 5065, 5067, …" after a comma once a line would pass `width` characters. */
function wrap(head: string, tokens: string[], width: number): string[] {
  const lines: string[] = [];
  let line = head;
  for (const token of tokens) {
    const next = line === head ? `${head} ${token}` : `${line}, ${token}`;
    if (next.length > width && line !== head) {
      lines.push(token.startsWith('+') ? line : `${line},`);
      line = `  ${token}`;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** The lines of an edge's label; `width` is in characters. */
export function compactPortLines(entries: PortEntry[], words: CompactWords, width = 28): string[] {
  const byProtocol = new Map<string, string[]>();
  const named: string[] = [];
  let dynamicRpc = false;
  for (const entry of entries) {
    if (entry.kind === 'dynamic-rpc') dynamicRpc = true;
    else if (entry.kind === 'number' || entry.kind === 'rpc-epmap') {
      const list = byProtocol.get(protocolText(entry)) ?? [];
      addNumber(list, entry);
      byProtocol.set(protocolText(entry), list);
    } else {
      const name = `${words.nameOf(entry)}${originMark(entry.origin)}`;
      if (!named.includes(name)) named.push(name);
    }
  }
  if (dynamicRpc)
    byProtocol.set('TCP', [...(byProtocol.get('TCP') ?? []), `+ ${words.dynamicRpc}`]);
  return [
    ...[...byProtocol].flatMap(([protocol, tokens]) =>
      wrap(protocol, tokens, width).map((l) => l.replace(', +', ' +')),
    ),
    ...named,
  ];
}
