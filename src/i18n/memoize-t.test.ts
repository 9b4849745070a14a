import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { memoizeT } from './memoize-t.ts';
import { i18nOptions } from './setup-i18n.ts';

describe('memoizeT', () => {
  it('answers like t, asking t once per key and options', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ ...i18nOptions('en') });
    const t = i18n.getFixedT('en', 'explorer');
    const spy = vi.fn(t);
    const cached = memoizeT(spy as unknown as typeof t);
    expect(cached('enc.none')).toBe(t('enc.none'));
    expect(cached('enc.none')).toBe('Not supported');
    expect(cached('filters.count', { count: 3 })).toBe(t('filters.count', { count: 3 }));
    expect(cached('filters.count', { count: 3 })).toBe('3 rows');
    expect(cached('filters.count', { count: 4 })).toBe('4 rows');
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('keeps one cache per function, so another language is not served from it', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ ...i18nOptions('en') });
    const en = memoizeT(i18n.getFixedT('en', 'explorer'));
    const ja = memoizeT(i18n.getFixedT('ja', 'explorer'));
    expect(en('enc.none')).toBe('Not supported');
    expect(ja('enc.none')).toBe('サポートなし');
  });
});
