import type { EncryptionClass } from '../../filters/filter-values.ts';

/**
 * How an edge is drawn for each default encryption: colour and dash pattern together, so the
 * line reads without colour too (solid = encrypted, dashed = optional, dotted = not supported).
 */
export const EDGE_STYLE: Record<EncryptionClass, { line: string; arrow: string; dash?: string }> = {
  default: {
    line: 'stroke-emerald-700 dark:stroke-emerald-400',
    arrow: 'fill-emerald-700 dark:fill-emerald-400',
  },
  optional: {
    line: 'stroke-amber-700 dark:stroke-amber-400',
    arrow: 'fill-amber-700 dark:fill-amber-400',
    dash: '9 5',
  },
  none: {
    line: 'stroke-red-700 dark:stroke-red-400',
    arrow: 'fill-red-700 dark:fill-red-400',
    dash: '2 5',
  },
};

export const arrowId = (prefix: string, cls: EncryptionClass) => `${prefix}-arrow-${cls}`;
