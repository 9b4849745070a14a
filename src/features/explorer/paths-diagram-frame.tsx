import { useMemo, type ReactNode } from 'react';
import type { Catalog, DataPath } from '../../catalog/schema.ts';
import { useBodyData } from '../../components/use-body-data.ts';
import type { ExplorerState } from '../../filters/explorer-state.ts';
import type { Language } from '../../i18n/resources.ts';
import { ExplorerLayout } from './explorer-layout.tsx';
import { usePathsTable } from './use-explorer-table.ts';
import { useExplorerState } from './use-explorer-state.ts';

/**
 * The explorer's frame (filters, view switch, counts, print) around a drawing of the filtered
 * data paths: the role map and the port matrix. Both are wide, so they print in landscape.
 */
export function PathsDiagramFrame(props: {
  catalog: Catalog;
  language: Language;
  lang: string | null;
  title: string;
  children: (shown: { paths: DataPath[]; state: ExplorerState }) => ReactNode;
}) {
  const { state, problems, update } = useExplorerState();
  useBodyData('print', 'landscape');
  const table = usePathsTable(props.catalog, state, update, props.language);
  // The filtering is the table's: a drawing shows exactly the rows the table would show.
  const rows = table.getRowModel().rows;
  const paths = useMemo(() => rows.map((r) => r.original), [rows]);
  return (
    <ExplorerLayout
      catalog={props.catalog}
      lang={props.lang}
      state={state}
      problems={problems}
      update={update}
      table={table}
      total={props.catalog.dataPaths.length}
      title={props.title}
    >
      {props.children({ paths, state })}
    </ExplorerLayout>
  );
}
