// How the page learns that a new version of the app is installed, and switches to it. Written
// against the few members of the service worker API it uses, so a unit test can drive it.

export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

export interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
}

/** The message that makes a waiting worker take over (see scripts/service-worker/sw.ts). */
export const SKIP_WAITING = { type: 'skip-waiting' } as const;

/**
 * Calls `onReady` with each new version that has finished installing while an older one
 * controls the page (an update, not the first install): one already waiting, one installing
 * now, and any found later. Calls `onFailed` when a version being installed is thrown away
 * instead: the worker refused a file that was not the one its build named (a deploy still
 * under way, a stale proxy), and the version in use carries on.
 */
export function watchForUpdates(
  registration: RegistrationLike,
  isControlled: () => boolean,
  onReady: (worker: WorkerLike) => void,
  onFailed: () => void = () => undefined,
) {
  const follow = (worker: WorkerLike | null) => {
    let installed = false;
    const check = () => {
      if (worker?.state === 'installed') {
        installed = true;
        if (isControlled()) onReady(worker);
      }
      if (worker?.state === 'redundant' && !installed) onFailed();
    };
    worker?.addEventListener('statechange', check);
    check();
  };
  if (registration.waiting && isControlled()) onReady(registration.waiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
}

/**
 * Looks for a new version again after a failed install, later each time (1 min, 5 min, then
 * every 30 min), and once an hour anyway while the page stays open.
 */
export function scheduleUpdateChecks(
  update: () => void,
  setTimer: (run: () => void, ms: number) => unknown = setTimeout,
) {
  const RETRIES_MS = [60_000, 5 * 60_000, 30 * 60_000] as const;
  const HOURLY_MS = 60 * 60_000;
  let failures = 0;
  const hourly = () =>
    setTimer(() => {
      update();
      hourly();
    }, HOURLY_MS);
  hourly();
  return {
    failed() {
      setTimer(update, RETRIES_MS[Math.min(failures, 2) as 0 | 1 | 2]);
      failures++;
    },
  };
}

/**
 * Asks the waiting worker to take over, and reloads the page once it controls it.
 * `onAsked` lets the page tell its own switch from one another tab made.
 */
export function applyUpdate(
  worker: WorkerLike,
  container: EventTarget,
  reload: () => void,
  onAsked: () => void = () => undefined,
) {
  onAsked();
  if (worker.state === 'activating' || worker.state === 'activated') {
    reload();
    return;
  }
  container.addEventListener('controllerchange', reload, { once: true });
  worker.postMessage(SKIP_WAITING);
}

/**
 * What the update notice says: nothing; a version is waiting (switch to it); or another tab
 * switched to a new version, whose worker now answers this tab too, which still runs the old
 * one (its lazily loaded views may be gone: reload this tab).
 */
export type UpdateState =
  { kind: 'none' } | { kind: 'waiting'; worker: WorkerLike } | { kind: 'replaced' };

/** A tiny store of the update state, for useSyncExternalStore. */
export function createUpdateStore() {
  let state: UpdateState = { kind: 'none' };
  let askedHere = false;
  const listeners = new Set<() => void>();
  const set = (next: UpdateState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => state,
    waiting: (worker: WorkerLike) => set({ kind: 'waiting', worker }),
    /** This tab asked for the switch: the controller change that follows is its own. */
    askedHere: () => void (askedHere = true),
    /** The page's controller changed; `hadController`: it was not the first install. */
    controllerChanged(hadController: boolean) {
      if (hadController && !askedHere) set({ kind: 'replaced' });
    },
  };
}

export const updates = createUpdateStore();
