import type { RoleId } from '../../catalog/schema.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleLinks } from '../../shared/role-links.tsx';
import { RadioChoice } from '../../components/radio-choice.tsx';
import type { SheetText } from '../../filters/filter-values.ts';
import { rolePageTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';

/**
 * Screen-only settings of the sheet: role, text language, paper, the appendix; Print; back to the
 * explorer.
 */
export function SheetControls(props: { text: SheetText; role: RoleId | null }) {
  const { t } = useTranslation(['sheet', 'labels']);
  const { state, update, search } = useView();
  return (
    <section aria-label={t('sheet:controls')} className="mb-4 space-y-3 print:hidden">
      <RoleLinks label={t('sheet:role')} />
      <div className="flex flex-wrap gap-6">
        <RadioChoice
          legend={t('sheet:text')}
          name="text"
          value={props.text}
          onChange={(text) => update({ text })}
          options={[
            { value: 'ja', label: t('sheet:textJa') },
            { value: 'en', label: t('sheet:textEn') },
            { value: 'both', label: t('sheet:textBoth') },
          ]}
        />
        <RadioChoice
          legend={t('sheet:paper')}
          name="paper"
          value={state.paper}
          onChange={(paper) => update({ paper })}
          options={[
            { value: 'a4', label: 'A4' },
            { value: 'letter', label: 'US Letter' },
          ]}
        />
      </div>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={state.appendix}
          onChange={() => update({ appendix: !state.appendix })}
          className="h-4 w-4"
        />
        {t('sheet:appendixToggle')}
      </label>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded bg-slate-800 px-4 py-1.5 font-semibold text-white dark:bg-slate-100 dark:text-slate-900"
        >
          {t('sheet:print')}
        </button>
        <Link
          to={{ search: search(rolePageTarget('explorer', props.role)) }}
          className="rounded border border-slate-500 px-3 py-1.5"
        >
          {t('sheet:backToExplorer')}
        </Link>
        <Link
          to={{ search: search(rolePageTarget('scripts', props.role)) }}
          className="rounded border border-slate-500 px-3 py-1.5"
        >
          {t('sheet:scripts')}
        </Link>
      </div>
    </section>
  );
}
