import { useTranslation } from 'react-i18next';
import { echo, LINK_LIMIT } from '../view/url-state.ts';
import type { UrlProblem } from '../view/view-state.ts';

export type ShownProblem = UrlProblem | { key: 'open'; value: string; reason: 'unknown-row' };

/** The problems of one kind shown one by one; the rest of that kind is one line with a count. */
const SHOWN_PER_KIND = 3;

type Line = { problem: ShownProblem } | { more: number; key: string; reason: string };

/** Problems of one kind: the same reason and key (unknown keys: the same reason, any key). */
const kindOf = (p: ShownProblem) =>
  p.reason === 'unknown-key' ? p.reason : `${p.reason} ${p.key}`;

/**
 * The lines of the list, in the order of the problems: a link that repeats a key a thousand times
 * reads as three lines and "port: 997 more values ignored", not a thousand lines.
 */
function linesOf(problems: readonly ShownProblem[]): Line[] {
  const total = new Map<string, number>();
  for (const p of problems) total.set(kindOf(p), (total.get(kindOf(p)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const lines: Line[] = [];
  for (const p of problems) {
    const kind = kindOf(p);
    const index = seen.get(kind) ?? 0;
    seen.set(kind, index + 1);
    if (index >= SHOWN_PER_KIND) continue;
    lines.push({ problem: p });
    const all = total.get(kind) ?? 0;
    if (index === SHOWN_PER_KIND - 1 && all > SHOWN_PER_KIND)
      lines.push({ more: all - SHOWN_PER_KIND, key: p.key, reason: p.reason });
  }
  return lines;
}

/** One formatter per language: making one is slow (toLocaleString makes one each call). */
const formats = new Map<string, Intl.NumberFormat>();
const numberFormat = (language: string) => {
  const known = formats.get(language);
  if (known) return known;
  const format = new Intl.NumberFormat(language);
  formats.set(language, format);
  return format;
};

/** Says which parts of a pasted link were ignored; the rest of the view still applies. */
export function UrlProblems({ problems }: { problems: ShownProblem[] }) {
  const { t, i18n } = useTranslation(['explorer', 'labels']);
  const number = (n: number) => numberFormat(i18n.language).format(n);
  // The view, table or role a message names, in the page language.
  const detailOf = (p: ShownProblem) => {
    if (!('detail' in p) || !p.detail) return '';
    return p.reason === 'one-role'
      ? t(`labels:endpoint.${p.detail}` as 'labels:endpoint.hub')
      : t(`explorer:tables.${p.detail}` as 'explorer:tables.paths');
  };
  // A key or value is repeated only in part: the link may hold kilobytes of it.
  const text = (line: Line) => {
    if ('more' in line)
      return line.reason === 'unknown-key'
        ? t('explorer:problems.moreKeys', { count: line.more, number: number(line.more) })
        : t('explorer:problems.more', {
            count: line.more,
            number: number(line.more),
            key: echo(line.key),
          });
    const p = line.problem;
    if (p.reason === 'link-too-long')
      return t('explorer:problems.link-too-long', {
        count: p.ignored?.values ?? 0,
        values: number(p.ignored?.values ?? 0),
        limit: number(LINK_LIMIT),
        value: echo(p.value),
      });
    return t(`explorer:problems.${p.reason}`, {
      key: echo(p.key),
      value: echo(p.value),
      detail: detailOf(p),
    });
  };
  if (problems.length === 0) return null;
  return (
    <section
      role="status"
      aria-labelledby="url-problems-heading"
      className="rounded border-2 border-amber-700 bg-amber-50 p-3 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="url-problems-heading" className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t('explorer:problems.heading')}
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {linesOf(problems).map((line, i) => (
          <li key={i} className="wrap-anywhere">
            {text(line)}
          </li>
        ))}
      </ul>
    </section>
  );
}
