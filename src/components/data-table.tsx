import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row, RowData, Table } from '@tanstack/react-table';
import type { ExplorerFeatures } from './table-features.ts';
import { SortableHeader } from './sortable-header.tsx';
import { TableRow } from './table-row.tsx';
import type { WindowedBody as WindowedBodyComponent } from './windowed-body.tsx';

/** Up to this many rows the table renders them all (print, find-in-page and tests see every row). */
export const RENDER_ALL_UP_TO = 400;

// Generic components lose their type parameter through lazy(); the cast restores it.
const WindowedBody = lazy(() =>
  import('./windowed-body.tsx').then((m) => ({ default: m.WindowedBody })),
) as unknown as typeof WindowedBodyComponent;

interface DataTableProps<TData extends RowData & { id: string }> {
  table: Table<ExplorerFeatures, TData>;
  /** See RowRendering.renderKey: what besides the row changes its cells. */
  renderKey: (row: TData) => string;
  caption: string;
  openId: string | null;
  onToggleRow: (id: string) => void;
  renderDetail: (row: TData) => ReactNode;
  renderCell: (row: Row<ExplorerFeatures, TData>, columnId: string) => ReactNode;
  headerLabel: (columnId: string) => string;
}

/**
 * Renders a TanStack table: sortable headers with aria-sort, rows that open to a detail row.
 * On a wide screen the columns keep the shares their definitions give (meta.width) and long text
 * wraps inside them; below 48rem each row is drawn as a card (styles/table.css).
 */
export function DataTable<TData extends RowData & { id: string }>(props: DataTableProps<TData>) {
  const { t } = useTranslation('explorer');
  const { table } = props;
  const rows = table.getRowModel().rows;
  const columnIds = table.getVisibleLeafColumns().map((c) => c.id);
  const rendering = {
    renderKey: props.renderKey,
    detailsLabel: t('columns.details'),
    columnIds,
    columnLabels: columnIds.map(props.headerLabel),
    openId: props.openId,
    onToggleRow: props.onToggleRow,
    renderDetail: props.renderDetail,
    renderCell: props.renderCell,
  };
  const allRows = (upTo: number) => (
    <tbody>
      {rows.slice(0, upTo).map((row) => (
        <TableRow key={row.id} {...rendering} row={row} />
      ))}
    </tbody>
  );
  return (
    <div
      className="relative overflow-x-auto rounded border border-slate-300 print:overflow-visible dark:border-slate-600"
      tabIndex={0}
      role="region"
      aria-label={props.caption}
    >
      <table className="data-table w-full border-collapse text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-slate-100 text-left dark:bg-slate-800">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col" className="w-10 p-1.5 print:hidden" data-col="open">
                <span className="sr-only">{t('columns.details')}</span>
              </th>
              {group.headers.map((header) => (
                <SortableHeader
                  key={header.id}
                  header={header}
                  label={props.headerLabel(header.column.id)}
                />
              ))}
            </tr>
          ))}
        </thead>
        {rows.length <= RENDER_ALL_UP_TO ? (
          allRows(rows.length)
        ) : (
          <Suspense fallback={allRows(50)}>
            <WindowedBody {...rendering} rows={rows} />
          </Suspense>
        )}
      </table>
    </div>
  );
}
