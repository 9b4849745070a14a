import { useTranslation } from 'react-i18next';
import type { DataPath } from '../../catalog/schema.ts';

export function AuthList({ auth }: { auth: DataPath['auth'] }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const names = (ids: string[]) =>
    ids.map((id) => t(`labels:auth.${id}` as 'labels:auth.basic')).join(', ');
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-1 text-xs">
      <dt className="font-semibold">{t('explorer:auth.defaultLabel')}:</dt>
      <dd>{names(auth.default)}</dd>
      <dt className="font-semibold">{t('explorer:auth.supportedLabel')}:</dt>
      <dd>{names(auth.supported)}</dd>
    </dl>
  );
}
