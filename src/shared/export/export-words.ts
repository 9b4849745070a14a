import type { i18n as I18n } from 'i18next';
import type { ExportLanguage, ExportWords } from '../../exports/export-words.ts';

/** The words of an export in one language, from the locale files ("path_ja" -> "Data path (Japanese)"). */
export function exportWordsOf(i18n: I18n, lang: ExportLanguage): ExportWords {
  const t = i18n.getFixedT(lang, 'exports');
  const column = (key: string) => t(`export.columns.${key}` as 'export.columns.id');
  return {
    header: (key) => {
      const match = /^(.*)_(ja|en)$/.exec(key);
      const [, base = key, language] = match ?? [];
      if (!language) return column(key);
      return t(language === 'ja' ? 'export.languageJa' : 'export.languageEn', {
        column: column(base),
      });
    },
    fromNote: (noteId) => t('export.words.fromNote', { noteId }),
    inferred: t('export.words.inferred'),
    seeNote: (noteId) => t('export.words.seeNote', { noteId }),
    notFromSource: t('export.words.notFromSource'),
    sourceEnd: t('export.words.sourceEnd'),
    destinationEnd: t('export.words.destinationEnd'),
    bothWays: t('export.words.bothWays'),
    notSupported: t('export.words.notSupported'),
  };
}
