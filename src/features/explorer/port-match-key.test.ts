import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../../catalog/test-support.ts';
import { parsePortQuery } from '../../filters/port-query.ts';
import { portMatchKey } from './port-match-key.ts';

const catalog = readCommittedCatalog();
const ports = (id: string) => catalog.dataPaths.find((p) => p.id === id)!.ports;
const query = (text: string) => {
  const parsed = parsePortQuery(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.query;
};

describe('portMatchKey', () => {
  it('is empty without a query, and the same for two queries that match nothing', () => {
    expect(portMatchKey(ports('cas-owa'), null)).toBe('');
    expect(portMatchKey(ports('cas-owa'), query('4'))).toBe(
      portMatchKey(ports('cas-owa'), query('44')),
    );
  });

  it('changes when a query starts matching, and names the entry and the reason', () => {
    expect(portMatchKey(ports('cas-owa'), query('443'))).toBe('1:exact');
    expect(portMatchKey(ports('mailbox-mapi'), query('50000'))).toBe('1:dynamic-rpc-range');
  });
});
