import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { detectLanguage } from '../i18n/detect-language.ts';
import type { Language } from '../catalog/languages.ts';

/** Keeps i18next and <html lang> in step with the link's `lang`; switching rewrites only `lang`. */
export function useLanguage(): [Language, (lng: Language) => void] {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const language = detectLanguage(`?${params.toString()}`, navigator.languages ?? []);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const setLanguage = (lng: Language) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('lang', lng);
        return next;
      },
      { replace: false },
    );
  return [language, setLanguage];
}
