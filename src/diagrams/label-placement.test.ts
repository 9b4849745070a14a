import { describe, expect, it } from 'vitest';
import type { PortEntry } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { portText, type PortWords } from '../shared/port-label.ts';
import { filterPaths } from '../view/selection.ts';
import { parseUrlState } from '../view/url-state.ts';
import { resources } from '../i18n/resources.ts';
import { compactPortLines } from './compact-ports.ts';
import { placeLabels, textWidth } from './label-placement.ts';
import { buildRoleMap, isFaded } from './role-map.ts';

const catalog = readCommittedCatalog();

const wordsOf = (lng: 'ja' | 'en'): PortWords => {
  const port = resources[lng].explorer.port;
  return {
    dynamicRpc: port.dynamicRpc,
    rpcEpmap: port.rpcEpmap,
    dynamic: port.dynamic,
    any: port.any,
    unnumbered: (service) => port.unnumbered.replace('{{service}}', service),
  };
};

/** The labels the figure places, for one language and one filter. */
function placedFor(lng: 'ja' | 'en', query: string) {
  const ids = new Set(
    filterPaths(catalog, parseUrlState(new URLSearchParams(query)).state).map((p) => p.id),
  );
  const map = buildRoleMap(catalog.dataPaths, ids);
  const words = wordsOf(lng);
  const compact = {
    dynamicRpc: words.dynamicRpc,
    nameOf: (p: PortEntry) => portText(p, words),
  };
  const wanted = map.edges
    .filter((e) => !isFaded(e, map))
    .map((e) => ({
      key: e.key,
      spots: e.shape.labelSpots,
      lines: compactPortLines(e.ports, compact),
    }));
  return placeLabels(
    wanted,
    map.nodes.map((n) => n.place),
  );
}

describe('placeLabels', () => {
  it('measures Japanese characters as a full em and Latin as 0.6 em', () => {
    expect(textWidth('TCP')).toBeCloseTo(3 * 0.6 * 11);
    expect(textWidth('動的')).toBe(22);
  });

  for (const lng of ['ja', 'en'] as const)
    for (const query of ['', 'port=135', 'enc=none&enc=optional', 'role=cas'])
      it(`finds a clear place for every label (${lng}, "${query}")`, () => {
        const placed = placedFor(lng, query);
        const crowded = [...placed].filter(([, p]) => !p.clear).map(([key]) => key);
        expect(crowded).toEqual([]);
      });
});
