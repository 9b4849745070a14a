import { describe, expect, it } from 'vitest';
import { parseUrlState } from './url-state.ts';
import { sameData } from './same-data.ts';

const read = (query: string) => parseUrlState(new URLSearchParams(query));

describe('sameData', () => {
  it('compares primitives, arrays and plain objects by value', () => {
    expect(sameData(1, 1)).toBe(true);
    expect(sameData(null, null)).toBe(true);
    expect(sameData(null, {})).toBe(false);
    expect(sameData([1, [2]], [1, [2]])).toBe(true);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({ a: 1, b: { c: 'x' } }, { b: { c: 'x' }, a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
  });

  it('finds two readings of one link the same, and of two links different', () => {
    const link = '?role=cas&dir=in&port=tcp/443&enc=none&q=owa&rpcrange=6005-59530&foo=1';
    expect(sameData(read(link), read(link))).toBe(true);
    expect(sameData(read(link).state, read(`${link}&sort=-port`).state)).toBe(false);
    expect(sameData(read('?port=443').state, read('?port=4433').state)).toBe(false);
    expect(sameData(read('?addr-hub=10.0.0.1').state, read('?addr-hub=10.0.0.2').state)).toBe(
      false,
    );
  });
});
