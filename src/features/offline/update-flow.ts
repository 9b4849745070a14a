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

/** The message that makes a waiting worker take over (see scripts/service-worker/worker.js). */
export const SKIP_WAITING = { type: 'skip-waiting' } as const;

/**
 * Calls `onReady` with each new version that has finished installing while an older one
 * controls the page (an update, not the first install): one already waiting, one installing
 * now, and any found later.
 */
export function watchForUpdates(
  registration: RegistrationLike,
  isControlled: () => boolean,
  onReady: (worker: WorkerLike) => void,
) {
  const follow = (worker: WorkerLike | null) => {
    const check = () => {
      if (worker?.state === 'installed' && isControlled()) onReady(worker);
    };
    worker?.addEventListener('statechange', check);
    check();
  };
  if (registration.waiting && isControlled()) onReady(registration.waiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
}

/** Asks the waiting worker to take over, and reloads the page once it controls it. */
export function applyUpdate(worker: WorkerLike, container: EventTarget, reload: () => void) {
  if (worker.state === 'activating' || worker.state === 'activated') {
    reload();
    return;
  }
  container.addEventListener('controllerchange', reload, { once: true });
  worker.postMessage(SKIP_WAITING);
}

/** A tiny store of the version waiting to be used, for useSyncExternalStore. */
export function createUpdateStore() {
  let waiting: WorkerLike | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => waiting,
    set(worker: WorkerLike) {
      waiting = worker;
      for (const listener of listeners) listener();
    },
  };
}

export const updates = createUpdateStore();
