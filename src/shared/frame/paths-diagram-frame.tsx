import { useMemo, type ReactNode } from 'react';
import type { Catalog, DataPath } from '../../catalog/schema.ts';
import { useBodyData } from '../../components/use-body-data.ts';
import type { ViewState } from '../../view/view-state.ts';
import { ExplorerLayout } from './explorer-layout.tsx';
import { select } from '../../view/selection.ts';
import { useView } from '../../view/use-view.ts';

/**
 * The explorer's frame (filters, view switch, counts, print) around a drawing of the filtered
 * data paths: the role map and the port matrix. Both are wide, so they print in landscape.
 */
export function PathsDiagramFrame(props: {
  catalog: Catalog;
  title: string;
  children: (shown: { paths: DataPath[]; state: ViewState }) => ReactNode;
}) {
  const { state } = useView();
  useBodyData('print', 'landscape');
  // The one selection: a drawing shows exactly the rows the table would show.
  const selection = useMemo(
    () => select(props.catalog, { ...state, table: 'paths' }),
    [props.catalog, state],
  );
  const paths = selection.paths;
  return (
    <ExplorerLayout
      catalog={props.catalog}
      shownIds={paths.map((p) => p.id)}
      facets={selection.facets}
      total={props.catalog.dataPaths.length}
      title={props.title}
    >
      {props.children({ paths, state })}
    </ExplorerLayout>
  );
}
