// The check page's words (locales/<lang>/firewall-check.json), loaded with the check view only, not
// with the first view, so they are not i18next resources. Typed by the English table: a key either
// table lacks fails tsc, a placeholder they do not share fails the locale parity test.
import en from '../../../locales/en/firewall-check.json' with { type: 'json' };
import ja from '../../../locales/ja/firewall-check.json' with { type: 'json' };
import type { Language } from '../../catalog/languages.ts';
import { sayFrom } from '../../firewall-scripts/script-words.ts';

export type CheckKey = keyof typeof en;

/** A phrase by its key, `{{name}}` filled from `vars` as plain text (React and the exports escape). */
export type CheckSay = (key: CheckKey, vars?: Record<string, string | number>) => string;

const TABLES: Record<Language, Record<CheckKey, string>> = { en, ja };

const SAY: Record<Language, CheckSay> = { en: sayFrom(TABLES.en), ja: sayFrom(TABLES.ja) };

export const checkWordsOf = (language: Language): CheckSay => SAY[language];
