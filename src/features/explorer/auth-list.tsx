import type { DataPath } from '../../catalog/schema.ts';
import { useCellText } from './cell-text-context.ts';

export function AuthList({ auth }: { auth: DataPath['auth'] }) {
  const { explorer, labels } = useCellText();
  const names = (ids: string[]) => ids.map((id) => labels(`auth.${id}` as 'auth.basic')).join(', ');
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-1 text-xs">
      <dt className="font-semibold">{explorer('auth.defaultLabel')}:</dt>
      <dd>{names(auth.default)}</dd>
      <dt className="font-semibold">{explorer('auth.supportedLabel')}:</dt>
      <dd>{names(auth.supported)}</dd>
    </dl>
  );
}
