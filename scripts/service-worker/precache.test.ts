import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasIntegrity, integrityOf } from './integrity.ts';
import { navigatedFile } from './navigation.ts';
import { addIntegrity } from './precache.ts';

const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

describe('integrityOf', () => {
  it('is the SRI string browsers compute (sha384, base64)', async () => {
    expect(await integrityOf(new TextEncoder().encode('{"a":1}'))).toBe(sri('{"a":1}'));
  });

  it('tells the file the build named from any other body', async () => {
    expect(await hasIntegrity(new Response('{"a":1}'), sri('{"a":1}'))).toBe(true);
    expect(await hasIntegrity(new Response('{"broken": tru'), sri('{"a":1}'))).toBe(false);
    expect(await hasIntegrity(new Response(''), sri('{"a":1}'))).toBe(false);
  });

  it('leaves the response readable', async () => {
    const response = new Response('body');
    await hasIntegrity(response, sri('body'));
    expect(await response.text()).toBe('body');
  });
});

describe('navigatedFile', () => {
  it('drops the query and the fragment, and reads a folder as its index.html', () => {
    expect(navigatedFile('https://h/sub/path/?view=map&lang=en#x')).toBe(
      'https://h/sub/path/index.html',
    );
    expect(navigatedFile('https://h/index.html?port=135')).toBe('https://h/index.html');
    expect(navigatedFile('https://h/source/doc.ja.txt')).toBe('https://h/source/doc.ja.txt');
  });
});

describe('addIntegrity', () => {
  it('gives every entry the SRI string of its file, keeping its revision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precache-'));
    mkdirSync(join(dir, 'source'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'source', 'a b.txt'), 'text');
    const transform = addIntegrity(() => dir);
    const { manifest } = await transform([
      { url: 'index.html', revision: 'r1', size: 15 },
      { url: 'source/a%20b.txt', revision: 'r2', size: 4 },
    ]);
    expect(manifest).toEqual([
      { url: 'index.html', revision: 'r1', size: 15, integrity: sri('<!doctype html>') },
      { url: 'source/a%20b.txt', revision: 'r2', size: 4, integrity: sri('text') },
    ]);
  });
});
