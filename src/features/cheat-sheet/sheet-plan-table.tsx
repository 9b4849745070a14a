import { useTranslation } from 'react-i18next';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';
import { usePlanWords } from '../../shared/use-plan-words.ts';
import { endsText } from '../../plan/plan-text.ts';
import { markRanges } from './sheet-footnote-numbers.ts';
import type { PlanSheetRow } from './sheet-plan.ts';
import { SheetPlanPorts } from './sheet-plan-ports.tsx';
import { SheetPrograms } from './sheet-programs.tsx';
import { SheetTable } from './sheet-table.tsx';

/** A peer read from a note or inferred, for one of the entry's paths (`endsDerived`). */
export const PEER_DERIVED_MARK = '†';

/** One direction of the role's port plan: one row per opening, ports first and bold. */
export function SheetPlanTable(props: {
  heading: string;
  rows: PlanSheetRow[];
  /** The other end: who connects (inbound) or who listens (outbound). */
  peer: 'from' | 'to';
}) {
  const { t } = useTranslation(['sheet', 'explorer']);
  const words = usePlanWords();
  return (
    <SheetTable
      heading={props.heading}
      className="sheet-plan"
      columns={[
        { label: t('sheet:planColumns.ports'), className: 'w-[29%]' },
        { label: t(`sheet:planColumns.${props.peer}`), className: 'w-[17%]' },
        { label: t('sheet:planColumns.encryption'), className: 'w-[9%]' },
        { label: t('sheet:planColumns.auth'), className: 'w-[16%]' },
        { label: t('sheet:planColumns.programs'), className: 'w-[19%]' },
        { label: t('sheet:planColumns.notes') },
      ]}
    >
      {props.rows.map(({ entry, marks }) => (
        <tr key={entry.key} data-entry-key={entry.key}>
          <td className="sheet-plan-ports">
            <SheetPlanPorts entry={entry} words={words} />
          </td>
          <td>
            {endsText(entry[props.peer], words)}
            {entry.endsDerived && (
              <abbr title={t('sheet:peersDerived')} className="no-underline">
                <span aria-hidden="true">{PEER_DERIVED_MARK}</span>
                <span className="sr-only"> ({t('sheet:peersDerived')})</span>
              </abbr>
            )}
          </td>
          <td data-encryption={entry.encryption}>
            <span aria-hidden="true">{ENCRYPTION_MARK[entry.encryption]} </span>
            <span className="sr-only">{t(`explorer:enc.${entry.encryption}`)}</span>
            <span aria-hidden="true">{t(`sheet:encShort.${entry.encryption}`)}</span>
          </td>
          <td>{entry.auth.map((id) => t(`sheet:authShort.${id}`)).join(words.list)}</td>
          <td className="sheet-programs">
            <SheetPrograms programs={entry.programs} list={words.list} />
          </td>
          <td className="sheet-marks">
            {entry.unsupported && <UnsupportedMark label={t('explorer:marks.unsupported')} />}
            {marks.length > 0 && (
              <>
                <span aria-hidden="true">[{markRanges(marks)}]</span>
                <span className="sr-only">
                  {t('sheet:footnoteMarks', { marks: markRanges(marks) })}
                </span>
              </>
            )}
          </td>
        </tr>
      ))}
    </SheetTable>
  );
}
