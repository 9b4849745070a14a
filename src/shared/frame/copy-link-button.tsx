import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the address of the current view; says whether it worked. */
export function CopyLinkButton() {
  const { t } = useTranslation('explorer');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
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
