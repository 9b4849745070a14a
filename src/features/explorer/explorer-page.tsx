import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../i18n/resources.ts';
import { PathsView } from './paths-view.tsx';
import { RulesView } from './rules-view.tsx';
import { useExplorerState } from './use-explorer-state.ts';

/** The explorer: the view state comes from the link; one of the two tables is shown. */
export function ExplorerPage(props: { catalog: Catalog; language: Language; lang: string | null }) {
  const { state, problems, update } = useExplorerState();
  const view = { ...props, state, problems, update };
  return state.table === 'paths' ? <PathsView {...view} /> : <RulesView {...view} />;
}
