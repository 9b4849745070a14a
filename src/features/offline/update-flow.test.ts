import { describe, expect, it, vi } from 'vitest';
import {
  applyUpdate,
  createUpdateStore,
  scheduleUpdateChecks,
  SKIP_WAITING,
  watchForUpdates,
  type RegistrationLike,
  type WorkerLike,
} from './update-flow.ts';

class FakeWorker extends EventTarget implements WorkerLike {
  constructor(public state: string) {
    super();
  }
  postMessage = vi.fn();
  moveTo(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  find(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

describe('watchForUpdates', () => {
  it('reports a version found later once it is installed, if an older one controls the page', () => {
    const registration = new FakeRegistration();
    const onReady = vi.fn();
    watchForUpdates(registration, () => true, onReady);
    const next = new FakeWorker('installing');
    registration.find(next);
    expect(onReady).not.toHaveBeenCalled();
    next.moveTo('installed');
    expect(onReady).toHaveBeenCalledWith(next);
  });

  it('reports a version already waiting, and one installing now', () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker('installed');
    registration.installing = new FakeWorker('installing');
    const onReady = vi.fn();
    watchForUpdates(registration, () => true, onReady);
    expect(onReady).toHaveBeenCalledWith(registration.waiting);
    registration.installing.moveTo('installed');
    expect(onReady).toHaveBeenLastCalledWith(registration.installing);
  });

  it('says nothing on the first install, when no version controls the page yet', () => {
    const registration = new FakeRegistration();
    const onReady = vi.fn();
    watchForUpdates(registration, () => false, onReady);
    const first = new FakeWorker('installing');
    registration.find(first);
    first.moveTo('installed');
    first.moveTo('activated');
    expect(onReady).not.toHaveBeenCalled();
  });

  it('says nothing about a version that failed to install, and reports the failure', () => {
    const registration = new FakeRegistration();
    const onReady = vi.fn();
    const onFailed = vi.fn();
    watchForUpdates(registration, () => true, onReady, onFailed);
    const broken = new FakeWorker('installing');
    registration.find(broken);
    broken.moveTo('redundant');
    expect(onReady).not.toHaveBeenCalled();
    expect(onFailed).toHaveBeenCalledTimes(1);
  });

  it('does not call a version replaced after it installed a failure', () => {
    const registration = new FakeRegistration();
    const onFailed = vi.fn();
    watchForUpdates(registration, () => true, vi.fn(), onFailed);
    const old = new FakeWorker('installing');
    registration.find(old);
    old.moveTo('installed');
    old.moveTo('redundant');
    expect(onFailed).not.toHaveBeenCalled();
  });
});

describe('scheduleUpdateChecks', () => {
  it('retries a failed install later each time, and checks hourly anyway', () => {
    const timers: { run: () => void; ms: number }[] = [];
    const update = vi.fn();
    const checks = scheduleUpdateChecks(update, (run, ms) => timers.push({ run, ms }));
    expect(timers.map((t) => t.ms)).toEqual([3_600_000]);
    checks.failed();
    checks.failed();
    checks.failed();
    checks.failed();
    expect(timers.slice(1).map((t) => t.ms)).toEqual([60_000, 300_000, 1_800_000, 1_800_000]);
    timers[1]!.run();
    expect(update).toHaveBeenCalledTimes(1);
    timers[0]!.run();
    expect(update).toHaveBeenCalledTimes(2);
    expect(timers.at(-1)!.ms).toBe(3_600_000);
  });
});

describe('applyUpdate', () => {
  it('asks the waiting version to take over and reloads once it controls the page', () => {
    const worker = new FakeWorker('installed');
    const container = new EventTarget();
    const reload = vi.fn();
    const onAsked = vi.fn();
    applyUpdate(worker, container, reload, onAsked);
    expect(onAsked).toHaveBeenCalledTimes(1);
    expect(worker.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once if that version has already taken over (from another tab)', () => {
    const worker = new FakeWorker('activated');
    const reload = vi.fn();
    applyUpdate(worker, new EventTarget(), reload);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(worker.postMessage).not.toHaveBeenCalled();
  });
});

describe('createUpdateStore', () => {
  it('holds the waiting version and tells its subscribers', () => {
    const store = createUpdateStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.getSnapshot()).toEqual({ kind: 'none' });
    const worker = new FakeWorker('installed');
    store.waiting(worker);
    expect(store.getSnapshot()).toEqual({ kind: 'waiting', worker });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.waiting(new FakeWorker('installed'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('says another tab switched versions when the controller changes unasked', () => {
    const store = createUpdateStore();
    store.controllerChanged(false);
    expect(store.getSnapshot()).toEqual({ kind: 'none' });
    store.controllerChanged(true);
    expect(store.getSnapshot()).toEqual({ kind: 'replaced' });
  });

  it('keeps quiet about the switch this tab asked for', () => {
    const store = createUpdateStore();
    const worker = new FakeWorker('installed');
    store.waiting(worker);
    store.askedHere();
    store.controllerChanged(true);
    expect(store.getSnapshot()).toEqual({ kind: 'waiting', worker });
  });
});
