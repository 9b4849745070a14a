import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PortQuery } from './filter-values.ts';
import { formatPortQuery, parsePortQuery } from './port-query.ts';

const q = (from: number, to = from, protocol: PortQuery['protocol'] = null): PortQuery => ({
  protocol,
  from,
  to,
});

describe('parsePortQuery accepts the forms people type', () => {
  it.each<[string, PortQuery]>([
    ['443', q(443)],
    ['  443 ', q(443)],
    ['5060-5070', q(5060, 5070)],
    ['5060 - 5070', q(5060, 5070)],
    ['5060~5070', q(5060, 5070)],
    ['5060〜5070', q(5060, 5070)],
    ['5060～5070', q(5060, 5070)],
    ['udp/3343', q(3343, 3343, 'udp')],
    ['tcp/135', q(135, 135, 'tcp')],
    ['3343/udp', q(3343, 3343, 'udp')],
    ['UDP/3343', q(3343, 3343, 'udp')],
    ['Tcp / 5060-5070', q(5060, 5070, 'tcp')],
    ['ＵＤＰ／３３４３', q(3343, 3343, 'udp')],
    ['５０６０－５０７０', q(5060, 5070)],
    ['\u3000443\u3000', q(443)],
    ['1', q(1)],
    ['65535', q(65535)],
    ['1-65535', q(1, 65535)],
    ['7-7', q(7)],
  ])('%j', (text, expected) => {
    expect(parsePortQuery(text)).toEqual({ ok: true, query: expected });
  });
});

describe('parsePortQuery says why it refused', () => {
  it.each([
    ['0', 'port-out-of-range'],
    ['99999', 'port-out-of-range'],
    ['65536', 'port-out-of-range'],
    ['0-80', 'port-out-of-range'],
    ['80-70000', 'port-out-of-range'],
    ['99999999999999999999999', 'port-out-of-range'],
    ['9-1', 'port-reversed'],
    ['udp/5070-5060', 'port-reversed'],
    ['abc', 'port-not-a-number'],
    ['12a', 'port-not-a-number'],
    ['1.5', 'port-not-a-number'],
    ['-5', 'port-not-a-number'],
    ['5-', 'port-not-a-number'],
    ['tcp/', 'port-not-a-number'],
    ['/443', 'port-not-a-number'],
    ['sctp/443', 'port-not-a-number'],
    ['tcp/443/udp', 'port-not-a-number'],
    ['tcp/udp', 'port-not-a-number'],
    ['1 2', 'port-not-a-number'],
    ['', 'port-not-a-number'],
    ['   ', 'port-not-a-number'],
  ])('%j → %s', (text, reason) => {
    expect(parsePortQuery(text)).toEqual({ ok: false, reason });
  });
});

describe('formatPortQuery', () => {
  it.each<[PortQuery, string]>([
    [q(443), '443'],
    [q(5060, 5070), '5060-5070'],
    [q(3343, 3343, 'udp'), 'udp/3343'],
    [q(5060, 5070, 'tcp'), 'tcp/5060-5070'],
  ])('%j → %s', (query, text) => {
    expect(formatPortQuery(query)).toBe(text);
  });

  it('round-trips through parsePortQuery for every valid query', () => {
    const port = fc.integer({ min: 1, max: 65535 });
    const query = fc
      .tuple(port, port, fc.constantFrom('tcp' as const, 'udp' as const, null))
      .map(([a, b, protocol]) => q(Math.min(a, b), Math.max(a, b), protocol));
    fc.assert(
      fc.property(query, (input) => {
        expect(parsePortQuery(formatPortQuery(input))).toEqual({ ok: true, query: input });
      }),
    );
  });

  it('never throws and only returns valid queries, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const result = parsePortQuery(text);
        if (result.ok) {
          const { from, to } = result.query;
          expect(Number.isInteger(from) && from >= 1 && from <= to && to <= 65535).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
