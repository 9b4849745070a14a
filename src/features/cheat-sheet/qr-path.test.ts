import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { asciiOnly, qrPath } from './qr-path.ts';

/** The modules a path paints, read back from its runs. */
const painted = (d: string, quiet: number) => {
  const cells = new Set<string>();
  for (const [, x, y, length] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(length); i++)
      cells.add(`${Number(y) - quiet},${Number(x) - quiet + i}`);
  }
  return cells;
};

describe('qrPath', () => {
  it('draws one rectangle per horizontal run, inside the quiet zone', () => {
    const dark = new Set(['0,0', '0,1', '0,3', '2,2']);
    const d = qrPath(4, (r, c) => dark.has(`${r},${c}`), 4);
    expect(d).toBe('M4 4h2v1h-2zM7 4h1v1h-1zM6 6h1v1h-1z');
  });

  it('paints exactly the dark modules of a real code', () => {
    const qr = qrcode(0, 'M');
    qr.addData('http://127.0.0.1:4173/?view=sheet&role=mailbox&lang=en', 'Byte');
    qr.make();
    const size = qr.getModuleCount();
    const expected = new Set<string>();
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++) if (qr.isDark(r, c)) expected.add(`${r},${c}`);
    expect(
      painted(
        qrPath(size, (r, c) => qr.isDark(r, c), 4),
        4,
      ),
    ).toEqual(expected);
  });
});

describe('asciiOnly', () => {
  it('escapes what the byte encoder would garble, and nothing else', () => {
    expect(asciiOnly('http://h/?view=sheet&role=cas')).toBe('http://h/?view=sheet&role=cas');
    expect(asciiOnly('http://h/帳?q=%20')).toBe('http://h/%E5%B8%B3?q=%20');
  });
});
