import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirewallRule } from '../../catalog/schema.ts';
import { pairLines, pairSpoken } from '../../diagrams/pair-lines.ts';
import { edgePlans, type MapEdge, type RoleMap } from '../../diagrams/role-map.ts';
import type { Environment } from '../../plan/environment.ts';
import { usePlanWords } from '../../shared/use-plan-words.ts';

/** A label's lines wrap at this many columns (a Japanese character takes two). */
const LABEL_WIDTH = 28;

/**
 * The ports of each edge, from the port plan of its drawn paths in the link's environment: the
 * lines of its label (terse words for the dynamic range, which the legend explains) and the
 * text its link reads aloud (the plan's own words, unwrapped).
 */
export function useEdgePorts(map: RoleMap, rules: readonly FirewallRule[], env: Environment) {
  const { t } = useTranslation('explorer');
  const planWords = usePlanWords();
  const plans = useMemo(() => edgePlans(map, { rules, env }), [map, rules, env]);
  const labelWords = useMemo(
    () => ({
      ...planWords,
      dynamicRange: t('map.labelWords.dynamicRange'),
      rangeSet: t('map.labelWords.rangeSet'),
      dynamic: t('map.labelWords.dynamic'),
    }),
    [planWords, t],
  );
  const spokenWords = useMemo(
    () => ({ ...planWords, bothWays: t('port.bothWays') }),
    [planWords, t],
  );
  const lines = useCallback(
    (edge: MapEdge): string[] => {
      const plan = plans.get(edge.key);
      return plan ? pairLines(plan, edge, labelWords, LABEL_WIDTH) : [];
    },
    [plans, labelWords],
  );
  const spoken = useCallback(
    (edge: MapEdge): string => {
      const plan = plans.get(edge.key);
      return plan ? pairSpoken(plan, edge, spokenWords) : '';
    },
    [plans, spokenWords],
  );
  return { lines, spoken };
}
