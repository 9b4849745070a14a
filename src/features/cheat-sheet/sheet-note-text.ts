// Short note text for the sheet's footnotes: the first sentence, cut to a width so the page fits.
//
//   firstSentence('RPC traffic is always encrypted. It uses …', 'en') → 'RPC traffic is always encrypted.'
//   truncateToWidth('ハブ トランスポート サーバー間のすべてのトラフィックは…', 20) → 'ハブ トランスポート…'
import type { Language } from '../../catalog/languages.ts';

/** East Asian wide and full-width characters: they take about two Latin letters of width. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const widthOf = (ch: string) => (WIDE.test(ch) ? 2 : 1);

/** Width in Latin letters: a Japanese character counts two. */
export const displayWidth = (text: string): number =>
  [...text].reduce((width, ch) => width + widthOf(ch), 0);

/** A period that ends "e.g." or "i.e." ends no sentence. */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|No)$/i;
/** End of an English sentence: . ! or ? (and a closing quote or bracket), space, then a capital. */
const EN_END = /[.!?]["”’')\]]*(?=\s+["“‘'([]?[A-Z0-9])/g;

/** The sentences of a note, each with its end mark; Japanese ends at 。, English at ". X". */
export function sentences(text: string, lang: Language): string[] {
  const trimmed = text.trim();
  if (lang === 'ja')
    return trimmed
      .split(/(?<=。)/u)
      .map((s) => s.trim())
      .filter(Boolean);
  const out: string[] = [];
  let start = 0;
  for (const match of trimmed.matchAll(EN_END)) {
    const end = match.index + match[0].length;
    if (ABBREVIATION.test(trimmed.slice(start, match.index))) continue;
    out.push(trimmed.slice(start, end).trim());
    start = end;
  }
  const rest = trimmed.slice(start).trim();
  return rest ? [...out, rest] : out;
}

export const firstSentence = (text: string, lang: Language): string =>
  sentences(text, lang)[0] ?? '';

/**
 * The text cut to `max` (display width, ellipsis included) with "…". English is cut at a word
 * boundary when one is near, never inside a word; Japanese may be cut anywhere.
 */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let kept = '';
  let width = 0;
  for (const ch of text) {
    if (width + widthOf(ch) > max - 1) break;
    kept += ch;
    width += widthOf(ch);
  }
  const cutInWord = /\w$/u.test(kept) && /^\w/u.test(text.slice(kept.length));
  const space = kept.lastIndexOf(' ');
  if (cutInWord && space > kept.length / 2) kept = kept.slice(0, space);
  return `${kept.replace(/[\s,、，:;(（「[]+$/u, '')}…`;
}
