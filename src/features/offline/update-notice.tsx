import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, updates } from './update-flow.ts';

/**
 * Says that a new version is installed and offers to switch to it now (else: next visit), or
 * that another tab already switched, so this one should reload.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const update = useSyncExternalStore(updates.subscribe, updates.getSnapshot, () => null);
  const reload = () => window.location.reload();
  const onReload =
    update?.kind === 'waiting'
      ? () => applyUpdate(update.worker, navigator.serviceWorker, reload, updates.askedHere)
      : reload;
  // The status region is always there, so screen readers announce the message when it appears.
  return (
    <div role="status" className="app-chrome print:hidden">
      {update && update.kind !== 'none' && (
        <p className="flex flex-wrap items-center gap-2 border-b border-slate-300 bg-sky-50 p-3 text-sky-950 dark:border-slate-700 dark:bg-sky-950 dark:text-sky-50">
          {update.kind === 'waiting' ? t('update.ready') : t('update.replaced')}
          <button
            type="button"
            onClick={onReload}
            className="rounded border border-slate-500 px-3 py-1"
          >
            {t('update.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
