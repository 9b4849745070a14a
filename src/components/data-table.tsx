import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Header, Row, RowData, Table } from '@tanstack/react-table';
import type { ExplorerFeatures } from '../features/explorer/table-features.ts';

interface DataTableProps<TData extends RowData & { id: string }> {
  table: Table<ExplorerFeatures, TData>;
  caption: string;
  openId: string | null;
  onToggleRow: (id: string) => void;
  renderDetail: (row: TData) => ReactNode;
  renderCell: (row: Row<ExplorerFeatures, TData>, columnId: string) => ReactNode;
  headerLabel: (columnId: string) => string;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Renders a TanStack table: sortable headers with aria-sort, rows that open to a detail row. */
export function DataTable<TData extends RowData & { id: string }>(props: DataTableProps<TData>) {
  const { t } = useTranslation('explorer');
  const { table } = props;
  const columns = table.getVisibleLeafColumns();
  return (
    <div
      className="relative overflow-x-auto rounded border print:overflow-visible border-slate-300 dark:border-slate-600"
      tabIndex={0}
      role="region"
      aria-label={props.caption}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-slate-100 text-left dark:bg-slate-800">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th scope="col" className="w-10 p-2 print:hidden">
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
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const open = props.openId === row.original.id;
            const detailId = `detail-${row.original.id}`;
            return (
              <Fragment key={row.id}>
                <tr
                  id={`row-${row.original.id}`}
                  className="border-t border-slate-200 align-top dark:border-slate-700"
                  data-row-id={row.original.id}
                >
                  <td className="p-2 print:hidden">
                    <button
                      type="button"
                      aria-expanded={open}
                      aria-controls={open ? detailId : undefined}
                      onClick={() => props.onToggleRow(row.original.id)}
                      className="rounded border border-slate-400 px-1.5 leading-5 dark:border-slate-500"
                    >
                      <span aria-hidden="true">{open ? '−' : '+'}</span>
                      <span className="sr-only">
                        {t('columns.details')}: {row.original.id}
                      </span>
                    </button>
                  </td>
                  {columns.map((column) => (
                    <td key={column.id} className="p-2">
                      {props.renderCell(row, column.id)}
                    </td>
                  ))}
                </tr>
                {open && (
                  <tr id={detailId} className="bg-slate-50 dark:bg-slate-800/60">
                    <td colSpan={columns.length + 1} className="p-3">
                      {props.renderDetail(row.original)}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SortableHeader<TData extends RowData>(props: {
  header: Header<ExplorerFeatures, TData, unknown>;
  label: string;
}) {
  const { t } = useTranslation('explorer');
  const { column } = props.header;
  const sorted = column.getIsSorted();
  if (!column.getCanSort()) {
    return (
      <th scope="col" className="p-2 font-semibold">
        {props.label}
      </th>
    );
  }
  const next = column.getNextSortingOrder();
  const action =
    next === 'asc'
      ? 'columns.sortAscending'
      : next === 'desc'
        ? 'columns.sortDescending'
        : 'columns.sortNone';
  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className="p-2">
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        title={t(action, { column: props.label })}
        className="inline-flex items-center gap-1 font-semibold underline-offset-2 hover:underline"
      >
        {props.label}
        <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
      </button>
    </th>
  );
}
