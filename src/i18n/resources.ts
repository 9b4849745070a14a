import enCommon from '../../locales/en/common.json' with { type: 'json' };
import jaCommon from '../../locales/ja/common.json' with { type: 'json' };

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  ja: { common: jaCommon },
  en: { common: enCommon },
} as const;

export const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);
