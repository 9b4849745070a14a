import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, updates } from './update-flow.ts';

/** Says that a new version is installed and offers to switch to it now (else: next visit). */
export function UpdateNotice() {
  const { t } = useTranslation();
  const worker = useSyncExternalStore(updates.subscribe, updates.getSnapshot, () => null);
  const reload = () => window.location.reload();
  // The status region is always there, so screen readers announce the message when it appears.
  return (
    <div role="status" className="app-chrome print:hidden">
      {worker && (
        <p className="flex flex-wrap items-center gap-2 border-b border-slate-300 bg-sky-50 p-3 text-sky-950 dark:border-slate-700 dark:bg-sky-950 dark:text-sky-50">
          {t('update.ready')}
          <button
            type="button"
            onClick={() => applyUpdate(worker, navigator.serviceWorker, reload)}
            className="rounded border border-slate-500 px-3 py-1"
          >
            {t('update.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
