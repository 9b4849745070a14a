// The sheet's first page: the role's port plan (view/selection.ts `rolePlans`), inbound and
// outbound, each entry with its footnote numbers; the footnotes; and whether the source's
// support statement (⊘) concerns any entry. Rendered as is: nothing here re-derives the plan.
import type { Language } from '../../catalog/languages.ts';
import type { Catalog, Note } from '../../catalog/schema.ts';
import { SUPPORT_NOTE_ID } from '../../catalog/support-statement.ts';
import type { Plan, PlanEntry } from '../../plan/plan-types.ts';
import { numberFootnotes, type Footnote } from './sheet-footnote-numbers.ts';
import { sentences } from './sheet-note-text.ts';

export interface PlanSheetRow {
  entry: PlanEntry;
  /** Footnote numbers, ascending. */
  marks: number[];
}

export interface PlanSheet {
  inbound: PlanSheetRow[];
  outbound: PlanSheetRow[];
  footnotes: Footnote[];
  /** The support statement, when an entry is one the source says a firewall is not supported on. */
  supportNote: Note | null;
}

export function buildPlanSheet(
  catalog: Catalog,
  plans: { inbound: Plan; outbound: Plan },
): PlanSheet {
  const entries = [...plans.inbound.entries, ...plans.outbound.entries];
  const { footnotes, marks } = numberFootnotes(entries, catalog.notes, new Set([SUPPORT_NOTE_ID]));
  const rows = entries.map((entry, i) => ({ entry, marks: marks[i] ?? [] }));
  const unsupported = entries.some((e) => e.unsupported);
  return {
    inbound: rows.slice(0, plans.inbound.entries.length),
    outbound: rows.slice(plans.inbound.entries.length),
    footnotes,
    supportNote: unsupported ? (catalog.notes.find((n) => n.id === SUPPORT_NOTE_ID) ?? null) : null,
  };
}

/**
 * The statement itself, without the note's lead-in about Client Access servers in every site:
 * "Installing a firewall between Exchange servers, … isn't supported. However, …". The note's
 * third sentence on; a unit test holds the catalog to it.
 */
export const SUPPORT_STATEMENT_FROM = 2;

export const supportStatement = (note: Note, lang: Language): string =>
  sentences(note[lang], lang)
    .slice(SUPPORT_STATEMENT_FROM)
    .join(lang === 'ja' ? '' : ' ');

/** "Bin\Store.exe" → "Store.exe", once each. */
export const programFileNames = (programs: readonly string[]): string[] => [
  ...new Set(programs.map((p) => p.split('\\').at(-1) ?? p)),
];
