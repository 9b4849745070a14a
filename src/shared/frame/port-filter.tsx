import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortQuery } from '../../filters/filter-values.ts';
import { formatPortQuery, parsePortQuery } from '../../filters/port-query.ts';
import type { UpdateView } from '../../view/use-view.ts';
import { useTypingHistory } from './use-typing-history.ts';
import { sameData } from '../../view/same-data.ts';

/**
 * Port or range, optionally with protocol. What cannot be read is said inline, not applied.
 * Memoised on the port's value: a keystroke in another filter leaves it alone.
 */
export const PortFilter = memo(function PortFilter(props: {
  value: PortQuery | null;
  update: UpdateView;
}) {
  const { t } = useTranslation('explorer');
  const canonical = props.value ? formatPortQuery(props.value) : '';
  const [text, setText] = useState(canonical);
  const history = useTypingHistory();
  // Follow the URL when it changes from outside, unless the text already says the same port.
  const [seen, setSeen] = useState(canonical);
  if (canonical !== seen) {
    setSeen(canonical);
    const typed = parsePortQuery(text);
    if (!(typed.ok && formatPortQuery(typed.query) === canonical)) setText(canonical);
  }

  const parsed = text.trim() ? parsePortQuery(text) : null;
  const invalid = parsed && !parsed.ok ? parsed.reason : null;
  const change = (value: string) => {
    setText(value);
    const result = value.trim() ? parsePortQuery(value) : null;
    props.update({ port: result?.ok ? result.query : null }, { replace: history.nextReplace() });
  };
  return (
    <div>
      <label htmlFor="port" className="mb-1 block font-semibold">
        {t('filters.port')}
      </label>
      <input
        id="port"
        type="text"
        inputMode="text"
        autoComplete="off"
        value={text}
        onFocus={history.onFocus}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') change('');
        }}
        aria-invalid={invalid ? true : undefined}
        aria-describedby="port-hint"
        className="w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-800"
      />
      <p
        id="port-hint"
        className="mt-1 text-xs text-slate-700 dark:text-slate-300"
        aria-live="polite"
      >
        {invalid ? (
          <span className="font-semibold text-red-800 dark:text-red-300">
            {t('filters.portInvalid', {
              reason: t(`problems.${invalid}`, { value: text, key: 'port' }),
            })}
          </span>
        ) : (
          t('filters.portHint')
        )}
      </p>
    </div>
  );
}, sameData);
