import { useMemo } from 'react';
import enChecks from '../../../locales/en/check-script.json' with { type: 'json' };
import en from '../../../locales/en/script.json' with { type: 'json' };
import jaChecks from '../../../locales/ja/check-script.json' with { type: 'json' };
import ja from '../../../locales/ja/script.json' with { type: 'json' };
import type { Language } from '../../catalog/languages.ts';
import { sayFrom, type Say } from '../../firewall-scripts/script-words.ts';

/**
 * The scripts' comment words (firewall rules and checks) in the page language. Loaded with the scripts view only (not with
 * the first view), so they are not i18next resources.
 */
export function useScriptWords(language: Language): Say {
  return useMemo(
    () => sayFrom(language === 'ja' ? { ...ja, ...jaChecks } : { ...en, ...enChecks }),
    [language],
  );
}
