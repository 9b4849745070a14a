// The answer above the table: when the view asks about one role, one pair or one port, the
// distinct openings of the port plan (plan/port-plan.ts), not a list of rows. Copyable as plain
// text for a chat or a ticket, and as a change-request table.
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoizeT } from '../../i18n/memoize-t.ts';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { copyText, saveFile } from '../../components/save-file.ts';
import { planCsv, planMarkdown } from '../../exports/plan-export.ts';
import { usePlanExportWords } from './use-plan-export-words.ts';
import type { Plan, PlanQuery } from '../../plan/plan-types.ts';
import { planLines } from '../../plan/plan-text.ts';
import { EntryRow } from './plan-entry-row.tsx';
import { formatPortQuery } from '../../filters/port-query.ts';
import { usePlanWords } from '../../shared/use-plan-words.ts';

function useHeading() {
  const { t } = useTranslation(['explorer', 'labels']);
  const name = (id: string | null) =>
    id ? t(`labels:endpoint.${id}` as 'labels:endpoint.hub') : t('explorer:pair.any');
  return (query: PlanQuery): string => {
    switch (query.kind) {
      case 'role':
        return t(query.dir === 'in' ? 'explorer:answer.roleIn' : 'explorer:answer.roleOut', {
          role: name(query.role),
        });
      case 'pair':
        return t('explorer:answer.pair', { from: name(query.from), to: name(query.to) });
      case 'port':
        return t('explorer:answer.port', { port: formatPortQuery(query.port).toUpperCase() });
    }
  };
}

const ANSWER_COLUMNS = ['ports', 'who', 'encryption', 'programs', 'behind'] as const;

function PlanBlock(props: { plan: Plan; catalog: Catalog }) {
  const { t: translate } = useTranslation('explorer');
  // The rows ask for the same few words (column names, marks): each is translated once.
  const t = useMemo(() => memoizeT(translate), [translate]);
  const words = usePlanWords();
  const heading = useHeading()(props.plan.query);
  const { plan } = props;
  // Built when copied, not on every render.
  const text = () => [heading, ...planLines(plan.entries, words)].join('\n');
  return (
    <div className="space-y-2" data-plan={plan.query.kind}>
      <h3 className="font-semibold">{heading}</h3>
      {plan.entries.length === 0 ? (
        <p>{t('answer.none')}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={heading}>
          <table className="w-full border-collapse text-sm max-sm:block">
            <thead className="text-left max-sm:hidden">
              <tr>
                {ANSWER_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="p-1">
                    {t(`answer.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {plan.entries.map((entry) => (
                <EntryRow
                  key={entry.key}
                  entry={entry}
                  words={words}
                  catalog={props.catalog}
                  t={t}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.query.kind === 'port' && (
        <p className="text-sm" data-testid="port-rules">
          {plan.portRules.length > 0
            ? t('answer.portRules', { rules: plan.portRules.map((r) => r.name).join(', ') })
            : t('answer.noPortRule')}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-2 print:hidden">
        <CopyButton
          text={text}
          label={t('answer.copyText')}
          copied={t('answer.copied')}
          failed={t('answer.copyFailed')}
        />
      </p>
    </div>
  );
}

/**
 * One block per plan (a role with "either direction" has two: in and out). Memoised, and given
 * the language rather than reading the view, so that while the deferred plans have not moved on
 * a keystroke does not draw the answer again.
 */
export const PlanAnswer = memo(function PlanAnswer(props: {
  plans: Plan[];
  catalog: Catalog;
  language: Language;
}) {
  const { t } = useTranslation(['explorer', 'plan']);
  const words = usePlanExportWords(props.catalog, props.language);
  const [status, setStatus] = useState('');
  if (props.plans.length === 0) return null;
  const copyMarkdown = () =>
    void copyText(planMarkdown(props.plans, words)).then((ok) =>
      setStatus(t(ok ? 'explorer:answer.copied' : 'explorer:answer.copyFailed')),
    );
  const downloadCsv = () => {
    const name = 'exchange-2010-port-plan.csv';
    // planCsv starts with its own byte order mark.
    saveFile(name, planCsv(props.plans, words), 'text/csv');
    setStatus(t('plan:export.downloaded', { name }));
  };
  return (
    <section
      aria-labelledby="answer-heading"
      className="plan-answer space-y-4 rounded border border-slate-400 p-3 dark:border-slate-500"
      data-testid="plan-answer"
    >
      <h2 id="answer-heading" className="text-lg font-semibold">
        {t('explorer:answer.heading')}
      </h2>
      {props.plans.map((plan) => (
        <PlanBlock key={JSON.stringify(plan.query)} plan={plan} catalog={props.catalog} />
      ))}
      <p className="flex flex-wrap items-center gap-2 print:hidden">
        <button
          type="button"
          onClick={copyMarkdown}
          className="rounded border border-slate-500 px-3 py-1"
        >
          {t('plan:export.copyMarkdown')}
        </button>
        <button
          type="button"
          onClick={downloadCsv}
          className="rounded border border-slate-500 px-3 py-1"
        >
          {t('plan:export.downloadCsv')}
        </button>
        <span role="status" className="text-sm">
          {status}
        </span>
      </p>
      <p className="text-xs">{t('explorer:answer.legend')}</p>
    </section>
  );
});
