import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('prefers the link', () => expect(detectLanguage('?lang=en', ['ja-JP'])).toBe('en'));
  it('ignores an unknown lang in the link', () =>
    expect(detectLanguage('?lang=fr', ['en-US'])).toBe('en'));
  it('uses the first supported browser language', () =>
    expect(detectLanguage('', ['fr-FR', 'en-GB', 'ja'])).toBe('en'));
  it('falls back to Japanese', () => expect(detectLanguage('', ['de'])).toBe('ja'));
});
