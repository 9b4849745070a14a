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
  /** Header cell class. */
  className?: string;
  /**
   * The column's share of a wide table (a CSS width, e.g. '20%'). When the columns give one, the
   * table lays out fixed: its columns keep these shares whatever their content, and long text
   * wraps inside them instead of widening the table past the screen.
   */
  width?: string;
}

export const explorerFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: metaHelper<ExplorerColumnMeta>(),
});

export type ExplorerFeatures = typeof explorerFeatures;
