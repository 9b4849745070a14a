import { scheduleUpdateChecks, updates, watchForUpdates } from './update-flow.ts';

/**
 * Registers sw.js (beside index.html, so it works at the root and under a sub-path) once the
 * page has loaded, so it never competes with the first view. Where service workers are missing
 * or refused (old browsers, some private modes, file://), the app simply stays online-only.
 */
export function registerServiceWorker() {
  try {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let hadController = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      updates.controllerChanged(hadController);
      hadController = true;
    });
    const register = () =>
      container
        .register('sw.js')
        .then((registration) => {
          const isControlled = () => container.controller !== null;
          // After a failed first install there may be no registration left to update: register anew.
          const update = () =>
            void registration
              .update()
              .catch(() => container.register('sw.js'))
              .catch(() => undefined);
          const checks = scheduleUpdateChecks(update);
          watchForUpdates(registration, isControlled, updates.waiting, checks.failed);
          // A page of an installed version looks for the next one now, not when the browser's
          // own check after navigation gets round to it.
          if (isControlled()) update();
        })
        .catch(() => undefined);
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register(), { once: true });
  } catch {
    // navigator.serviceWorker itself can throw (a SecurityError in some sandboxed frames).
  }
}
