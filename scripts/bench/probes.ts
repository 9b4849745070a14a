// Functions that run inside the benchmarked page. They are sent as source text (see pageCall),
// so they must not use anything from their module scope. Times are performance.now(), i.e.
// milliseconds since the navigation started, the same clock as an event's timeStamp.

export interface KeyResult {
  key: string;
  /** keydown -> the next animation frame after the table changed (or after React's last commit). */
  ms: number;
  /** keydown -> the table's DOM last changed (or React's last commit), before waiting for a frame. */
  domMs: number;
  /** false when the keystroke left the table's DOM as it was. */
  changedTable: boolean;
  /** true when the page had not settled within the cap; ms is then the cap. */
  capped: boolean;
}

interface KeyState {
  key: string;
  t0: number;
  lastMutation: number;
  mutationFrame: number;
  lastCommit: number;
  commitFrame: number;
}

export interface ProbeWindow {
  __bench?: { tableFrame: number; liveFrame: number; tableLang: string; commits: number };
  __keys?: { current: KeyState | null; onCommit: () => void };
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: object;
}

/**
 * Source text calling `fn(...args)` in the page. tsx (esbuild, keepNames) wraps named inner
 * functions in __name(), which does not exist in the page: a pass-through stands in for it.
 */
export const pageCall = (fn: (...args: never[]) => unknown, ...args: unknown[]): string =>
  `(() => { const __name = (f) => f; return (${fn.toString()})(${args
    .map((a) => JSON.stringify(a))
    .join(', ')}); })()`;

/** The rows of the app's own table: not those of a prerendered placeholder ([data-prerender]). */
export const LIVE_ROWS = 'tbody tr[data-row-id]:not([data-prerender] *)';

/**
 * Init script, before any page script: records the first frame with at least `minRows` table
 * rows (`tableFrame`, prerendered rows count) and the first with that many rows of the app's own
 * table (`liveFrame`), and installs a minimal React DevTools hook so that React reports each
 * commit (it calls onCommitFiberRoot in production builds too). On a page without React the hook
 * stays idle.
 */
export function installPageProbe(minRows: number, liveRows: string) {
  const w = window as unknown as ProbeWindow;
  const bench = { tableFrame: 0, liveFrame: 0, tableLang: '', commits: 0 };
  w.__bench = bench;
  if (!w.__REACT_DEVTOOLS_GLOBAL_HOOK__) {
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      onCommitFiberRoot: () => {
        bench.commits++;
        w.__keys?.onCommit();
      },
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
    };
  }
  let table = false;
  let live = false;
  const observer = new MutationObserver(() => {
    if (!table && document.querySelectorAll('tbody tr[data-row-id]').length >= minRows) {
      table = true;
      const first = document.querySelector('tbody tr[data-row-id]');
      bench.tableLang = first?.closest('[lang]')?.getAttribute('lang') ?? '';
      requestAnimationFrame(() => {
        bench.tableFrame = performance.now();
      });
    }
    if (!live && document.querySelectorAll(liveRows).length >= minRows) {
      live = true;
      requestAnimationFrame(() => {
        bench.liveFrame = performance.now();
      });
    }
    if (table && live) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** After load: remembers each keydown, and the frames after the table's mutations and commits. */
export function installKeyProbe(liveRows: string) {
  const w = window as unknown as ProbeWindow;
  const table = document.querySelector(liveRows)?.closest('table');
  if (!table) throw new Error('no data table in the page');
  const keys: NonNullable<ProbeWindow['__keys']> = {
    current: null,
    onCommit: () => {
      const c = keys.current;
      if (!c) return;
      c.lastCommit = performance.now();
      requestAnimationFrame(() => {
        c.commitFrame = performance.now();
      });
    },
  };
  w.__keys = keys;
  document.addEventListener(
    'keydown',
    (e) => {
      keys.current = {
        key: e.key,
        t0: e.timeStamp,
        lastMutation: 0,
        mutationFrame: 0,
        lastCommit: 0,
        commitFrame: 0,
      };
    },
    true,
  );
  new MutationObserver(() => {
    const c = keys.current;
    if (!c) return;
    c.lastMutation = performance.now();
    requestAnimationFrame(() => {
      c.mutationFrame = performance.now();
    });
  }).observe(table, { childList: true, subtree: true, characterData: true, attributes: true });
}

/**
 * Waits until the last keystroke's work is done: the main thread is idle (requestIdleCallback;
 * React's scheduler keeps a task queued while it renders), nothing changed for 100 ms, and the
 * frame after the last change has run. Gives up after `capMs` from the keydown.
 */
export function settleKey(capMs: number): Promise<KeyResult> {
  const c = (window as unknown as ProbeWindow).__keys?.current;
  return new Promise((resolve) => {
    if (!c) throw new Error('no keydown seen');
    let done = false;
    const finish = (result: KeyResult) => {
      if (!done) resolve(result);
      done = true;
    };
    const cap = () =>
      finish({
        key: c.key,
        ms: capMs,
        domMs: capMs,
        changedTable: c.lastMutation > 0,
        capped: true,
      });
    setTimeout(cap, Math.max(0, capMs - (performance.now() - c.t0)));
    const check = () => {
      if (done) return;
      const now = performance.now();
      if (now - c.t0 > capMs) return cap();
      const last = Math.max(c.lastMutation, c.lastCommit);
      const framed = c.mutationFrame >= c.lastMutation && c.commitFrame >= c.lastCommit;
      const quiet = last > 0 ? now - last >= 100 : now - c.t0 >= 2000;
      if (!framed || !quiet) {
        // No timeout: an idle callback only runs once no task (e.g. a render slice) is queued.
        requestIdleCallback(check);
        return;
      }
      const changed = c.lastMutation > 0;
      const frame = changed ? c.mutationFrame : c.commitFrame;
      const dom = changed ? c.lastMutation : c.lastCommit;
      finish({
        key: c.key,
        ms: frame ? frame - c.t0 : NaN,
        domMs: dom ? dom - c.t0 : NaN,
        changedTable: changed,
        capped: false,
      });
    };
    requestIdleCallback(check);
  });
}
