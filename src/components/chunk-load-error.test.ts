// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from './chunk-load-error.ts';

describe('isChunkLoadError', () => {
  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://h/assets/map-page-a1.js'],
    ['Firefox', 'error loading dynamically imported module: https://h/assets/map-page-a1.js'],
    ['Safari', 'Importing a module script failed.'],
    ['Vite, a view stylesheet', 'Unable to preload CSS for /assets/sheet-b2.css'],
  ])('recognises %s', (_, message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('recognises any error that Vite reported with vite:preloadError', () => {
    const error = new Error('something else went wrong fetching a view');
    expect(isChunkLoadError(error)).toBe(false);
    window.dispatchEvent(Object.assign(new Event('vite:preloadError'), { payload: error }));
    expect(isChunkLoadError(error)).toBe(true);
  });

  it.each([
    new Error('rows is not iterable'),
    new TypeError("Cannot read properties of undefined (reading 'map')"),
    'Failed to fetch dynamically imported module',
    null,
    undefined,
  ])('leaves other errors alone: %s', (error) => {
    expect(isChunkLoadError(error)).toBe(false);
  });
});
