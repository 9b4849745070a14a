import type { EncryptionClass } from '../filters/filter-values.ts';

/** A mark beside the words, never colour alone: ● default, ◐ supported but off, ○ not supported. */
export const ENCRYPTION_MARK: Record<EncryptionClass, string> = {
  default: '●',
  optional: '◐',
  none: '○',
};
