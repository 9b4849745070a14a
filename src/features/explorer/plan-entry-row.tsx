// One opening of the answer panel's table (plan-answer.tsx): ports, who connects to whom,
// encryption, Setup's programs, and the paths and notes behind it.
import type { TFunction } from 'i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { PlanEntry } from '../../plan/plan-types.ts';
import { endsText, entryPortsWithServices, type PlanWords } from '../../plan/plan-text.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';

/** "Bin\Store.exe" → "Store.exe": the program names, short enough for the table. */
const fileName = (program: string) => program.split('\\').at(-1) ?? program;

/** On a phone each row reads as a card: its cell names shown beside the values. */
const CELL = 'p-1 max-sm:block max-sm:p-0.5';

function CellName(props: { name: string }) {
  return <span className="font-sans font-semibold sm:hidden">{props.name}: </span>;
}

/** The translate function is given: the block's, which remembers each answer (memoizeT). */
export function EntryRow(props: {
  entry: PlanEntry;
  words: PlanWords;
  catalog: Catalog;
  t: TFunction<'explorer'>;
}) {
  const { entry, words, t } = props;
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
