import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpokenWords } from '../../diagrams/pair-lines.ts';
import type { PlanWords } from '../../plan/plan-text.ts';
import { usePlanWords } from '../../shared/use-plan-words.ts';

/**
 * The words a cell writes its plan in: terse for the dynamic range (the whole matrix prints on
 * one page; the legend explains them), and the plan's own words for the link read aloud.
 */
export function useCellWords(): { shown: PlanWords; spoken: SpokenWords } {
  const { t } = useTranslation('explorer');
  const planWords = usePlanWords();
  return useMemo(
    () => ({
      shown: {
        ...planWords,
        dynamicRange: t('matrix.cellWords.dynamicRange'),
        rangeSet: t('matrix.cellWords.rangeSet'),
        dynamic: t('matrix.cellWords.dynamic'),
      },
      spoken: { ...planWords, bothWays: t('port.bothWays') },
    }),
    [planWords, t],
  );
}
