// A matrix cell and a map label write the plan of their pair: one entry a line, as the plan
// text writes it (plan/plan-text.ts), marked when it runs against the pair's arrow, and wrapped
// for the map's narrow labels. The words come in as parameters.
//
//   ocs>cas  → ['TCP 5075-5077 (…)', '← TCP 5061']      (the CAS connects out on 5061)
//   mailbox>ad, width 22 → ['TCP 53, 88, 389, 3268', 'TCP 135 +', '  49152-65535 (dynamic)≈', …]
import type { EndpointId } from '../catalog/schema.ts';
import type { Plan, PlanEntry } from '../plan/plan-types.ts';
import { entryPairText, entryPortsText, type PlanWords } from '../plan/plan-text.ts';

/** How an entry runs against a pair drawn from → to. */
export type Way = 'forward' | 'reverse' | 'both';

/** ← the destination connects to the source; ⇄ either end connects. */
export const WAY_MARK: Record<Way, string> = { forward: '', reverse: '← ', both: '⇄ ' };

export interface Pair {
  from: EndpointId;
  to: EndpointId;
}

export function wayOf(entry: PlanEntry, pair: Pair): Way {
  if (pair.from === pair.to) return 'forward';
  const forward = entry.from.includes(pair.from) && entry.to.includes(pair.to);
  const reverse = entry.from.includes(pair.to) && entry.to.includes(pair.from);
  if (forward && reverse) return 'both';
  return reverse ? 'reverse' : 'forward';
}

/** A break after the way mark would strand it. */
const GLUED = /^(?:←|⇄) $/;

/**
 * The pieces a line may break between: after a space or an ideographic comma, never inside a
 * port range ("49152-65535"), after the way mark, nor before the "+" of the RPC pair. Each piece
 * keeps its trailing space, so the pieces joined are the line.
 *
 *   "⇄ TCP 135 + 49152-65535 (dynamic)≈" → ["⇄ TCP ", "135 + ", "49152-65535 ", "(dynamic)≈"]
 */
export function lineTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const token of text.split(/(?<=[ 、])/)) {
    const last = tokens.at(-1);
    if (last !== undefined && (GLUED.test(last) || token === '+ '))
      tokens[tokens.length - 1] = last + token;
    else tokens.push(token);
  }
  return tokens;
}

/** Width in Latin characters: a Japanese character takes about two. */
const columns = (text: string): number =>
  [...text].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

/**
 * Splits a line after a space or an ideographic comma once it would pass `width` columns;
 * a continuation line is indented by two spaces. A single longer word stays whole.
 */
export function wrapLine(text: string, width: number): string[] {
  const tokens = lineTokens(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.trim() !== '' && columns((line + token).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = `  ${token}`;
    } else line += token;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** The lines of a pair's plan; `width` in columns (a table cell wraps itself: Infinity). */
export const pairLines = (plan: Plan, pair: Pair, words: PlanWords, width = Infinity): string[] =>
  plan.entries.flatMap((entry) =>
    wrapLine(`${WAY_MARK[wayOf(entry, pair)]}${entryPortsText(entry, words)}`, width),
  );

/**
 * Items joined for reading aloud, without empty items: a blank item is left out and an item's
 * own trailing separator is not doubled ("143," + "993" → "143, 993", never "143,, 993").
 */
export function joinSpoken(items: readonly string[], separator: string): string {
  const mark = separator.trim();
  return items
    .map((item) => item.trim())
    .filter((item) => item !== '' && item !== mark)
    .map((item, i, all) =>
      i < all.length - 1 && mark !== '' && item.endsWith(mark) ? item.slice(0, -mark.length) : item,
    )
    .join(separator);
}

/**
 * A label's wrapped lines as one text to read: a continuation line (indented) goes on after a
 * space (none after 、), each entry apart by "; ". The wrap never reads as an empty list item.
 */
export function linesSpoken(lines: readonly string[]): string {
  const entries: string[] = [];
  for (const line of lines) {
    const last = entries.length - 1;
    const previous = entries[last];
    // After an ideographic comma a Japanese line goes on without a space.
    if (line.startsWith('  ') && previous !== undefined)
      entries[last] = `${previous}${previous.endsWith('、') ? '' : ' '}${line.trim()}`;
    else entries.push(line);
  }
  return joinSpoken(entries, '; ');
}

export interface SpokenWords extends PlanWords {
  /** "either end connects". */
  bothWays: string;
}

/**
 * The plan read aloud (a map arrow's accessible name): entries apart by "; ", an entry against
 * the arrow naming who connects to whom, and no wrapping.
 */
export const pairSpoken = (plan: Plan, pair: Pair, words: SpokenWords): string =>
  joinSpoken(
    plan.entries.map((entry) => {
      const way = wayOf(entry, pair);
      const ports = entryPortsText(entry, words);
      if (way === 'both') return `${ports} (${words.bothWays})`;
      return way === 'reverse' ? `${ports} (${entryPairText(entry, words)})` : ports;
    }),
    '; ',
  );
