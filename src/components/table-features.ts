// The TanStack Table features both explorer tables use: sorting, column visibility and column
// meta. Filtering is not TanStack's: the view layer's selection filters once, for every view, and
// the tables are given the rows it kept (and the facet counts beside them).
import {
  columnVisibilityFeature,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';

export interface ExplorerColumnMeta {
  /** Header cell class, e.g. a width. */
  className?: string;
}

export const explorerFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: metaHelper<ExplorerColumnMeta>(),
});

export type ExplorerFeatures = typeof explorerFeatures;
