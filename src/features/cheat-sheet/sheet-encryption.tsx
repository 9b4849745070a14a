import { useTranslation } from 'react-i18next';
import type { DataPath } from '../../catalog/schema.ts';
import { encryptionClassOf } from '../../filters/encryption-match.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';

/** Compact encryption for print: the mark (explained in the sheet's legend) and the methods. */
export function SheetEncryption({ encryption }: { encryption: DataPath['encryption'] }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const cls = encryptionClassOf(encryption);
  const methods = encryption.methods.map((m) => t(`labels:encMethod.${m}`)).join(', ');
  const qualifiers = encryption.qualifiers.map((q) => t(`labels:qualifier.${q}`)).join('; ');
  return (
    <span data-encryption={cls}>
      <span aria-hidden="true">{ENCRYPTION_MARK[cls]} </span>
      <span className="sr-only">{t(`explorer:enc.${cls}`)} </span>
      {methods}
      {qualifiers && <span className="block text-[7pt]">{qualifiers}</span>}
    </span>
  );
}
