import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column, Header, RowData, SortDirection } from '@tanstack/react-table';
import type { ExplorerFeatures } from './table-features.ts';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header: a button that cycles the sort, and aria-sort saying the current one. */
export function SortableHeader<TData extends RowData>(props: {
  header: Header<ExplorerFeatures, TData, unknown>;
  label: string;
}) {
  const { column } = props.header;
  // Read here, handed down as values: the cell is drawn again only when one of them changes.
  return (
    <HeaderCell
      column={column as Column<ExplorerFeatures, RowData, unknown>}
      label={props.label}
      width={column.columnDef.meta?.width}
      canSort={column.getCanSort()}
      sorted={column.getIsSorted()}
      next={column.getNextSortingOrder()}
    />
  );
}

const HeaderCell = memo(function HeaderCell(props: {
  column: Column<ExplorerFeatures, RowData, unknown>;
  label: string;
  width: string | undefined;
  canSort: boolean;
  sorted: false | SortDirection;
  next: false | SortDirection;
}) {
  const { t } = useTranslation('explorer');
  const { column, sorted, next } = props;
  const cell = { scope: 'col', style: { width: props.width }, 'data-col': column.id } as const;
  if (!props.canSort) {
    return (
      <th {...cell} className="p-1.5 font-semibold" data-sortable="false">
        {props.label}
      </th>
    );
  }
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
        // The handler is asked for at the click: it reads the table's sorting of that moment.
        onClick={(event) => column.getToggleSortingHandler()?.(event)}
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
});
