import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { pathMatchesAuth } from './auth-match.ts';

const catalog = readCommittedCatalog();
const path = (id: string) => catalog.dataPaths.find((p) => p.id === id)!;

describe('pathMatchesAuth', () => {
  it('nothing selected matches every path', () => {
    expect(catalog.dataPaths.every((p) => pathMatchesAuth(p, [], 'default'))).toBe(true);
  });

  it('scope decides which list counts (OWA: forms by default, basic only supported)', () => {
    const owa = path('cas-owa');
    expect(pathMatchesAuth(owa, ['basic'], 'default')).toBe(false);
    expect(pathMatchesAuth(owa, ['basic'], 'supported')).toBe(true);
    expect(pathMatchesAuth(owa, ['basic'], 'any')).toBe(true);
    expect(pathMatchesAuth(owa, ['forms'], 'default')).toBe(true);
  });

  it("'any' also finds a default the source leaves out of the supported list", () => {
    // Autodiscover lists Integrated Windows as a default but not among the supported methods.
    const autodiscover = path('cas-autodiscover');
    expect(pathMatchesAuth(autodiscover, ['integrated-windows'], 'supported')).toBe(false);
    expect(pathMatchesAuth(autodiscover, ['integrated-windows'], 'default')).toBe(true);
    expect(pathMatchesAuth(autodiscover, ['integrated-windows'], 'any')).toBe(true);
  });

  it('several methods are alternatives', () => {
    const edgeSync = path('transport-edgesync'); // basic
    expect(pathMatchesAuth(edgeSync, ['kerberos', 'basic'], 'default')).toBe(true);
    expect(pathMatchesAuth(edgeSync, ['kerberos', 'ntlm'], 'any')).toBe(false);
  });

  it('mtls is only ever supported on the telephony path, never its default', () => {
    const ids = (scope: 'default' | 'supported') =>
      catalog.dataPaths.filter((p) => pathMatchesAuth(p, ['mtls'], scope)).map((p) => p.id);
    expect(ids('supported')).toEqual(['cas-from-ocs', 'um-telephony']);
    expect(ids('default')).toEqual(['cas-from-ocs']);
  });
});
