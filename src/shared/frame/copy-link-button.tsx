import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../../view/use-view.ts';

/** Copies the address of the current view, as the view state writes it; says whether it worked. */
export function CopyLinkButton() {
  const { t } = useTranslation('explorer');
  const { state, search } = useView();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(
        `${window.location.origin}${window.location.pathname}${search(state)}`,
      );
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        onClick={() => void copy()}
        className="rounded border border-slate-500 px-3 py-1 print:hidden"
      >
        {t('results.copyLink')}
      </button>
      <span role="status" className="text-sm">
        {status === 'copied'
          ? t('results.copied')
          : status === 'failed'
            ? t('results.copyFailed')
            : ''}
      </span>
    </span>
  );
}
