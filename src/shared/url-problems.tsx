import { useTranslation } from 'react-i18next';
import type { UrlProblem } from '../view/view-state.ts';

export type ShownProblem = UrlProblem | { key: 'open'; value: string; reason: 'unknown-row' };

/** Says which parts of a pasted link were ignored; the rest of the view still applies. */
export function UrlProblems({ problems }: { problems: ShownProblem[] }) {
  const { t } = useTranslation(['explorer', 'labels']);
  // The view, table or role a message names, in the page language.
  const detailOf = (p: ShownProblem) => {
    if (!('detail' in p) || !p.detail) return '';
    return p.reason === 'one-role'
      ? t(`labels:endpoint.${p.detail}` as 'labels:endpoint.hub')
      : t(`explorer:tables.${p.detail}` as 'explorer:tables.paths');
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
        {problems.map((p, i) => (
          <li key={i} className="break-all">
            {t(`explorer:problems.${p.reason}`, {
              key: p.key,
              value: p.value,
              detail: detailOf(p),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
