import { describe, expect, it } from 'vitest';
import { displayWidth, firstSentence, sentences, truncateToWidth } from './sheet-note-text.ts';

describe('sentences', () => {
  it('splits English at a full stop before a capital, not inside "e.g." or "2.0"', () => {
    expect(sentences('Use TLS 1.0, e.g. Outlook on Hub. Then check. "Quoted" too.', 'en')).toEqual([
      'Use TLS 1.0, e.g. Outlook on Hub.',
      'Then check.',
      '"Quoted" too.',
    ]);
  });

  it('keeps a closing bracket or quote with its sentence', () => {
    expect(sentences('It connects (see below.) The source drops "clients." Done', 'en')).toEqual([
      'It connects (see below.)',
      'The source drops "clients."',
      'Done',
    ]);
  });

  it('splits Japanese at 。', () => {
    expect(sentences('RPC トラフィックは常に暗号化されます。詳細は注を参照。', 'ja')).toEqual([
      'RPC トラフィックは常に暗号化されます。',
      '詳細は注を参照。',
    ]);
  });

  it('returns text without an end mark whole', () => {
    expect(firstSentence('<img src=x onerror=alert(1)>', 'ja')).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(firstSentence('   ', 'en')).toBe('');
  });
});

describe('truncateToWidth', () => {
  it('counts a Japanese character as two', () => {
    expect(displayWidth('TCP 25')).toBe(6);
    expect(displayWidth('暗号化')).toBe(6);
  });

  it('leaves text that fits alone', () => {
    expect(truncateToWidth('RPC traffic is always encrypted.', 40)).toBe(
      'RPC traffic is always encrypted.',
    );
  });

  it('cuts English at a word boundary, ellipsis included in the width', () => {
    const cut = truncateToWidth('Many Exchange services use remote procedure calls', 30);
    expect(cut).toBe('Many Exchange services use…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(30);
  });

  it('cuts Japanese anywhere, never past the width', () => {
    const cut = truncateToWidth('ハブ トランスポート サーバー間のすべてのトラフィック', 20);
    expect(cut.endsWith('…')).toBe(true);
    expect(displayWidth(cut)).toBeLessThanOrEqual(20);
    expect(cut.startsWith('ハブ トランスポート')).toBe(true);
  });

  it('drops a dangling comma or opening bracket before the ellipsis', () => {
    expect(truncateToWidth('Kerberos, NTLM, Basic', 11)).toBe('Kerberos…');
    expect(truncateToWidth('ポート (TCP 135)', 8)).toBe('ポート…');
  });
});
