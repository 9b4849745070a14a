import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_ENVIRONMENT,
  ENVIRONMENT_KEYS,
  SETTING_SOURCES,
  formatRange,
  isDefaultEnvironment,
  readRpcRange,
  readStaticPort,
  type Environment,
  type EnvironmentKey,
  type EnvironmentProblem,
} from '../../plan/environment.ts';
import type { UpdateView } from '../../view/use-view.ts';
import { sameData } from '../../view/same-data.ts';

const textOf = (env: Environment, key: EnvironmentKey): string => {
  const value = env[key];
  if (value === null) return '';
  return typeof value === 'number' ? `${value}` : formatRange(value);
};

const read = (key: EnvironmentKey, text: string) =>
  key === 'rpcRange' ? readRpcRange(text) : readStaticPort(text);

/**
 * "My environment": ports an administrator has fixed (static RPC ports, the dynamic RPC range,
 * the DAG port). Applied together, kept in the link; each field says where the setting is made,
 * citing Microsoft (not the source document). Memoised on the environment's values: a keystroke
 * in another filter does not draw its fields again.
 */
export const EnvironmentForm = memo(function EnvironmentForm(props: {
  env: Environment;
  update: UpdateView;
}) {
  const { t } = useTranslation(['explorer', 'plan']);
  const [draft, setDraft] = useState(() =>
    Object.fromEntries(ENVIRONMENT_KEYS.map((key) => [key, textOf(props.env, key)])),
  );
  const [errors, setErrors] = useState<Partial<Record<EnvironmentKey, EnvironmentProblem>>>({});
  // A new link (back, a pasted link) shows its own values.
  const envKey = JSON.stringify(props.env);
  const [shown, setShown] = useState(envKey);
  if (shown !== envKey) {
    setShown(envKey);
    setDraft(Object.fromEntries(ENVIRONMENT_KEYS.map((key) => [key, textOf(props.env, key)])));
    setErrors({});
  }

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next: Environment = { ...DEFAULT_ENVIRONMENT };
    const found: typeof errors = {};
    for (const key of ENVIRONMENT_KEYS) {
      const text = draft[key]?.trim() ?? '';
      if (text === '') continue;
      const value = read(key, text);
      if (typeof value === 'string') found[key] = value;
      else Object.assign(next, { [key]: value });
    }
    setErrors(found);
    if (Object.keys(found).length === 0) props.update({ env: next });
  };

  return (
    <details open={!isDefaultEnvironment(props.env)}>
      <summary className="cursor-pointer font-semibold">{t('explorer:env.heading')}</summary>
      <form onSubmit={apply} className="mt-2 space-y-3" noValidate>
        <p className="text-sm">{t('explorer:env.intro')}</p>
        {ENVIRONMENT_KEYS.map((key) => {
          const id = `env-${key}`;
          const source = SETTING_SOURCES[key];
          const error = errors[key];
          return (
            <div key={key} className="space-y-0.5">
              <label htmlFor={id} className="block">
                {t(`plan:setting.${key}`)}
              </label>
              <input
                id={id}
                inputMode={key === 'rpcRange' ? 'text' : 'numeric'}
                value={draft[key] ?? ''}
                placeholder={t(`explorer:env.placeholder.${key}`)}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-where${error ? ` ${id}-error` : ''}`}
                onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
                className="w-full rounded border border-slate-500 bg-white px-2 py-1 font-mono dark:bg-slate-800"
              />
              {error && (
                <p
                  id={`${id}-error`}
                  className="text-sm font-semibold text-red-800 dark:text-red-300"
                >
                  {t(`explorer:env.error.${error}`)}
                </p>
              )}
              <p id={`${id}-where`} className="text-xs">
                <code className="break-all">{source.where}</code>
                <br />
                {t('explorer:env.shownBy')} <code className="break-all">{source.show}</code>
                <br />
                <a className="underline" href={source.citation.url} title={source.citation.quote}>
                  {t('explorer:env.cited', { title: source.citation.title })}
                </a>
              </p>
            </div>
          );
        })}
        <p className="flex flex-wrap gap-2">
          <button type="submit" className="rounded border border-slate-500 px-3 py-1">
            {t('explorer:env.apply')}
          </button>
          <button
            type="button"
            onClick={() => props.update({ env: DEFAULT_ENVIRONMENT })}
            className="rounded border border-slate-500 px-3 py-1"
          >
            {t('explorer:env.reset')}
          </button>
        </p>
      </form>
    </details>
  );
}, sameData);
