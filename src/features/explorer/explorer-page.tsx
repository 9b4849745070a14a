import { useEffect, useMemo } from 'react';
import { plansFor, select } from '../../view/selection.ts';
import type { Catalog } from '../../catalog/schema.ts';
import { PathsView } from './paths-view.tsx';
import { RulesView } from './rules-view.tsx';
import { useView } from '../../view/use-view.ts';
import { prepareSearchWhenIdle } from '../../view/prepare-search.ts';

/** The explorer: the view state comes from the link; one of the two tables is shown. */
export function ExplorerPage(props: { catalog: Catalog }) {
  const { state } = useView();
  // The search texts are built while the page is idle, not on the first letter typed.
  useEffect(() => prepareSearchWhenIdle(props.catalog), [props.catalog]);
  // The one selection: rows and facet counts for this state, computed once per change.
  const selection = useMemo(() => select(props.catalog, state), [props.catalog, state]);
  // The answer above the table: the port plan of the role, pair or port asked about.
  const plans = useMemo(
    () => (state.table === 'paths' ? plansFor(props.catalog, state, selection.paths) : []),
    [props.catalog, state, selection.paths],
  );
  const view = { catalog: props.catalog, selection };
  return state.table === 'paths' ? <PathsView {...view} plans={plans} /> : <RulesView {...view} />;
}
