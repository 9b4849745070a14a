import type { ViewState } from '../../view/view-state.ts';

/** The id of the view switch: the shell's skip link leads to it (src/app/shell.tsx). */
export const VIEW_TABS_ID = 'view-tabs';

/** The views that show the view switch (through the explorer's frame). */
export const VIEWS_WITH_TABS: ReadonlySet<ViewState['view']> = new Set([
  'explorer',
  'map',
  'matrix',
]);

/** Moves focus to the current view's tab (the skip link's action). */
export function focusViewTabs() {
  const nav = document.getElementById(VIEW_TABS_ID);
  const tab = nav?.querySelector<HTMLElement>('[aria-current="page"]') ?? nav?.querySelector('a');
  tab?.focus();
  return Boolean(tab);
}
