// Exports carry what a person acts on: note text (not only ids) in the chosen language, the
// readings that are not in the cells with their marks and reasons, and related ports apart.
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { exportTable } from './export-table.ts';
import { TEST_WORDS } from './test-words.ts';

const catalog = readCommittedCatalog();
const context = { notes: catalog.notes, words: TEST_WORDS };
const rowsOf = (ids: string[]) => ids.map((id) => catalog.dataPaths.find((r) => r.id === id)!);

function cells(ids: string[], text: 'ja' | 'en' | 'both') {
  const [header, ...body] = exportTable({ table: 'paths', rows: rowsOf(ids) }, text, context);
  return body.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

describe('data-path exports', () => {
  it('carry the notes as text in the chosen language, ids kept apart', () => {
    const [en] = cells(['transport-edgesync'], 'en');
    const note3 = catalog.notes.find((n) => n.id === 'transport-note-3')!;
    expect(en!.notes_en).toContain(`[transport-note-3] ${note3.en}`);
    expect(en!.note_ids).toContain('transport-note-3');
    const [ja] = cells(['transport-edgesync'], 'ja');
    expect(ja!.notes_ja).toContain(note3.ja);
    expect(Object.keys(ja!)).not.toContain('notes_en');
  });

  it('keep related ports apart from the ports, with the reason', () => {
    const [row] = cells(['transport-edgesync'], 'en');
    expect(row!.related_ports_en).toMatch(
      /^TCP 50389 \(en:note transport-note-3\): EdgeSync does not use this port/,
    );
    expect(row!.readings_en).not.toContain('50389');
  });

  it('mark inferred ends and ports with their reason and outside source', () => {
    const [row] = cells(['mailbox-ad-topology'], 'ja');
    expect(row!.readings_ja).toMatch(/^≈ ja:from: ja:inferred: .*Get-ExchangeServer/m);
    const [registry] = cells(['mailbox-admin-remote-registry'], 'en');
    expect(registry!.readings_en).toMatch(
      /≈ TCP 445: en:inferred: Remote Registry .*en:outside: \[MS-RSP\]/,
    );
  });

  it('say where the source does not support a firewall on the path', () => {
    const [hub, edge] = cells(['transport-hub-to-hub', 'transport-hub-to-edge'], 'en');
    expect(hub!.readings_en?.split('\n')[0]).toBe('en:unsupported (cas-para-1)');
    expect(edge!.readings_en).not.toContain('unsupported');
  });
});
