import { describe, expect, it } from 'vitest';
import { readAddress, readAddressList } from './remote-addresses.ts';

describe('remote addresses', () => {
  it.each([
    ['10.0.1.10', '10.0.1.10'],
    ['10.0.1.0/24', '10.0.1.0/24'],
    ['10.0.1.5-10.0.1.9', '10.0.1.5-10.0.1.9'],
    ['FE80::1', 'fe80::1'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['localsubnet', 'LocalSubnet'],
    ['any', 'Any'],
    ['DefaultGateway', 'DefaultGateway'],
  ])('takes %s as %s', (raw, written) => {
    expect(readAddress(raw)).toBe(written);
  });

  it.each([
    'mbx01.contoso.com',
    '10.0.1.256',
    '10.0.1',
    '10.0.1.0/33',
    '10.0.1.0/24/1',
    '10.0.1.5-',
    '1.2.3.4"&calc',
    '%COMSPEC%',
    "'); Start-Process calc; ('",
    '::g',
    '[::1]',
    '',
  ])('refuses %j', (raw) => {
    expect(readAddress(raw)).toBeNull();
  });

  it('reads a list split by commas, spaces or new lines, once each, and names what it refuses', () => {
    expect(readAddressList('10.0.1.10, 10.0.1.11\n10.0.1.10;mbx01 &calc')).toEqual({
      addresses: ['10.0.1.10', '10.0.1.11'],
      refused: ['mbx01', '&calc'],
    });
  });
});
