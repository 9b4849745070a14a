import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';

export interface CellText {
  explorer: TFunction<'explorer'>;
  labels: TFunction<'labels'>;
}

export const CellTextContext = createContext<CellText | null>(null);

/** The translate functions for table cells (see CellTextProvider). */
export function useCellText(): CellText {
  const value = useContext(CellTextContext);
  if (!value) throw new Error('useCellText needs a CellTextProvider above it');
  return value;
}
