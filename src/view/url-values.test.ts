import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './view-state.ts';
import { inOrder, LIST_KEYS, SINGLE_KEYS } from './url-values.ts';

describe('inOrder', () => {
  it('keeps the ids picked, once each, in the order of the id list', () => {
    expect(inOrder(LIST_KEYS.role, ['ad', 'cas', 'nope', 'hub', 'cas'])).toEqual([
      'hub',
      'cas',
      'ad',
    ]);
    expect(inOrder(LIST_KEYS.enc, [])).toEqual([]);
  });
});

describe('single-value readers', () => {
  it('sort: a leading minus is descending; only known columns', () => {
    const draft = structuredClone(DEFAULT_STATE);
    expect(SINGLE_KEYS.sort('-roles', draft)).toBeNull();
    expect(draft.sort).toEqual({ column: 'roles', desc: true });
    expect(SINGLE_KEYS.sort('PORT', draft)).toBe('unknown-value');
    expect(draft.sort).toEqual({ column: 'roles', desc: true }); // a refused value changes nothing
  });

  it('open: row-id shaped values only, whether or not the row exists', () => {
    const draft = structuredClone(DEFAULT_STATE);
    expect(SINGLE_KEYS.open('no-such-row-9', draft)).toBeNull();
    expect(draft.open).toBe('no-such-row-9');
    expect(SINGLE_KEYS.open('cas owa', draft)).toBe('unknown-value');
    expect(SINGLE_KEYS.open('<script>', draft)).toBe('unknown-value');
  });

  it('lang is read and checked but never touches the view', () => {
    expect(SINGLE_KEYS.lang('en')).toBeNull();
    expect(SINGLE_KEYS.lang('EN')).toBe('unknown-value');
    expect(SINGLE_KEYS.lang.length).toBe(1); // it is not even given the draft
  });
});
