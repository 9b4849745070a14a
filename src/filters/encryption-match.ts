// Encryption filter. The source gives two yes/no columns (supported, encrypted by default); the
// question people ask is one of three: on by default, possible but off, or impossible.
import type { DataPath } from '../catalog/schema.ts';
import type { EncryptionClass } from './filter-values.ts';

export const encryptionClassOf = (enc: DataPath['encryption']): EncryptionClass => {
  if (!enc.supported) return 'none';
  return enc.byDefault ? 'default' : 'optional';
};

/** Several selected classes are alternatives; none selected matches every path. */
export const pathMatchesEncryption = (
  path: { encryption: DataPath['encryption'] },
  classes: EncryptionClass[],
): boolean => classes.length === 0 || classes.includes(encryptionClassOf(path.encryption));
