import type { DataPath } from '../../catalog/schema.ts';
import { encryptionClassOf } from '../../filters/encryption-match.ts';
import { useCellText } from './cell-text-context.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';

export function EncryptionBadge({ encryption }: { encryption: DataPath['encryption'] }) {
  const { explorer, labels } = useCellText();
  const cls = encryptionClassOf(encryption);
  const methods = encryption.methods.map((m) => labels(`encMethod.${m}`));
  const qualifiers = encryption.qualifiers.map((q) => labels(`qualifier.${q}`));
  return (
    <span className="inline-flex items-start gap-1" data-encryption={cls}>
      <span aria-hidden="true" className="font-bold">
        {ENCRYPTION_MARK[cls]}
      </span>
      <span>
        {explorer(`enc.${cls}`)}
        {methods.length > 0 && <> ({methods.join(', ')})</>}
        {qualifiers.length > 0 && <span className="block text-xs">{qualifiers.join('; ')}</span>}
      </span>
    </span>
  );
}
