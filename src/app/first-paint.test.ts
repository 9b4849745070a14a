// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Catalog } from '../catalog/schema.ts';
import { filterPaths } from '../view/selection.ts';
import { parseUrlState } from '../view/url-state.ts';
import { dropHiddenPrerender, paintFirstView } from './first-paint.ts';

// Read by path: jsdom's URL is not the one node:url's fileURLToPath takes (see test-support.ts).
const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;

/** The neutral frames index.html holds (scripts/vite-prerender.ts), marked as public/early.js does. */
function frames(marked = true) {
  document.documentElement.removeAttribute('data-first-paint');
  if (marked) document.documentElement.setAttribute('data-first-paint', 'frame');
  document.body.innerHTML = ['ja', 'en']
    .map(
      (lang) =>
        `<div data-first-frame="${lang}" lang="${lang}"><main><p role="status">…</p></main></div>`,
    )
    .join('');
}

const painted = () =>
  [...document.querySelectorAll('[data-first-view] tbody tr')].map((tr) =>
    tr.getAttribute('data-row-id'),
  );

describe('paintFirstView', () => {
  beforeEach(() => frames());

  it.each(['?role=cas&dir=in&lang=en', '?port=135&lang=ja', '?q=owa&lang=en'])(
    '%s draws exactly the selection of the app',
    (search) => {
      expect(paintFirstView(catalog, search, document)).toBe(true);
      const expected = filterPaths(catalog, parseUrlState(new URLSearchParams(search)).state);
      expect(expected.length).toBeGreaterThan(0);
      expect(painted()).toEqual(expected.map((p) => p.id));
      const lang = new URLSearchParams(search).get('lang');
      expect(
        document.querySelector(`[data-first-frame="${lang}"] [data-first-view]`),
      ).not.toBeNull();
    },
  );

  it('words the caption and the status in the link language', () => {
    paintFirstView(catalog, '?role=edge&lang=en', document);
    const count = painted().length;
    expect(document.querySelector('caption')?.textContent).toBe(
      `Data paths: Showing ${count} of ${catalog.dataPaths.length}`,
    );
    expect(document.querySelector('[data-first-frame="en"] [role="status"]')?.textContent).toMatch(
      /ready in a moment/,
    );
  });

  it.each([
    ['another view', '?view=map'],
    ['another table', '?table=rules'],
    ['a sort', '?sort=port'],
    ['an opened row', '?open=hub-hub-smtp'],
    ['an ignored value, which the app names', '?port=http'],
    ['an unknown key', '?colour=red'],
  ])('draws nothing for %s', (_, search) => {
    expect(paintFirstView(catalog, search, document)).toBe(false);
    expect(document.querySelector('[data-first-view]')).toBeNull();
  });

  it('draws nothing when index.html shows its own table (no frame marked)', () => {
    frames(false);
    expect(paintFirstView(catalog, '?port=25', document)).toBe(false);
  });

  it.each([null, 'text', { schemaVersion: 1, dataPaths: [], notes: [] }, { schemaVersion: 2 }])(
    'draws nothing from a catalog of another shape: %j',
    (data) => {
      expect(paintFirstView(data, '?port=25', document)).toBe(false);
      expect(document.querySelector('[data-first-view]')).toBeNull();
    },
  );

  it('puts catalog text in as text', () => {
    const evil = structuredClone(catalog);
    evil.dataPaths[0]!.source.en.path = '<img src=x onerror=alert(1)>';
    paintFirstView(evil, '?lang=en&section=transport', document);
    expect(document.querySelector('[data-first-view] img')).toBeNull();
    expect(document.querySelector('[data-first-view]')?.textContent).toContain('<img src=x');
  });

  it('removes the hidden prerendered table when the frame shows, and only then', () => {
    const withPrerender = (marked: boolean) => {
      frames(marked);
      document.body.insertAdjacentHTML(
        'afterbegin',
        '<div data-prerender=""><table></table></div>',
      );
      dropHiddenPrerender(document);
      return document.querySelector('[data-prerender]');
    };
    expect(withPrerender(true)).toBeNull();
    expect(withPrerender(false)).not.toBeNull();
  });
});
