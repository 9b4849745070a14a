import type { Row, RowData } from '@tanstack/react-table';
import type { ExplorerFeatures } from './table-features.ts';
import { TableRow, type RowRendering } from './table-row.tsx';
import { useRowWindow } from './use-row-window.ts';

/**
 * The body of a very large table (a catalog many times the real one): only the rows near the
 * viewport are in the page, with spacer rows keeping the scroll height. Loaded on demand, so
 * the virtualiser costs nothing for the real catalog.
 */
export function WindowedBody<TData extends RowData & { id: string }>(
  props: RowRendering<TData> & { rows: Row<ExplorerFeatures, TData>[] },
) {
  const [bodyRef, view] = useRowWindow(props.rows.length);
  const spacer = (height: number) =>
    height > 0 ? (
      <tr aria-hidden="true">
        <td colSpan={props.columnIds.length + 1} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  return (
    <tbody ref={bodyRef}>
      {spacer(view.paddingTop)}
      {view.indexes.flatMap((index) => {
        const row = props.rows[index];
        return row
          ? [<TableRow key={row.id} {...props} row={row} measureRow={view.measure} index={index} />]
          : [];
      })}
      {spacer(view.paddingBottom)}
    </tbody>
  );
}
