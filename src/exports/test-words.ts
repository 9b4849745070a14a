// Export words for unit tests: recognisable markers instead of the locale files.
import type { ExportContext } from './export-table.ts';
import type { ExportWords } from './export-words.ts';

const words = (lang: string): ExportWords => ({
  header: (key) => `${lang}:${key}`,
  fromNote: (noteId) => `${lang}:note ${noteId}`,
  inferred: `${lang}:inferred`,
  seeNote: (noteId) => `${lang}:see ${noteId}`,
  notFromSource: `${lang}:outside`,
  sourceEnd: `${lang}:from`,
  destinationEnd: `${lang}:to`,
  bothWays: `${lang}:both`,
  notSupported: `${lang}:unsupported`,
});

export const TEST_WORDS: ExportContext['words'] = { ja: words('ja'), en: words('en') };
