// Proves the catalog holds the source word for word: the document is rebuilt from the catalog
// alone and compared, line by line, with the source. This deliberately does not use the parser.
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog, readSourceText } from './test-support.ts';

const catalog = readCommittedCatalog();

/** The source's text lines, as a reader sees them: indentation and bullet marks removed. */
const sourceLines = readSourceText()
  .split(/\r?\n/)
  .map((raw, index) => ({ line: index + 1, text: raw.trim().replace(/^•\s*/, '') }))
  .filter((l) => l.text !== '' && l.text !== '注意');

function rebuiltDocument() {
  const items: { line: number; texts: string[] }[] = [
    ...catalog.headings.map((h) => ({ line: h.sourceLine, texts: [h.ja] })),
    ...catalog.notes.map((n) => ({ line: n.sourceLine, texts: [n.ja] })),
    ...catalog.dataPaths.map((r) => {
      const c = r.source.ja;
      const cells = [
        c.path,
        c.ports,
        c.defaultAuth,
        c.supportedAuth,
        c.encryption,
        c.encryptedByDefault,
      ];
      return { line: r.sourceLine, texts: cells.flatMap((cell) => cell.split('\n')) };
    }),
    ...catalog.firewallRules.map((r) => {
      const c = r.source.ja;
      return { line: r.sourceLine, texts: [c.name, c.roles, c.ports, c.program] };
    }),
  ];
  return items.sort((a, b) => a.line - b.line);
}

describe('catalog fidelity to the source document', () => {
  it('rebuilds every text line of the source, in order, exactly', () => {
    const rebuilt = rebuiltDocument().flatMap((item) => item.texts);
    expect(rebuilt).toEqual(sourceLines.map((l) => l.text));
  });

  it('places every row, note and heading at its own source line', () => {
    const textAt = new Map(sourceLines.map((l) => [l.line, l.text]));
    for (const item of rebuiltDocument()) expect(textAt.get(item.line)).toBe(item.texts[0]);
  });

  it('has the row counts of the source tables', () => {
    const count = (section: string) =>
      catalog.dataPaths.filter((r) => r.section === section).length;
    expect([count('transport'), count('mailbox'), count('cas'), count('um')]).toEqual([
      11, 18, 19, 7,
    ]);
    expect(catalog.firewallRules).toHaveLength(54);
    expect(catalog.notes).toHaveLength(48);
  });

  it('keeps the two-line ports cell with its line break', () => {
    const smtp = catalog.dataPaths.find((r) => r.id === 'transport-smtp-client-to-hub');
    expect(smtp?.source.ja.ports).toBe('587 (SMTP)\n25/TCP (SMTP)');
  });

  it('keeps the source non-breaking spaces and typos verbatim', () => {
    const rows = new Map(catalog.firewallRules.map((r) => [r.id, r.source.ja.name]));
    expect(rows.get('fw-msexchange-pop3-fgw')).toBe('MSExchange - POP3 (FGW) (TCP-In)');
    expect(rows.get('fw-msexchangerpc-prcepmap')).toBe('MSExchangeRPC - PRCEPMap (TCP-In)');
    const mapi = catalog.dataPaths.find((r) => r.id === 'mailbox-mapi');
    expect(mapi?.source.ja.ports).toBe('135/TCP\u00a0(RPC)');
  });

  it('keeps the document date and title', () => {
    expect(catalog.document.updated).toBe('2016-11-28');
    expect(catalog.document.title.ja).toBe('Exchange ネットワーク ポートのリファレンス');
  });
});
