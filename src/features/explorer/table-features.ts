// The TanStack Table features both explorer tables use: filtering (column + the free-text global
// filter), sorting and faceted counts. Filter and sort functions are our own pure ones, passed
// per column, so no built-in function is bundled.
import {
  columnFacetingFeature,
  columnFilteringFeature,
  columnVisibilityFeature,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';

export interface ExplorerColumnMeta {
  /** Header cell class, e.g. a width. */
  className?: string;
}

export const explorerFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  columnFacetingFeature,
  columnVisibilityFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
  columnMeta: metaHelper<ExplorerColumnMeta>(),
});

export type ExplorerFeatures = typeof explorerFeatures;
