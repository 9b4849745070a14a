import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../catalog/languages.ts';

const NAMES: Record<Language, string> = { ja: '日本語', en: 'English' };

/** Memoised: the shell draws it again on every change of the view, its props rarely change. */
export const LanguageSwitch = memo(function LanguageSwitch(props: {
  value: Language;
  onChange: (lng: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('app.language')} className="flex gap-1 print:hidden">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={props.value === lng}
          onClick={() => props.onChange(lng)}
          className="rounded border border-slate-400 px-2 py-1 text-sm aria-pressed:bg-slate-800 aria-pressed:text-white dark:border-slate-500 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
        >
          {NAMES[lng]}
        </button>
      ))}
    </div>
  );
});
