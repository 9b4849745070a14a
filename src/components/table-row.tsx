import { Fragment, memo, type ReactNode } from 'react';
import type { Row, RowData } from '@tanstack/react-table';
import type { ExplorerFeatures } from './table-features.ts';

export interface RowRendering<TData extends RowData & { id: string }> {
  /**
   * Everything besides the row and its open state that changes what this row's cells show
   * (language, which of its ports match, ...). A row re-renders only when its key, the row or its
   * open state changes, so a keystroke re-renders only the rows it really changes.
   */
  renderKey: (row: TData) => string;
  /** The disclosure button's label ("Details"): given, so a row needs no i18next hook of its own. */
  detailsLabel: string;
  columnIds: string[];
  /**
   * The column headers, one per column id: on a narrow screen, where each row is drawn as a card,
   * every cell shows its column's name before its value (styles/table.css, `data-label`).
   */
  columnLabels: string[];
  openId: string | null;
  onToggleRow: (id: string) => void;
  renderDetail: (row: TData) => ReactNode;
  renderCell: (row: Row<ExplorerFeatures, TData>, columnId: string) => ReactNode;
}

/** One table row with its disclosure button, and its detail row below when open. */
function TableRowInner<TData extends RowData & { id: string }>(
  props: RowRendering<TData> & {
    row: Row<ExplorerFeatures, TData>;
    measureRow?: (node: HTMLTableRowElement | null) => void;
    index?: number;
  },
) {
  const { row, measureRow, index, columnIds, openId, onToggleRow, renderCell, renderDetail } =
    props;
  const id = row.original.id;
  const open = openId === id;
  const detailId = `detail-${id}`;
  return (
    <Fragment>
      <tr
        ref={measureRow}
        data-index={index}
        id={`row-${id}`}
        className="border-t border-slate-200 align-top dark:border-slate-700"
        data-row-id={id}
      >
        <td className="p-1.5 print:hidden" data-col="open">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? detailId : undefined}
            onClick={() => onToggleRow(id)}
            className="inline-flex h-7 min-w-7 items-center justify-center rounded border border-slate-400 leading-none dark:border-slate-500"
          >
            <span aria-hidden="true">{open ? '−' : '+'}</span>
            <span className="sr-only">
              {props.detailsLabel}: {id}
            </span>
          </button>
        </td>
        {columnIds.map((columnId, i) => (
          <td
            key={columnId}
            className="p-1.5"
            data-col={columnId}
            data-label={props.columnLabels[i]}
          >
            {renderCell(row, columnId)}
          </td>
        ))}
      </tr>
      {open && (
        <tr id={detailId} className="bg-slate-50 dark:bg-slate-800/60" data-detail-row="">
          <td colSpan={columnIds.length + 1} className="p-3">
            {renderDetail(row.original)}
          </td>
        </tr>
      )}
    </Fragment>
  );
}

type TableRowProps<TData extends RowData & { id: string }> = Parameters<
  typeof TableRowInner<TData>
>[0];

export const TableRow = memo(
  TableRowInner,
  (a, b) =>
    a.row.original === b.row.original &&
    a.renderKey(a.row.original) === b.renderKey(b.row.original) &&
    (a.openId === a.row.original.id) === (b.openId === b.row.original.id) &&
    a.detailsLabel === b.detailsLabel &&
    a.index === b.index &&
    a.measureRow === b.measureRow &&
    a.columnIds.join() === b.columnIds.join() &&
    a.columnLabels.join() === b.columnLabels.join(),
) as <TData extends RowData & { id: string }>(props: TableRowProps<TData>) => ReactNode;
