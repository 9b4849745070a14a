// The rows' search texts, built ahead while the page is idle. Building one normalises a few
// kilobytes (cells and notes, NFKC); on the first letter typed in the search box every row needs
// one, which on a catalog 100 times the real one took over a second in that keystroke.
import type { Catalog } from '../catalog/schema.ts';
import { pathHaystack, ruleHaystack } from './path-filters.ts';

/** Work per idle slice: short, so that a keystroke arriving meanwhile waits little. */
const SLICE_MS = 8;

type Idle = (work: () => void) => () => void;

/** requestIdleCallback where there is one (not in Safari); else a timer that leaves room. */
const whenIdle: Idle = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 50);
  return () => clearTimeout(handle);
};

/** Builds every path's and rule's search text in idle slices; returns what stops it. */
export function prepareSearchWhenIdle(catalog: Catalog, idle: Idle = whenIdle): () => void {
  const { dataPaths, firewallRules, notes } = catalog;
  const total = dataPaths.length + firewallRules.length;
  let next = 0;
  let cancel = () => {};
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    for (; next < total && performance.now() < end; next++) {
      const path = dataPaths[next];
      const rule = firewallRules[next - dataPaths.length];
      if (path) pathHaystack(path, notes);
      else if (rule) ruleHaystack(rule, notes);
    }
    if (next < total) cancel = idle(slice);
  };
  cancel = idle(slice);
  return () => cancel();
}
