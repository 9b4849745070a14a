import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirewallRule } from '../../catalog/schema.ts';
import { pairLines, pairSpoken } from '../../diagrams/pair-lines.ts';
import { LABEL_WIDTHS } from '../../diagrams/map-labels.ts';
import { edgePlans, type MapEdge, type RoleMap } from '../../diagrams/role-map.ts';
import type { Environment } from '../../plan/environment.ts';
import { usePlanWords } from '../../shared/use-plan-words.ts';

/**
 * The ports of each edge, from the port plan of its drawn paths in the link's environment: the
 * lines of its label (terse words for the dynamic range, which the legend explains) and the
 * text its link reads aloud (the plan's own words, unwrapped).
 */
export function useEdgePorts(map: RoleMap, rules: readonly FirewallRule[], env: Environment) {
  const { t } = useTranslation('explorer');
  const planWords = usePlanWords();
  // A link read again gives an equal environment in a new object: the plans follow its values.
  const envKey = JSON.stringify(env);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const plans = useMemo(() => edgePlans(map, { rules, env }), [map, rules, envKey]);
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
  // A label's lines wrap at `width` columns (a Japanese character takes two).
  const lines = useCallback(
    (edge: MapEdge, width: number = LABEL_WIDTHS[0]): string[] => {
      const plan = plans.get(edge.key);
      return plan ? pairLines(plan, edge, labelWords, width) : [];
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
