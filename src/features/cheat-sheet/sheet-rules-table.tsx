import { useTranslation } from 'react-i18next';
import type { FirewallRule } from '../../catalog/schema.ts';
import type { SheetRow } from './sheet-model.ts';
import { SheetPortsCell } from './sheet-ports-cell.tsx';
import { SheetRefs } from './sheet-refs.tsx';

export function SheetRulesTable(props: { heading: string; rows: SheetRow<FirewallRule>[] }) {
  const { t } = useTranslation(['sheet', 'explorer', 'labels']);
  return (
    <section className="sheet-section">
      <h2 className="sheet-h2">{props.heading}</h2>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col" className="w-[30%]">
              {t('sheet:columns.ports')}
            </th>
            <th scope="col">{t('sheet:columns.rule')}</th>
            <th scope="col">{t('sheet:columns.program')}</th>
            <th scope="col">{t('sheet:columns.refs')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ row, noteMarks, errataMarks }) => (
            <tr key={row.id} data-row-id={row.id}>
              <SheetPortsCell ports={row.ports} />
              <td className="font-mono text-[7.5pt] break-all">{row.source.ja.name}</td>
              <td className="font-mono text-[7.5pt] break-all">
                {row.program ?? t('labels:anyProgram')}
              </td>
              <td>
                <SheetRefs noteMarks={noteMarks} errataMarks={errataMarks} id={row.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
