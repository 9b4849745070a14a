import type { EncryptionClass } from '../../filters/explorer-state.ts';

/** A mark beside the words, never colour alone: ● default, ◐ supported but off, ○ not supported. */
export const ENCRYPTION_MARK: Record<EncryptionClass, string> = {
  default: '●',
  optional: '◐',
  none: '○',
};
