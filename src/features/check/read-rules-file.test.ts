import { describe, expect, it } from 'vitest';
import { decodeExport, MAX_FILE_MB, readRulesFile } from './read-rules-file.ts';

const TEXT =
  '# Exchange 2010 port explorer: Windows Firewall rules, format 1\r\nリモート デスクトップ\r\n';

describe('reading a chosen export file', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 by its BOM (Out-File, Notepad)', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeExport(utf8)).toBe(TEXT);
    expect(decodeExport(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(TEXT);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeExport(new Uint8Array(le))).toBe(TEXT);
    const be = Buffer.from(TEXT, 'utf16le').swap16();
    expect(decodeExport(new Uint8Array([0xfe, 0xff, ...be]))).toBe(TEXT);
  });

  it('a stray byte becomes U+FFFD, it does not fail the file', () => {
    expect(decodeExport(new Uint8Array([0x41, 0xff, 0x42]))).toBe('A\uFFFDB');
  });

  it('a file far larger than any export is not read at all', async () => {
    const big = { size: MAX_FILE_MB * 1024 * 1024 + 1 } as Blob;
    expect(await readRulesFile(big)).toEqual({ ok: false, reason: 'too-large' });
    expect(await readRulesFile(new Blob([TEXT]))).toEqual({ ok: true, text: TEXT });
  });
});
