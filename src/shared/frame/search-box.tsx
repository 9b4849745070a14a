import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateView } from '../../view/use-view.ts';
import { useTypingHistory } from './use-typing-history.ts';

/**
 * Free-text search. `/` anywhere focuses it; Esc clears it. Memoised: a keystroke in another
 * filter leaves it alone.
 */
export const SearchBox = memo(function SearchBox(props: { value: string; update: UpdateView }) {
  const { t } = useTranslation('explorer');
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(props.value);
  const history = useTypingHistory();

  // Follow the URL when it changes from outside (Back, a link, "clear all"), but keep what is
  // being typed when the URL only differs by the trailing space it drops.
  const [seen, setSeen] = useState(props.value);
  if (props.value !== seen) {
    setSeen(props.value);
    if (text.trim() !== props.value) setText(props.value);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const change = (value: string) => {
    setText(value);
    props.update({ q: value }, { replace: history.nextReplace() });
  };
  return (
    <div>
      <label htmlFor="search" className="mb-1 block font-semibold">
        {t('filters.search')}
      </label>
      <input
        id="search"
        ref={input}
        type="search"
        value={text}
        onFocus={history.onFocus}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') change('');
        }}
        aria-describedby="search-hint"
        className="w-full rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-800"
      />
      <p id="search-hint" className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        {t('filters.searchHint')}
      </p>
    </div>
  );
});
