import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { ViewState } from '../../view/view-state.ts';

// The export code loads, and the export is made, only once the panel is opened: neither the
// first view nor a keystroke in the filters pays for it.
const ExportPanel = lazy(() =>
  import('./export-panel.tsx').then((m) => ({ default: m.ExportPanel })),
);

/** The Export button: a disclosure whose panel offers CSV, JSON and Markdown. */
export function ExportControl(props: { catalog: Catalog; state: ViewState; rowIds: string[] }) {
  const { t } = useTranslation('exports');
  const [open, setOpen] = useState(false);
  return (
    <details className="print:hidden" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer rounded border border-slate-500 px-3 py-1">
        {t('export.heading')}
      </summary>
      {open && (
        <Suspense fallback={<p role="status">{t('export.loading')}</p>}>
          <ExportPanel {...props} />
        </Suspense>
      )}
    </details>
  );
}
