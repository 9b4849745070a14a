import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import type { PlanExportWords } from '../../exports/plan-export.ts';
import { usePlanWords } from '../../shared/use-plan-words.ts';

/**
 * The plan exports' words in the page language: headers, directions, path names, note texts.
 * The language is given, not read from the view: the answer panel that asks for these words
 * then re-renders only when its plans or the language change, not on every keystroke.
 */
export function usePlanExportWords(catalog: Catalog, language: Language): PlanExportWords {
  const { t } = useTranslation(['plan', 'labels']);
  const words = usePlanWords();
  return useMemo(() => {
    const paths = new Map(catalog.dataPaths.map((p) => [p.id, p.source[language].path]));
    const notes = new Map(catalog.notes.map((n) => [n.id, n[language]]));
    return {
      ...words,
      header: (column) => t(`plan:export.columns.${column}`),
      direction: (dir) => t(`plan:export.direction.${dir}`),
      auth: (id) => t(`labels:auth.${id}`),
      pathName: (id) => paths.get(id) ?? id,
      noteText: (id) => notes.get(id) ?? '',
      marks: {
        fromNote: t('plan:export.marks.fromNote'),
        inferred: t('plan:export.marks.inferred'),
        endsDerived: t('plan:export.marks.endsDerived'),
        unsupported: t('plan:export.marks.unsupported'),
      },
    };
  }, [catalog, language, words, t]);
}
