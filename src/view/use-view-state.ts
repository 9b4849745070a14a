import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ExplorerState } from './view-state.ts';
import { linkLanguage, parseUrlState, serializeUrlState } from './url-state.ts';

type Change = Partial<ExplorerState> | ((current: ExplorerState) => Partial<ExplorerState>);

/** Stable across renders, and always applied to the latest state (rows are memoised). */
export type UpdateExplorer = (change: Change, options?: { replace?: boolean }) => void;

/**
 * The one owner of the explorer's URL. Reading parses the query string (reporting what it had to
 * ignore); writing serialises the whole state again, so defaults and ignored values drop out and
 * `lang` is carried over untouched.
 *
 * The router applies a URL change in a transition, a frame or more after the keystroke. So that
 * the table answers in the same frame, the new state is also held for the URL it was made from,
 * and shown until the URL has moved on; then the URL is again the only source.
 */
export function useExplorerState() {
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseUrlState(params), [params]);
  const [ahead, setAhead] = useState<{ from: URLSearchParams; state: ExplorerState } | null>(null);
  const state = ahead && ahead.from === params ? ahead.state : parsed.state;

  // The router's setter changes with every URL (it closes over it); rows hold on to `update`,
  // so it reads the latest URL, state and setter from here and never goes stale.
  const latest = useRef({ params, state, setParams });
  useLayoutEffect(() => {
    latest.current = { params, state, setParams };
  });

  const update = useCallback<UpdateExplorer>((change, options) => {
    const { params: from, state: current, setParams: navigate } = latest.current;
    const resolved = typeof change === 'function' ? change(current) : change;
    const next = { ...current, ...resolved };
    latest.current = { ...latest.current, state: next };
    setAhead({ from, state: next });
    // From the state with every change not yet in the URL, not from the URL: two changes in one
    // task (a role, then a port) must both land, though the router has applied neither yet.
    const url = serializeUrlState(next);
    // The language travels only when it reads as one: an invalid `lang` is named once, then dropped.
    const lang = linkLanguage(from);
    if (lang) url.set('lang', lang);
    navigate(url, { replace: options?.replace ?? false });
  }, []);
  return { state, problems: parsed.problems, update };
}
