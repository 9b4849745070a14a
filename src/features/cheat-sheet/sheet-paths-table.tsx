import { useTranslation } from 'react-i18next';
import type { DataPath } from '../../catalog/schema.ts';
import type { SheetText } from '../../filters/filter-values.ts';
import { originMark } from '../../catalog/origin-marks.ts';
import { isUnsupportedFirewallRow } from '../../catalog/support-statement.ts';
import { UnsupportedMark } from '../../shared/unsupported-mark.tsx';
import type { SheetRow } from './sheet-model.ts';
import { SheetPortsCell } from './sheet-ports-cell.tsx';
import { SheetEncryption } from './sheet-encryption.tsx';
import { SheetRefs } from './sheet-refs.tsx';
import { SheetTable } from './sheet-table.tsx';
import { SheetTextCell } from './sheet-text.tsx';

/** One direction of a role's data paths (appendix). Ports come first and are the largest text. */
export function SheetPathsTable(props: {
  heading: string;
  rows: SheetRow<DataPath>[];
  /** The other end; 'both' for paths between two servers of the role, listed once. */
  other: 'from' | 'to' | 'both';
  text: SheetText;
}) {
  const { t } = useTranslation(['sheet', 'explorer', 'labels']);
  return (
    <SheetTable
      heading={props.heading}
      columns={[
        { label: t('sheet:columns.ports'), className: 'w-[27%]' },
        { label: t(`sheet:columns.${props.other}`), className: 'w-[13%]' },
        { label: t('sheet:columns.path') },
        { label: t('sheet:columns.auth'), className: 'w-[13%]' },
        { label: t('sheet:columns.encryption'), className: 'w-[12%]' },
      ]}
    >
      {props.rows.map(({ row, noteMarks, errataMarks }) => (
        <tr key={row.id} data-row-id={row.id}>
          <SheetPortsCell ports={row.ports} />
          <td>
            {props.other === 'both' ? (
              <>
                {t(`labels:endpoint.${row.from}`)}
                {originMark(row.ends.from)} ↔ {t(`labels:endpoint.${row.to}`)}
                {originMark(row.ends.to)}
              </>
            ) : (
              <>
                {t(`labels:endpoint.${row[props.other]}`)}
                {originMark(row.ends[props.other])}
              </>
            )}
          </td>
          <td>
            <SheetTextCell ja={row.source.ja.path} en={row.source.en.path} text={props.text} />
            {isUnsupportedFirewallRow(row) && (
              <UnsupportedMark label={t('explorer:marks.unsupported')} />
            )}
            <SheetRefs noteMarks={noteMarks} errataMarks={errataMarks} id={row.id} />
          </td>
          <td>{row.auth.default.map((id) => t(`labels:auth.${id}`)).join(', ')}</td>
          <td>
            <SheetEncryption encryption={row.encryption} />
          </td>
        </tr>
      ))}
    </SheetTable>
  );
}
