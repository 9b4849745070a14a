import { describe, expect, it } from 'vitest';
import type { EndpointId } from '../catalog/schema.ts';
import { readCommittedCatalog } from '../catalog/test-support.ts';
import { resources } from '../i18n/resources.ts';
import { DEFAULT_ENVIRONMENT, type Environment } from '../plan/environment.ts';
import type { PlanWords } from '../plan/plan-text.ts';
import { ENCRYPTION_MARK } from '../shared/encryption-mark.ts';
import { filterPaths } from '../view/selection.ts';
import { parseUrlState } from '../view/url-state.ts';
import {
  boxesOverlap,
  LABEL_FONT_SIZE,
  nodeBox,
  polylineHitsBox,
  segmentHitsBox,
  textWidth,
} from './label-boxes.ts';
import { MAP_SIZE } from './map-layout.ts';
import { markedLines, placeMapLabels } from './map-labels.ts';
import { pairLines } from './pair-lines.ts';
import { buildRoleMap, edgePlans, isFaded } from './role-map.ts';

const catalog = readCommittedCatalog();

/** The map's label words straight from the locale files, as use-edge-ports.ts makes them. */
const wordsOf = (lng: 'ja' | 'en'): PlanWords => {
  const { words, setting } = resources[lng].plan;
  return {
    ...words,
    ...resources[lng].explorer.map.labelWords,
    unnumbered: (service) => words.unnumbered.replace('{{service}}', service),
    setting: (key) => setting[key],
    endpoint: (id) => resources[lng].labels.endpoint[id as EndpointId],
    encryption: (cls) => resources[lng].explorer.enc[cls],
  };
};

/** The map and its placed labels (wrapped, marked), as role-map-figure.tsx draws them. */
function drawn(lng: 'ja' | 'en', query: string, env: Environment = DEFAULT_ENVIRONMENT) {
  const ids = new Set(
    filterPaths(catalog, parseUrlState(new URLSearchParams(query)).state).map((p) => p.id),
  );
  const map = buildRoleMap(catalog.dataPaths, ids);
  const plans = edgePlans(map, { rules: catalog.firewallRules, env });
  const placed = placeMapLabels(map, (e, width) =>
    markedLines(
      ENCRYPTION_MARK[e.encryption],
      pairLines(plans.get(e.key)!, e, wordsOf(lng), width),
    ),
  );
  return { map, placed };
}

const QUERIES = [
  '',
  'port=135',
  'role=um&dir=out',
  'enc=none',
  'enc=none&enc=optional',
  'role=cas',
];
const ENVIRONMENTS: [string, Environment][] = [
  ['default', DEFAULT_ENVIRONMENT],
  [
    'dagport, range and static RPC ports',
    {
      ...DEFAULT_ENVIRONMENT,
      dagPort: 64330,
      rpcRange: { from: 6005, to: 59530 },
      rpcClientAccess: 59532,
      addressBook: 59533,
      publicFolderRpc: 59534,
    },
  ],
];

describe('placeMapLabels', () => {
  it('writes nearly every label on the map: at most 4 of the whole map are numbered', () => {
    for (const lng of ['ja', 'en'] as const) {
      const { placed } = drawn(lng, '');
      expect(placed.size).toBe(26);
      expect([...placed.values()].filter((l) => l.note !== undefined).length).toBeLessThanOrEqual(
        4,
      );
    }
  });

  it('gives the same labels for the same map and texts, from what it kept', () => {
    const first = drawn('en', 'role=cas').placed;
    const again = drawn('en', 'role=cas').placed;
    expect(again).toBe(first);
    const other = drawn('en', 'role=mailbox').placed;
    expect(other).not.toBe(first);
  });

  it('measures conservatively: Latin 0.62 em, Japanese and symbols a full em', () => {
    expect(textWidth('TCP')).toBeCloseTo(3 * 0.62 * LABEL_FONT_SIZE);
    expect(textWidth('動的')).toBe(2 * LABEL_FONT_SIZE);
    expect(textWidth('●')).toBe(LABEL_FONT_SIZE);
  });

  it('tells a segment through a box from one beside it', () => {
    const box = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(segmentHitsBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -5, y: -5 }, { x: 15, y: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x: -5, y: 11 }, { x: 15, y: 11 }, box)).toBe(false);
    expect(segmentHitsBox({ x: 12, y: -5 }, { x: 20, y: 5 }, box)).toBe(false);
  });

  for (const lng of ['ja', 'en'] as const)
    for (const query of QUERIES)
      for (const [envName, env] of ENVIRONMENTS)
        it(`crosses no label with an arrow and overlaps none (${lng}, "${query}", ${envName})`, () => {
          const { map, placed } = drawn(lng, query, env);
          const kept = map.edges.filter((e) => !isFaded(e, map)).map((e) => e.key);
          expect([...placed.keys()].sort()).toEqual([...kept].sort());
          const problems: string[] = [];
          const labels = [...placed];
          for (const [key, label] of labels) {
            const { box } = label;
            for (const edge of map.edges)
              if (polylineHitsBox(edge.shape.points, box))
                problems.push(`${key}: crossed by ${edge.key}`);
            for (const node of map.nodes)
              if (boxesOverlap(box, nodeBox(node.place))) problems.push(`${key}: on ${node.id}`);
            for (const [other, o] of labels)
              if (other > key && boxesOverlap(box, o.box)) problems.push(`${key}: on ${other}`);
            if (
              box.left < 0 ||
              box.top < 0 ||
              box.right > MAP_SIZE.width ||
              box.bottom > MAP_SIZE.height
            )
              problems.push(`${key}: outside the map`);
          }
          expect(problems).toEqual([]);
        });
});
