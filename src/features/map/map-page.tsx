import { useLandscapePrint } from '../../components/use-landscape-print.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../i18n/resources.ts';
import { ExplorerLayout } from '../explorer/explorer-layout.tsx';
import { usePathsTable } from '../explorer/use-explorer-table.ts';
import { useExplorerState } from '../explorer/use-explorer-state.ts';
import { RoleMapFigure } from './role-map-figure.tsx';

/** `?view=map` (+ any explorer filter): the explorer's frame and filters around the role map. */
export function MapPage(props: { catalog: Catalog; language: Language; lang: string | null }) {
  const { t } = useTranslation('explorer');
  const { state, problems, update } = useExplorerState();
  useLandscapePrint();
  const table = usePathsTable(props.catalog, state, update, props.language);
  // The filtering is the table's: the map highlights exactly the rows the table would show.
  const rows = table.getRowModel().rows;
  const matchingIds = useMemo(() => new Set(rows.map((r) => r.original.id)), [rows]);
  return (
    <ExplorerLayout
      {...props}
      state={state}
      problems={problems}
      update={update}
      table={table}
      total={props.catalog.dataPaths.length}
      title={t('tables.map')}
    >
      <RoleMapFigure
        catalog={props.catalog}
        matchingIds={matchingIds}
        state={state}
        language={props.language}
        lang={props.lang}
      />
    </ExplorerLayout>
  );
}
