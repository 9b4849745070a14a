import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type Language } from './resources.ts';

export function setupI18n(lng: Language) {
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'ja',
    defaultNS: 'common',
    ns: ['common', 'explorer', 'labels', 'sheet'],
    interpolation: { escapeValue: false }, // React escapes; we never inject HTML.
    initAsync: false,
  });
  return i18next;
}
