import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanWords } from '../plan/plan-text.ts';

/** The plan's words in the page language, for plan-text.ts. */
export function usePlanWords(): PlanWords {
  const { t, i18n } = useTranslation(['plan', 'labels', 'explorer']);
  return useMemo(
    () => ({
      dynamicRange: t('plan:words.dynamicRange'),
      rangeSet: t('plan:words.rangeSet'),
      dynamic: t('plan:words.dynamic'),
      any: t('plan:words.any'),
      unnumbered: (service) => t('plan:words.unnumbered', { service }),
      setting: (key) => t(`plan:setting.${key}`),
      endpoint: (id) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub'),
      arrow: t('plan:words.arrow'),
      list: t('plan:words.list'),
      encryption: (cls) => t(`explorer:enc.${cls}`),
    }),
    // The words change with the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language],
  );
}
