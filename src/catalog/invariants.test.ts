import { describe, expect, it } from 'vitest';
import {
  authOriginsMatch,
  derivedTextIsVerbatim,
  inferredEndsAreFlagged,
  portRolesAreExplained,
} from './provenance-checks.ts';
import {
  everyTextHasEnglish,
  idsAreUnique,
  noteLinksAreMutual,
  noteReferencesResolve,
  portRangesAreOrdered,
} from './invariants.ts';
import type { Catalog } from './schema.ts';
import { readCommittedCatalog } from './test-support.ts';

const fresh = (): Catalog => structuredClone(readCommittedCatalog());

describe('catalog invariants hold on the committed catalog', () => {
  it.each([
    ['idsAreUnique', idsAreUnique],
    ['noteReferencesResolve', noteReferencesResolve],
    ['noteLinksAreMutual', noteLinksAreMutual],
    ['portRangesAreOrdered', portRangesAreOrdered],
    ['everyTextHasEnglish', everyTextHasEnglish],
    ['derivedTextIsVerbatim', derivedTextIsVerbatim],
    ['inferredEndsAreFlagged', inferredEndsAreFlagged],
    ['authOriginsMatch', authOriginsMatch],
    ['portRolesAreExplained', portRolesAreExplained],
  ])('%s finds nothing', (_name, check) => {
    expect(check(readCommittedCatalog())).toEqual([]);
  });
});

describe('each invariant catches what it is for', () => {
  it('duplicate ids', () => {
    const c = fresh();
    c.firewallRules[1]!.id = c.firewallRules[0]!.id;
    expect(idsAreUnique(c)).toEqual([`duplicate id "${c.firewallRules[0]!.id}"`]);
  });

  it('dangling note references', () => {
    const c = fresh();
    c.notes[3]!.concerns.push('no-such-row');
    c.dataPaths[0]!.noteIds.push('no-such-note');
    expect(noteReferencesResolve(c)).toHaveLength(2);
  });

  it('one-sided note links', () => {
    const c = fresh();
    c.dataPaths[0]!.noteIds = [];
    expect(noteLinksAreMutual(c)).toEqual([
      `${c.dataPaths[0]!.id} noteIds disagree with the notes' concerns`,
    ]);
  });

  it('reversed ranges and numbered special ports', () => {
    const c = fresh();
    const um = c.dataPaths.find((r) => r.id === 'um-telephony')!;
    const rtp = um.ports.find((p) => p.to === 65535)!;
    rtp.from = 65535;
    rtp.to = 1024;
    c.firewallRules[0]!.ports[0]!.from = 135;
    expect(portRangesAreOrdered(c)).toHaveLength(2);
  });

  it('missing or untranslated English', () => {
    const c = fresh();
    c.dataPaths[0]!.source.en.path = ' ';
    c.notes[0]!.en = c.notes[0]!.ja;
    expect(everyTextHasEnglish(c)).toHaveLength(2);
  });

  it('port and erratum texts that are not in the source', () => {
    const c = fresh();
    c.dataPaths[0]!.ports[0]!.origin.text = '26/TCP (SMTP)';
    c.firewallRules.find((r) => r.errata.length)!.errata[0]!.text = 'invented';
    expect(derivedTextIsVerbatim(c)).toHaveLength(2);
  });

  it('provenance that points nowhere: an end, an inference without a reason, a note', () => {
    const c = fresh();
    const row = c.dataPaths.find((r) => r.id === 'transport-hub-to-edge')!;
    row.ends.to = { source: 'cell', text: 'メールボックス サーバー' };
    const inferredPort = c.dataPaths
      .flatMap((r) => r.ports)
      .find((p) => p.origin.source === 'inferred')!;
    delete inferredPort.origin.reason;
    const notePort = c.dataPaths.flatMap((r) => r.ports).find((p) => p.origin.source === 'note')!;
    notePort.origin.text = 'UDP/9999';
    expect(derivedTextIsVerbatim(c)).toHaveLength(3);
  });

  it('endpointsInferred that disagrees with the ends', () => {
    const c = fresh();
    c.dataPaths.find((r) => r.id === 'cas-owa')!.endpointsInferred = true;
    expect(inferredEndsAreFlagged(c)).toEqual([
      'cas-owa: endpointsInferred disagrees with its ends',
    ]);
  });

  it('authentication ids that disagree with their provenance', () => {
    const c = fresh();
    c.dataPaths[0]!.auth.default = ['ntlm'];
    expect(authOriginsMatch(c)).toHaveLength(1);
  });

  it('a related port that is also a port of the path, and an unexplained two-way port', () => {
    const c = fresh();
    const edgeSync = c.dataPaths.find((r) => r.id === 'transport-edgesync')!;
    edgeSync.ports.push(structuredClone(edgeSync.relatedPorts[0]!));
    const hub = c.dataPaths.find((r) => r.id === 'transport-hub-to-edge')!;
    hub.ports[0]!.direction = 'both';
    expect(portRolesAreExplained(c)).toEqual([
      'transport-hub-to-edge: ports marked both ways and bothWays disagree',
      'transport-edgesync: related port "TCP 50389" is also a port of the path',
    ]);
  });
});
