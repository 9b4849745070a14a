import { useMemo } from 'react';
import { select } from '../../view/selection.ts';
import type { Catalog } from '../../catalog/schema.ts';
import { PathsView } from './paths-view.tsx';
import { RulesView } from './rules-view.tsx';
import { useView } from '../../view/use-view.ts';

/** The explorer: the view state comes from the link; one of the two tables is shown. */
export function ExplorerPage(props: { catalog: Catalog }) {
  const { state } = useView();
  // The one selection: rows and facet counts for this state, computed once per change.
  const selection = useMemo(() => select(props.catalog, state), [props.catalog, state]);
  const view = { catalog: props.catalog, selection };
  return state.table === 'paths' ? <PathsView {...view} /> : <RulesView {...view} />;
}
