import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { readCommittedCatalog } from '../../catalog/test-support.ts';
import { buildSheet } from './sheet-model.ts';

const catalog = readCommittedCatalog();
const ids = (rows: { row: { id: string } }[]) => rows.map((r) => r.row.id);

describe('buildSheet', () => {
  it('splits a role’s paths into inbound and outbound, listing same-role paths once', () => {
    const hub = buildSheet(catalog, 'hub');
    expect(ids(hub.both)).toEqual(['transport-hub-to-hub']);
    expect(ids(hub.inbound)).not.toContain('transport-hub-to-hub');
    expect(ids(hub.outbound)).not.toContain('transport-hub-to-hub');
    expect(ids(hub.inbound)).toContain('transport-smtp-client-to-hub');
    expect(ids(hub.outbound)).toContain('transport-hub-to-ad');
    expect(ids(hub.inbound)).not.toContain('transport-hub-to-ad');
  });

  it('covers every path touching the role and every rule Setup creates for it', () => {
    for (const role of ROLE_IDS) {
      const sheet = buildSheet(catalog, role);
      const listed = [...ids(sheet.inbound), ...ids(sheet.outbound), ...ids(sheet.both)];
      const expected = catalog.dataPaths
        .filter((p) => p.from === role || p.to === role)
        .map((p) => p.id);
      expect(listed.sort()).toEqual(expected.sort()); // each once
      for (const { row } of sheet.both) expect([row.from, row.to]).toEqual([role, role]);
      expect(ids(sheet.rules)).toEqual(
        catalog.firewallRules.filter((r) => r.roles.includes(role)).map((r) => r.id),
      );
    }
  });

  it('marks notes once, in source order, and resolves every mark', () => {
    const sheet = buildSheet(catalog, 'mailbox');
    expect(sheet.notes.map((n) => n.mark)).toEqual(sheet.notes.map((_, i) => `N${i + 1}`));
    const lines = sheet.notes.map((n) => n.note.sourceLine);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const marks = new Set(sheet.notes.map((n) => n.mark));
    for (const r of [...sheet.inbound, ...sheet.outbound, ...sheet.both, ...sheet.rules]) {
      for (const m of r.noteMarks) expect(marks.has(m)).toBe(true);
    }
    const clustering = [...sheet.inbound, ...sheet.both].find(
      (r) => r.row.id === 'mailbox-clustering',
    )!;
    const marked = clustering.noteMarks.map((m) => sheet.notes.find((n) => n.mark === m)!.note.id);
    expect(marked).toEqual(clustering.row.noteIds);
  });

  it('collects errata of rows and of the notes shown', () => {
    const cas = buildSheet(catalog, 'cas');
    const owners = cas.errata.map((e) => e.ownerId);
    expect(owners).toContain('cas-to-cas-owa');
    expect(owners).toContain('cas-note-5'); // the wrong IMAP4 ports
    expect(owners).toContain('fw-msexchange-pop3-fgw');
    const owa = cas.both.find((r) => r.row.id === 'cas-to-cas-owa')!;
    expect(owa.errataMarks).toHaveLength(1);
  });
});
