// The answer above the table: when the view asks about one role, one pair or one port, the
// distinct openings of the port plan (plan/port-plan.ts), not a list of rows. Copyable as plain
// text for a chat or a ticket, and as a change-request table.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import { copyText, saveFile } from '../../components/save-file.ts';
import { planCsv, planMarkdown } from '../../exports/plan-export.ts';
import { usePlanExportWords } from './use-plan-export-words.ts';
import type { Plan, PlanEntry, PlanQuery } from '../../plan/plan-types.ts';
import {
  endsText,
  entryPortsWithServices,
  planLines,
  type PlanWords,
} from '../../plan/plan-text.ts';
import { formatPortQuery } from '../../filters/port-query.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';
import { usePlanWords } from '../../shared/use-plan-words.ts';

/** "Bin\Store.exe" → "Store.exe": the program names, short enough for the table. */
const fileName = (program: string) => program.split('\\').at(-1) ?? program;

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

/** On a phone each row reads as a card: its cell names shown beside the values. */
const CELL = 'p-1 max-sm:block max-sm:p-0.5';

function CellName(props: { name: string }) {
  return <span className="font-sans font-semibold sm:hidden">{props.name}: </span>;
}

function EntryRow(props: { entry: PlanEntry; words: PlanWords; catalog: Catalog }) {
  const { t } = useTranslation('explorer');
  const { entry, words } = props;
  return (
    <tr className="border-t border-slate-300 align-top max-sm:block max-sm:py-2 dark:border-slate-600">
      <td className={`${CELL} font-mono`}>
        <CellName name={t('answer.columns.ports')} />
        {entryPortsWithServices(entry, words)}
      </td>
      <td className={CELL}>
        <CellName name={t('answer.columns.who')} />
        {endsText(entry.from, words)} {words.arrow} {endsText(entry.to, words)}
        {entry.endsDerived && (
          <abbr title={t('answer.endsDerived')} className="ml-1 no-underline">
            <span aria-hidden="true">≈</span>
            <span className="sr-only">({t('answer.endsDerived')})</span>
          </abbr>
        )}
        {entry.unsupported && <UnsupportedMark label={t('marks.unsupported')} />}
      </td>
      <td className={CELL}>
        <CellName name={t('answer.columns.encryption')} />
        <span aria-hidden="true">{ENCRYPTION_MARK[entry.encryption]} </span>
        {words.encryption(entry.encryption)}
      </td>
      <td className={`${CELL} text-xs`}>
        <CellName name={t('answer.columns.programs')} />
        {entry.programs.length > 0
          ? entry.programs.map(fileName).join(', ')
          : entry.rules.length > 0
            ? t('answer.rulesWithoutProgram', { count: entry.rules.length })
            : t('answer.noRule')}
      </td>
      <td className={`${CELL} text-xs`}>
        <CellName name={t('answer.columns.behind')} />
        {entry.fromEnvironment
          ? t('answer.fromEnvironment')
          : t('answer.paths', { count: entry.pathIds.length })}
        {entry.noteIds.length > 0 && (
          <>
            {' · '}
            {t('answer.notes', { ids: entry.noteIds.join(', ') })}
          </>
        )}
      </td>
    </tr>
  );
}

function PlanBlock(props: { plan: Plan; catalog: Catalog }) {
  const { t } = useTranslation('explorer');
  const words = usePlanWords();
  const heading = useHeading()(props.plan.query);
  const [status, setStatus] = useState('');
  const { plan } = props;
  const text = [heading, ...planLines(plan.entries, words)].join('\n');
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
                <EntryRow key={entry.key} entry={entry} words={words} catalog={props.catalog} />
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
        <button
          type="button"
          onClick={() =>
            void copyText(text).then((ok) =>
              setStatus(t(ok ? 'answer.copied' : 'answer.copyFailed')),
            )
          }
          className="rounded border border-slate-500 px-3 py-1"
        >
          {t('answer.copyText')}
        </button>
        <span role="status" className="text-sm">
          {status}
        </span>
      </p>
    </div>
  );
}

/**
 * One block per plan (a role with "either direction" has two: in and out). Memoised, so that
 * while the deferred plans have not moved on, a keystroke does not draw the answer again.
 */
export const PlanAnswer = memo(function PlanAnswer(props: { plans: Plan[]; catalog: Catalog }) {
  const { t } = useTranslation(['explorer', 'plan']);
  const words = usePlanExportWords(props.catalog);
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
      className="space-y-4 rounded border border-slate-400 p-3 dark:border-slate-500"
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
