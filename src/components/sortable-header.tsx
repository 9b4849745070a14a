import { useTranslation } from 'react-i18next';
import type { Header, RowData } from '@tanstack/react-table';
import type { ExplorerFeatures } from './table-features.ts';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header: a button that cycles the sort, and aria-sort saying the current one. */
export function SortableHeader<TData extends RowData>(props: {
  header: Header<ExplorerFeatures, TData, unknown>;
  label: string;
}) {
  const { t } = useTranslation('explorer');
  const { column } = props.header;
  const sorted = column.getIsSorted();
  const cell = {
    scope: 'col',
    style: { width: column.columnDef.meta?.width },
    'data-col': column.id,
  } as const;
  if (!column.getCanSort()) {
    return (
      <th {...cell} className="p-1.5 font-semibold" data-sortable="false">
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
    <th {...cell} aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className="px-1 py-0.5">
      <button
        type="button"
        onClick={column.getToggleSortingHandler()}
        title={t(action, { column: props.label })}
        className="inline-flex min-h-7 items-center gap-1 rounded px-0.5 text-left font-semibold underline-offset-2 hover:underline print:hidden"
      >
        {props.label}
        <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
      </button>
      {/* Printed instead of the button: Chromium leaves buttons out of headers repeated on later
          pages, and the sort mark is a control. */}
      <span className="hidden font-semibold print:inline">{props.label}</span>
    </th>
  );
}
