// Column definitions of the data-path table (sorting only; the selection filters). The cells
// themselves are rendered by features/explorer/path-cells.tsx.
import { createColumnHelper } from '@tanstack/react-table';
import type { DataPath, EndpointId } from '../../catalog/schema.ts';
import { SECTION_IDS } from '../../catalog/ids.ts';
import type { Language } from '../../catalog/languages.ts';
import type { ExplorerFeatures } from '../../components/table-features.ts';
import { encryptionClassOf } from '../../filters/encryption-match.ts';
import { portColumnOptions, portSortValue } from './port-column.ts';
import { sortByValue } from './sort-values.ts';

const column = createColumnHelper<ExplorerFeatures, DataPath>();

/**
 * Each column's share of the table. The path takes what the others leave; a column never gets
 * narrower than its longest word (the table lays out automatically), so in Japanese, which
 * breaks anywhere, these shares are what keeps a column from one character per line.
 */
const WIDTH = {
  section: '7%',
  from: '11%',
  to: '11%',
  port: '16%',
  auth: '14%',
  encryption: '15%',
} as const;

export function pathColumns(opts: {
  language: Language;
  endpointLabel: (id: EndpointId) => string;
}) {
  return column.columns([
    column.accessor((p) => SECTION_IDS.indexOf(p.section) * 100 + p.order, {
      id: 'section',
      sortFn: sortByValue,
      meta: { width: WIDTH.section },
    }),
    column.accessor((p) => p.source[opts.language].path, { id: 'path', sortFn: sortByValue }),
    column.accessor((p) => opts.endpointLabel(p.from), {
      id: 'from',
      sortFn: sortByValue,
      meta: { width: WIDTH.from },
    }),
    column.accessor((p) => opts.endpointLabel(p.to), {
      id: 'to',
      sortFn: sortByValue,
      meta: { width: WIDTH.to },
    }),
    column.accessor(portSortValue, { ...portColumnOptions(), meta: { width: WIDTH.port } }),
    column.accessor((p) => p.auth.default.join(' '), {
      id: 'auth',
      enableSorting: false,
      meta: { width: WIDTH.auth },
    }),
    column.accessor((p) => encryptionClassOf(p.encryption), {
      id: 'encryption',
      enableSorting: false,
      meta: { width: WIDTH.encryption },
    }),
  ]);
}
