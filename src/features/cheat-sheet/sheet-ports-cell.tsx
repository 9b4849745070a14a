import { useTranslation } from 'react-i18next';
import type { PortEntry } from '../../catalog/schema.ts';
import { originMark } from '../../catalog/origin-marks.ts';
import { sheetPortText } from './sheet-port-text.ts';

/** The ports of one sheet row, protocol first, in the sheet's largest type. */
export function SheetPortsCell({ ports }: { ports: PortEntry[] }) {
  const { t } = useTranslation('explorer');
  return (
    <td>
      <ul className="sheet-ports">
        {ports.map((p, i) => (
          <li key={i}>
            {sheetPortText(p, t)}
            {originMark(p.origin)}
          </li>
        ))}
      </ul>
    </td>
  );
}
