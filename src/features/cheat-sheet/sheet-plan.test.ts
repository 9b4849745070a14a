import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { SUPPORT_NOTE_ID } from '../../catalog/support-statement.ts';
import { readCommittedCatalog } from '../../catalog/test-support.ts';
import { DEFAULT_ENVIRONMENT } from '../../plan/environment.ts';
import { rolePlans } from '../../view/selection.ts';
import { buildPlanSheet, programFileNames, supportStatement } from './sheet-plan.ts';
import { sentences } from './sheet-note-text.ts';

const catalog = readCommittedCatalog();
const sheetOf = (role: (typeof ROLE_IDS)[number]) => {
  const plans = rolePlans(catalog, role, DEFAULT_ENVIRONMENT);
  return { plans, sheet: buildPlanSheet(catalog, plans) };
};

describe('buildPlanSheet', () => {
  for (const role of ROLE_IDS) {
    it(`${role}: shows the plan's entries as they are, in the plan's order`, () => {
      const { plans, sheet } = sheetOf(role);
      expect(sheet.inbound.map((r) => r.entry)).toEqual(plans.inbound.entries);
      expect(sheet.outbound.map((r) => r.entry)).toEqual(plans.outbound.entries);
    });

    it(`${role}: every mark points at a footnote, and every note but the support one has one`, () => {
      const { sheet } = sheetOf(role);
      const rows = [...sheet.inbound, ...sheet.outbound];
      const byNumber = new Map(sheet.footnotes.map((f) => [f.number, f]));
      expect(sheet.footnotes.map((f) => f.number)).toEqual(sheet.footnotes.map((_, i) => i + 1));
      for (const { entry, marks } of rows) {
        const marked = new Set(marks.flatMap((n) => byNumber.get(n)!.noteIds));
        const expected = entry.noteIds.filter((id) => id !== SUPPORT_NOTE_ID);
        expect([...marked].sort(), entry.key).toEqual([...new Set(expected)].sort());
      }
      // Numbered in order of first use.
      const firstUse = rows.flatMap((r) => r.marks).filter((n, i, all) => all.indexOf(n) === i);
      expect(firstUse).toEqual([...firstUse].sort((a, b) => a - b));
    });

    it(`${role}: the support statement is there exactly when an entry is unsupported (⊘)`, () => {
      const { plans, sheet } = sheetOf(role);
      const unsupported = [...plans.inbound.entries, ...plans.outbound.entries].some(
        (e) => e.unsupported,
      );
      expect(sheet.supportNote?.id ?? null).toBe(unsupported ? SUPPORT_NOTE_ID : null);
    });
  }

  it('numbers the notes two entries share once (mailbox-note-4 and cas-note-3 say the same)', () => {
    const { sheet } = sheetOf('cas');
    const shared = sheet.footnotes.find((f) => f.noteIds.includes('cas-note-3'))!;
    expect(shared.noteIds).toEqual(['mailbox-note-4', 'cas-note-3']);
  });
});

describe('supportStatement', () => {
  const note = catalog.notes.find((n) => n.id === SUPPORT_NOTE_ID)!;

  it('is the sentence that says a firewall is not supported, and what is allowed instead', () => {
    expect(supportStatement(note, 'en')).toMatch(/^Installing a firewall between Exchange servers/);
    expect(supportStatement(note, 'en')).toContain("isn't supported");
    expect(supportStatement(note, 'en')).toContain('network device');
    expect(supportStatement(note, 'ja')).toContain('サポートされていません');
    expect(supportStatement(note, 'ja')).toContain('ネットワーク デバイス');
  });

  it('leaves out the lead-in about Client Access servers in every site', () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(supportStatement(note, lang)).not.toContain(sentences(note[lang], lang)[0]);
    }
  });
});

describe('programFileNames', () => {
  it('keeps the file name, once', () => {
    expect(
      programFileNames(['Bin\\Store.exe', 'System32\\Svchost.exe', 'Bin\\Store.exe', 'w3wp.exe']),
    ).toEqual(['Store.exe', 'Svchost.exe', 'w3wp.exe']);
  });
});
