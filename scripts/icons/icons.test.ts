import { readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICONS } from './draw-icon.ts';
import { encodePng, scanlines } from './encode-png.ts';

/** The chunks of a PNG file, with their CRC checked. */
function chunks(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
    found.push({
      type: typeAndData.subarray(0, 4).toString('latin1'),
      data: typeAndData.subarray(4),
    });
    at += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  it('writes a valid 2x1 RGBA image', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]);
    const [ihdr, idat, iend] = chunks(encodePng(2, 1, rgba));
    expect(ihdr!.type).toBe('IHDR');
    expect([ihdr!.data.readUInt32BE(0), ihdr!.data.readUInt32BE(4)]).toEqual([2, 1]);
    expect([...ihdr!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    expect(idat!.type).toBe('IDAT');
    expect([...inflateSync(idat!.data)]).toEqual([0, ...rgba]);
    expect(iend).toEqual({ type: 'IEND', data: Buffer.alloc(0) });
  });
});

describe('drawIcon', () => {
  it('leaves the corners of a plain icon transparent and fills a maskable one', () => {
    expect(drawIcon(64, false)[3]).toBe(0);
    expect(drawIcon(64, true)[3]).toBe(255);
  });
});

describe('the committed icons in public/icons/', () => {
  for (const icon of ICONS) {
    it(`${icon.file} is what npm run icons draws (${icon.size}x${icon.size})`, () => {
      const png = readFileSync(new URL(`../../public/icons/${icon.file}`, import.meta.url));
      const found = chunks(png);
      const ihdr = found.find((c) => c.type === 'IHDR')!;
      expect([ihdr.data.readUInt32BE(0), ihdr.data.readUInt32BE(4)]).toEqual([
        icon.size,
        icon.size,
      ]);
      const pixels = inflateSync(
        Buffer.concat(found.filter((c) => c.type === 'IDAT').map((c) => c.data)),
      );
      // Compare pixels, not bytes: another zlib may compress the same pixels differently.
      expect(
        pixels.equals(scanlines(icon.size, icon.size, drawIcon(icon.size, icon.maskable))),
      ).toBe(true);
    });
  }
});
