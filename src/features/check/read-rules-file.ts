// A chosen export file as text, in the browser (nothing is uploaded). The export command writes
// UTF-8 with a BOM; a file saved again by an editor or with PowerShell's Out-File may be UTF-16,
// which its BOM tells apart, so any of them reads as the same text.

/** Far above one server's export (10,000 rules is about 2 MB): a larger file is not read at all. */
export const MAX_FILE_MB = 20;

export type FileReading =
  { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' };

export function decodeExport(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  const encoding =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  // fatal: false, so a stray byte shows as U+FFFD in a rule name rather than failing the file.
  return new TextDecoder(encoding).decode(bytes);
}

export async function readRulesFile(file: Blob): Promise<FileReading> {
  if (file.size > MAX_FILE_MB * 1024 * 1024) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: decodeExport(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
