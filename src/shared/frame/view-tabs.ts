import { useLayoutEffect, useState } from 'react';

/** The id of the view switch: the shell's skip link leads to it (src/app/shell.tsx). */
export const VIEW_TABS_ID = 'view-tabs';

/** Moves focus to the current view's tab (the skip link's action). */
export function focusViewTabs() {
  const nav = document.getElementById(VIEW_TABS_ID);
  const tab = nav?.querySelector<HTMLElement>('[aria-current="page"]') ?? nav?.querySelector('a');
  tab?.focus();
  return Boolean(tab);
}

// Whether the view switch is in the page: the shell shows its skip link only then, not while a
// tabbed view is still loading or has failed (a link to a missing target).
let mountedTabs = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const changeMounted = (by: number) => {
  mountedTabs += by;
  for (const listener of listeners) listener();
};

/** Called by the view switch: it is in the page while the calling component is mounted. */
export function useViewTabsMounted() {
  // A layout effect: the shell draws its skip link in the same paint as the tabs, so the first
  // Tab press after the page shows already lands on it.
  useLayoutEffect(() => {
    changeMounted(1);
    return () => changeMounted(-1);
  }, []);
}

/**
 * Is the view switch in the page? Read and followed in a layout effect, not useSyncExternalStore,
 * whose subscription is a passive effect: when the shell and the tabs mount in one commit (the
 * catalog already in hand), the tabs' mount would be seen only after the paint, and a Tab pressed
 * in between would skip the skip link. The shell's layout effect runs after its children's, so it
 * sees them, and its state update is drawn before the paint.
 */
export function useViewTabsShown() {
  const [shown, setShown] = useState(() => mountedTabs > 0);
  useLayoutEffect(() => {
    const follow = () => setShown(mountedTabs > 0);
    follow();
    return subscribe(follow);
  }, []);
  return shown;
}
