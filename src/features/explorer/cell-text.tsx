import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { memoizeT } from '../../i18n/memoize-t.ts';
import { CellTextContext } from './cell-text-context.ts';

/**
 * Table cells take their translate functions from here rather than each calling useTranslation:
 * a table of hundreds of cells then costs one i18next subscription, not one per cell.
 */
export function CellTextProvider({ children }: { children: ReactNode }) {
  const { t: explorer } = useTranslation('explorer');
  const { t: labels } = useTranslation('labels');
  // Cells ask for the same few labels again and again: each answer is computed once.
  const value = useMemo(
    () => ({ explorer: memoizeT(explorer), labels: memoizeT(labels) }),
    [explorer, labels],
  );
  return <CellTextContext.Provider value={value}>{children}</CellTextContext.Provider>;
}
