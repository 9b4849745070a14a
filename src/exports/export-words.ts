// The words an export needs besides the catalog's own text, in one language. The feature layer
// supplies them from the locale files, so this pure layer carries no UI text of its own.
export interface ExportWords {
  /** Readable column headers for Markdown, by column key (CSV keeps the keys). */
  header: (key: string) => string;
  fromNote: (noteId: string) => string;
  inferred: string;
  seeNote: (noteId: string) => string;
  notFromSource: string;
  sourceEnd: string;
  destinationEnd: string;
  bothWays: string;
  notSupported: string;
}

export type ExportLanguage = 'ja' | 'en';
