import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { pathMatchesRoles, ruleMatchesRoles } from './role-match.ts';

const catalog = readCommittedCatalog();
const path = (id: string) => catalog.dataPaths.find((p) => p.id === id)!;
const rule = (id: string) => catalog.firewallRules.find((r) => r.id === id)!;

describe('pathMatchesRoles', () => {
  it('no role selected matches every path, in every direction', () => {
    expect(catalog.dataPaths.every((p) => pathMatchesRoles(p, [], 'in'))).toBe(true);
  });

  it('in: the role is the destination; out: the source; any: either', () => {
    const casToAd = path('cas-to-ad'); // cas → ad
    expect(pathMatchesRoles(casToAd, ['cas'], 'out')).toBe(true);
    expect(pathMatchesRoles(casToAd, ['cas'], 'in')).toBe(false);
    expect(pathMatchesRoles(casToAd, ['ad'], 'in')).toBe(true);
    expect(pathMatchesRoles(casToAd, ['ad'], 'out')).toBe(false);
    expect(pathMatchesRoles(casToAd, ['cas'], 'any')).toBe(true);
    expect(pathMatchesRoles(casToAd, ['ad'], 'any')).toBe(true);
    expect(pathMatchesRoles(casToAd, ['hub'], 'any')).toBe(false);
  });

  it('several roles are alternatives', () => {
    const umToCas = path('um-to-cas'); // um → cas
    expect(pathMatchesRoles(umToCas, ['hub', 'cas'], 'in')).toBe(true);
    expect(pathMatchesRoles(umToCas, ['hub', 'mailbox'], 'any')).toBe(false);
  });

  it('a path from a role to itself matches in both directions', () => {
    const hubToHub = path('transport-hub-to-hub');
    expect(pathMatchesRoles(hubToHub, ['hub'], 'in')).toBe(true);
    expect(pathMatchesRoles(hubToHub, ['hub'], 'out')).toBe(true);
  });
});

describe('ruleMatchesRoles', () => {
  it('matches when the rule is created on any selected role', () => {
    const adTopology = rule('fw-msexchangeadtopology-rpc'); // cas, hub, mailbox, um
    expect(ruleMatchesRoles(adTopology, ['um'])).toBe(true);
    expect(ruleMatchesRoles(adTopology, ['edge'])).toBe(false);
    expect(ruleMatchesRoles(adTopology, ['edge', 'hub'])).toBe(true);
    expect(ruleMatchesRoles(adTopology, [])).toBe(true);
  });

  it('an endpoint that is not an Exchange role has no rules', () => {
    expect(catalog.firewallRules.filter((r) => ruleMatchesRoles(r, ['ad']))).toEqual([]);
    expect(catalog.firewallRules.filter((r) => ruleMatchesRoles(r, ['client']))).toEqual([]);
  });
});
