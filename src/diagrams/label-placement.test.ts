import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { resources } from '../i18n/resources.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import type { PlanWords } from '../plan/plan-text.ts';
import { filterPaths } from '../view/selection.ts';
import { parseUrlState } from '../view/url-state.ts';
import { placeLabels, textWidth } from './label-placement.ts';
import { pairLines } from './pair-lines.ts';
import { buildRoleMap, edgePlans, isFaded } from './role-map.ts';

const catalog = readCommittedCatalog();

/** The map's label words straight from the locale files, as role-map-figure.tsx makes them. */
const wordsOf = (lng: 'ja' | 'en'): PlanWords => {
  const { words, setting } = resources[lng].plan;
  return {
    ...words,
    ...resources[lng].explorer.map.labelWords,
    unnumbered: (service) => words.unnumbered.replace('{{service}}', service),
    setting: (key) => setting[key],
    endpoint: (id) => id,
    encryption: (cls) => resources[lng].explorer.enc[cls],
  };
};

/** The labels the figure places (lines of 28 columns), for one language, filter and environment. */
function placedFor(lng: 'ja' | 'en', query: string, env: Environment = DEFAULT_ENVIRONMENT) {
  const ids = new Set(
    filterPaths(catalog, parseUrlState(new URLSearchParams(query)).state).map((p) => p.id),
  );
  const map = buildRoleMap(catalog.dataPaths, ids);
  const plans = edgePlans(map, { rules: catalog.firewallRules, env });
  const wanted = map.edges
    .filter((e) => !isFaded(e, map))
    .map((e) => ({
      key: e.key,
      spots: e.shape.labelSpots,
      lines: pairLines(plans.get(e.key)!, e, wordsOf(lng), 28),
    }))
    .sort((a, b) => a.spots.length - b.spots.length || b.lines.length - a.lines.length);
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

  const dagAndRange = {
    ...DEFAULT_ENVIRONMENT,
    dagPort: 64330,
    rpcRange: { from: 6005, to: 59530 },
  };
  for (const lng of ['ja', 'en'] as const)
    for (const query of ['', 'port=135', 'enc=none&enc=optional', 'role=cas', 'role=mailbox'])
      for (const env of [DEFAULT_ENVIRONMENT, dagAndRange])
        it(`finds a clear place for every label (${lng}, "${query}", ${env.dagPort ?? 'default'})`, () => {
          const placed = placedFor(lng, query, env);
          const crowded = [...placed].filter(([, p]) => !p.clear).map(([key]) => key);
          expect(crowded).toEqual([]);
        });
});
