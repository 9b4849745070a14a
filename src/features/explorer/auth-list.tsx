import type { DataPath } from '../../catalog/schema.ts';
import { useCellText } from './cell-text-context.ts';

export function AuthList({ auth }: { auth: DataPath['auth'] }) {
  const { explorer, labels } = useCellText();
  const names = (ids: string[]) => ids.map((id) => labels(`auth.${id}` as 'auth.basic')).join(', ');
  // Each label starts a line and its names flow after it, wrapping under it: a narrow column
  // keeps whole words instead of a label column and a value column of a few letters each.
  return (
    <dl className="space-y-0.5 text-xs">
      <div>
        <dt className="inline font-semibold">{explorer('auth.defaultLabel')}:</dt>{' '}
        <dd className="inline">{names(auth.default)}</dd>
      </div>
      <div>
        <dt className="inline font-semibold">{explorer('auth.supportedLabel')}:</dt>{' '}
        <dd className="inline">{names(auth.supported)}</dd>
      </div>
    </dl>
  );
}
