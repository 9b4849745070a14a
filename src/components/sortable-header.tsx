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
