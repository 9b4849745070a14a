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

/** A paste into the check view (part `check`), performance.now() times; 0: not yet. */
export interface PasteTimes {
  /** keydown of Ctrl+V: the browser then reads the clipboard. */
  start: number;
  /** The paste event: the page has the text (a long one is held, not put in the textarea). */
  input: number;
  /** The report's summary names every rule read (React committed the report). */
  summary: number;
  /** The next animation frame after that. */
  frame: number;
}

/** The pure functions of the check view, timed alone in the page (check-functions.ts). */
export interface CheckTimes {
  parseMs: number;
  checkMs: number;
  rulesRead: number;
  missing: number;
}

type CheckFunctions = typeof import('./check-functions.ts');

interface KeyState {
  key: string;
  t0: number;
  lastMutation: number;
  mutationFrame: number;
  lastCommit: number;
  commitFrame: number;
}

export interface ProbeWindow {
  __bench?: {
    tableFrame: number;
    liveFrame: number;
    appFrame: number;
    tableLang: string;
    liveIds: string[];
    commits: number;
  };
  __keys?: { current: KeyState | null; onCommit: () => void };
  __paste?: PasteTimes;
  __checkFunctions?: CheckFunctions;
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

/**
 * Rows of the table the link asks for: the app's own, or the first paint boot.ts draws before the
 * app runs (src/app/first-paint.ts); not those of the default table prerendered into index.html.
 */
export const LIVE_ROWS = 'tbody tr[data-row-id]:not([data-prerender] *)';

/** Rows of the app's own (React) table only: filters, sorting and details work from then on. */
export const APP_ROWS = 'main#main tbody tr[data-row-id]';

/**
 * Init script, before any page script: records the first frame with at least `minRows` table
 * rows (`tableFrame`, prerendered rows count) and the first with that many rows of the app's own
 * table (`liveFrame`), and installs a minimal React DevTools hook so that React reports each
 * commit (it calls onCommitFiberRoot in production builds too). On a page without React the hook
 * stays idle.
 */
export function installPageProbe(minRows: number, liveRows: string, appRows: string) {
  const w = window as unknown as ProbeWindow;
  const bench = {
    tableFrame: 0,
    liveFrame: 0,
    appFrame: 0,
    tableLang: '',
    liveIds: [] as string[],
    commits: 0,
  };
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
  let app = false;
  const observer = new MutationObserver(() => {
    if (!table && document.querySelectorAll('tbody tr[data-row-id]').length >= minRows) {
      table = true;
      const first = document.querySelector('tbody tr[data-row-id]');
      bench.tableLang = first?.closest('[lang]')?.getAttribute('lang') ?? '';
      requestAnimationFrame(() => {
        bench.tableFrame = performance.now();
      });
    }
    const liveFound = document.querySelectorAll(liveRows);
    if (!live && liveFound.length >= minRows) {
      live = true;
      bench.liveIds = [...liveFound].map((row) => row.getAttribute('data-row-id') ?? '');
      requestAnimationFrame(() => {
        bench.liveFrame = performance.now();
      });
    }
    if (!app && document.querySelectorAll(appRows).length >= minRows) {
      app = true;
      requestAnimationFrame(() => {
        bench.appFrame = performance.now();
      });
    }
    if (table && live && app) observer.disconnect();
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
  // The table may leave the page (no row matches) and come back: watch the section that holds
  // it, counting changes inside the table and the table (or the "no rows" line) coming and
  // going, but not the answer panel beside it, which renders in a deferred pass by design.
  const section = table.closest('section') ?? table.parentElement ?? document.body;
  const inTable = (node: Node) =>
    Boolean((node instanceof Element ? node : node.parentElement)?.closest('table.data-table'));
  const isAnswer = (node: Node) =>
    node instanceof Element &&
    (node.matches('.plan-answer') || !!node.querySelector('.plan-answer'));
  const tableChanged = (r: MutationRecord) =>
    inTable(r.target) ||
    (r.target === section || r.target === table.closest('[role="region"]')?.parentElement
      ? [...r.addedNodes, ...r.removedNodes].some((n) => !isAnswer(n))
      : false);
  new MutationObserver((records) => {
    const c = keys.current;
    if (!c || !records.some(tableChanged)) return;
    c.lastMutation = performance.now();
    requestAnimationFrame(() => {
      c.mutationFrame = performance.now();
    });
  }).observe(section, { childList: true, subtree: true, characterData: true, attributes: true });
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

/** Before the paste: times its keydown and input and the frame after the summary says `expected`. */
export function installPasteProbe(summarySelector: string, expected: string) {
  const paste: PasteTimes = { start: 0, input: 0, summary: 0, frame: 0 };
  (window as unknown as ProbeWindow).__paste = paste;
  const first = (key: 'start' | 'input', at: number) => {
    if (!paste[key]) paste[key] = at;
  };
  document.addEventListener('keydown', (e) => first('start', e.timeStamp), true);
  document.addEventListener('paste', () => first('input', performance.now()), true);
  const observer = new MutationObserver(() => {
    if (!document.querySelector(summarySelector)?.textContent?.includes(expected)) return;
    observer.disconnect();
    paste.summary = performance.now();
    requestAnimationFrame(() => {
      paste.frame = performance.now();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * After the paste: the view's parse and check run again, alone, on the pasted text and
 * the catalog the page loaded (the functions' own copy, bundled: their first run, as the view's).
 */
export async function timeCheckFunctions(text: string, role: string, dir: string) {
  const fns = (window as unknown as ProbeWindow).__checkFunctions;
  if (!fns) throw new Error('no check functions');
  const catalog = await (await fetch('catalog.json')).json();
  const t0 = performance.now();
  const parsed = fns.parseExport(text);
  const t1 = performance.now();
  const report = fns.checkServerRules({
    catalog,
    role,
    dir,
    env: fns.DEFAULT_ENVIRONMENT,
    peers: {},
    rules: parsed.rules,
  } as Parameters<CheckFunctions['checkServerRules']>[0]);
  const t2 = performance.now();
  const times: CheckTimes = {
    parseMs: t1 - t0,
    checkMs: t2 - t1,
    rulesRead: report.summary.rulesRead,
    missing: report.summary.counts.missing,
  };
  return times;
}
