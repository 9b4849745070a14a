import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies the address of the current view, as the view state writes it; says whether it worked.
 * Given the view's `currentSearch` (stable), it reads the link when clicked and so is not drawn
 * again on every keystroke.
 */
export const CopyLinkButton = memo(function CopyLinkButton(props: { currentSearch: () => string }) {
  const { t } = useTranslation('explorer');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(
        `${window.location.origin}${window.location.pathname}${props.currentSearch()}`,
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
});
