import type { SortingState } from '@tanstack/react-table';
import { SORT_COLUMNS, type ViewState, type SortColumn } from '../../view/view-state.ts';

/** URL sort (`sort=-port`) <-> TanStack sorting state (one column at a time). */
export function toSorting(sort: ViewState['sort']): SortingState {
  return sort ? [{ id: sort.column, desc: sort.desc }] : [];
}

export function fromSorting(sorting: SortingState): ViewState['sort'] {
  const first = sorting[0];
  if (!first || !(SORT_COLUMNS as readonly string[]).includes(first.id)) return null;
  return { column: first.id as SortColumn, desc: first.desc };
}
