import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../catalog/languages.ts';
import { resources } from './resources.ts';

/** The options every i18next instance of the app (and of its component tests) starts with. */
export const i18nOptions = (lng: Language) => ({
  resources,
  lng,
  fallbackLng: 'ja',
  defaultNS: 'common',
  ns: ['common', 'explorer', 'exports', 'labels', 'plan', 'sheet'],
  interpolation: { escapeValue: false }, // React escapes; we never inject HTML.
  initAsync: false,
});

export function setupI18n(lng: Language) {
  void i18next.use(initReactI18next).init(i18nOptions(lng));
  return i18next;
}
