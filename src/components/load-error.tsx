import { useTranslation } from 'react-i18next';
import type { LoadFailure } from '../catalog/load-catalog.ts';

const KNOWN_CODES = new Set([
  'invalid_type',
  'invalid_value',
  'too_small',
  'too_big',
  'invalid_format',
]);
type IssueCode = 'invalid_type' | 'invalid_value' | 'too_small' | 'too_big' | 'invalid_format';

/** Says in the user's language why the catalog failed, down to the field, and offers a reload. */
export function LoadError({ failure }: { failure: LoadFailure }) {
  const { t } = useTranslation();
  const message = (() => {
    switch (failure.kind) {
      case 'network':
        return t('loadError.network', { detail: failure.detail });
      case 'http':
        return t('loadError.http', { status: failure.status });
      case 'json':
        return t('loadError.json', { detail: failure.detail });
      case 'version':
        return t('loadError.version', { found: String(failure.found), expected: failure.expected });
      case 'schema':
        return t('loadError.schema');
      case 'invariants':
        return t('loadError.invariants');
    }
  })();
  const details =
    failure.kind === 'schema'
      ? failure.issues.map((i) =>
          t(`loadError.issues.${KNOWN_CODES.has(i.code) ? (i.code as IssueCode) : 'other'}`, {
            ...i,
          }),
        )
      : failure.kind === 'invariants'
        ? failure.problems.map((p) =>
            t('loadError.rule', { rule: t(`loadError.rules.${p.rule}`), detail: p.detail }),
          )
        : [];
  return (
    <section
      role="alert"
      className="rounded border-2 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="text-lg font-semibold">{t('loadError.heading')}</h2>
      <p className="mt-2 break-words">{message}</p>
      {details.length > 0 && (
        <ul className="mt-2 list-disc pl-6 font-mono text-sm break-all">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-3 rounded border border-current px-3 py-1"
      >
        {t('loadError.retry')}
      </button>
    </section>
  );
}
