import { describe, expect, it } from 'vitest';
import { precacheManifest, renderWorker, type BuiltFile } from './precache.ts';

const file = (path: string, text = path): BuiltFile => ({
  path,
  content: new TextEncoder().encode(text),
});

const BUILD = [
  file('index.html'),
  file('assets/index-Ab12.js'),
  file('assets/index-Ab12.js.map'),
  file('assets/matrix-page-Cd34.js'),
  file('catalog.json'),
  file('source/exchange 2010.ja.txt'),
  file('sw.js'),
];

describe('precacheManifest', () => {
  it('lists every built file but the worker and source maps, sorted, as relative URLs', () => {
    expect(precacheManifest(BUILD, 'code').urls).toEqual([
      'assets/index-Ab12.js',
      'assets/matrix-page-Cd34.js',
      'catalog.json',
      'index.html',
      'source/exchange%202010.ja.txt',
    ]);
  });

  it('gives the same version for the same build, in any order', () => {
    const { version } = precacheManifest(BUILD, 'code');
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheManifest([...BUILD].reverse(), 'code').version).toBe(version);
  });

  it('gives a new version when a file, a path or the worker code changes', () => {
    const { version } = precacheManifest(BUILD, 'code');
    const changed = BUILD.map((f) => (f.path === 'catalog.json' ? file(f.path, '{}') : f));
    const renamed = BUILD.map((f) => (f.path === 'catalog.json' ? file('data.json', f.path) : f));
    expect(precacheManifest(changed, 'code').version).not.toBe(version);
    expect(precacheManifest(renamed, 'code').version).not.toBe(version);
    expect(precacheManifest(BUILD, 'other code').version).not.toBe(version);
  });

  it('ignores what it does not precache', () => {
    const { version } = precacheManifest(BUILD, 'code');
    const noise = [...BUILD, file('assets/extra.js.map'), file('sw.js', 'old worker')];
    expect(precacheManifest(noise, 'code').version).toBe(version);
  });
});

describe('renderWorker', () => {
  it('puts the version and the files in front of the code', () => {
    expect(renderWorker('self.x = 1;', { version: 'abc', urls: ['index.html', "it's.js"] })).toBe(
      'const VERSION = "abc";\nconst FILES = ["index.html","it\'s.js"];\nself.x = 1;',
    );
  });
});
