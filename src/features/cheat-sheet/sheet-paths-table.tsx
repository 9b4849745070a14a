import { useTranslation } from 'react-i18next';
import type { DataPath } from '../../catalog/schema.ts';
import type { SheetText } from '../../filters/explorer-state.ts';
import type { SheetRow } from './sheet-model.ts';
import { SheetPortsCell } from './sheet-ports-cell.tsx';
import { SheetEncryption } from './sheet-encryption.tsx';
import { SheetRefs } from './sheet-refs.tsx';
import { SheetTextCell } from './sheet-text.tsx';

/** One direction of a role's data paths. Ports come first and are the largest text. */
export function SheetPathsTable(props: {
  heading: string;
  rows: SheetRow<DataPath>[];
  other: 'from' | 'to';
  text: SheetText;
}) {
  const { t } = useTranslation(['sheet', 'explorer', 'labels']);
  return (
    <section className="sheet-section">
      <h2 className="sheet-h2">{props.heading}</h2>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col" className="w-[27%]">
              {t('sheet:columns.ports')}
            </th>
            <th scope="col" className="w-[13%]">
              {t(`sheet:columns.${props.other}`)}
            </th>
            <th scope="col">{t('sheet:columns.path')}</th>
            <th scope="col" className="w-[13%]">
              {t('sheet:columns.auth')}
            </th>
            <th scope="col" className="w-[12%]">
              {t('sheet:columns.encryption')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ row, noteMarks, errataMarks }) => (
            <tr key={row.id} data-row-id={row.id}>
              <SheetPortsCell ports={row.ports} />
              <td>{t(`labels:endpoint.${row[props.other]}`)}</td>
              <td>
                <SheetTextCell ja={row.source.ja.path} en={row.source.en.path} text={props.text} />
                <SheetRefs noteMarks={noteMarks} errataMarks={errataMarks} id={row.id} />
              </td>
              <td>{row.auth.default.map((id) => t(`labels:auth.${id}`)).join(', ')}</td>
              <td>
                <SheetEncryption encryption={row.encryption} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
