import { useTranslation } from 'react-i18next';
import type { FirewallRule } from '../../catalog/schema.ts';
import type { SheetRow } from './sheet-model.ts';
import { SheetPortsCell } from './sheet-ports-cell.tsx';
import { BreakAtDots } from './sheet-programs.tsx';
import { SheetRefs } from './sheet-refs.tsx';
import { SheetTable } from './sheet-table.tsx';

export function SheetRulesTable(props: { heading: string; rows: SheetRow<FirewallRule>[] }) {
  const { t } = useTranslation(['sheet', 'explorer', 'labels']);
  return (
    <SheetTable
      heading={props.heading}
      columns={[
        { label: t('sheet:columns.ports'), className: 'w-[24%]' },
        { label: t('sheet:columns.rule'), className: 'w-[33%]' },
        { label: t('sheet:columns.program') },
        { label: t('sheet:columns.refs'), className: 'w-[12%]' },
      ]}
    >
      {props.rows.map(({ row, noteMarks, errataMarks }) => (
        <tr key={row.id} data-row-id={row.id}>
          <SheetPortsCell ports={row.ports} />
          <td className="sheet-keep font-mono text-[7.5pt]">{row.source.ja.name}</td>
          <td className="sheet-keep font-mono text-[7.5pt]">
            {row.program ? <BreakAtDots text={row.program} /> : t('labels:anyProgram')}
          </td>
          <td>
            <SheetRefs noteMarks={noteMarks} errataMarks={errataMarks} id={row.id} />
          </td>
        </tr>
      ))}
    </SheetTable>
  );
}
