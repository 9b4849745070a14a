import { useMemo } from 'react';
import { select } from '../../view/selection.ts';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { PathsView } from './paths-view.tsx';
import { RulesView } from './rules-view.tsx';
import { useExplorerState } from '../../view/use-view-state.ts';

/** The explorer: the view state comes from the link; one of the two tables is shown. */
export function ExplorerPage(props: { catalog: Catalog; language: Language; lang: string | null }) {
  const { state, problems, update } = useExplorerState();
  // The one selection: rows and facet counts for this state, computed once per change.
  const selection = useMemo(() => select(props.catalog, state), [props.catalog, state]);
  const view = { ...props, state, problems, update, selection };
  return state.table === 'paths' ? <PathsView {...view} /> : <RulesView {...view} />;
}
