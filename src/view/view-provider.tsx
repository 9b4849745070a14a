// The one reader and writer of the link. Every page, frame and link takes the view state, the
// language and the address of any other view from `useView()`; nothing else reads or writes the
// query string (the error boundary and the copy button are handed what they need from here).
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Language } from '../catalog/languages.ts';
import { detectLanguage } from '../i18n/detect-language.ts';
import type { UrlProblem, ViewState } from './view-state.ts';
import { echo, readLink, serializeUrlState } from './url-state.ts';
import { searchOf } from './view-link.ts';
import { ViewContext, type UpdateView, type View } from './use-view.ts';
import { useSameData } from './use-same-data.ts';

/**
 * Reading parses the query string; writing serialises the whole state again, so defaults and
 * ignored values drop out, and `lang` travels only when it reads as one (an invalid `lang` is
 * named once, then dropped). A link is read up to LINK_LIMIT and the rest is named (public/early.js
 * has already cut a link the page opened with), so the links the app writes afterwards are built
 * from the part read: a cut link never grows back.
 *
 * The router is told to apply a URL change in the same commit (app.tsx: useTransitions={false});
 * should it still lag (a router that applies it in a transition), the new state is also held for
 * the URL it was made from and shown until the URL has moved on, so the table answers in the
 * same frame either way; then the URL is again the only source. When the URL has caught up it
 * reads as the same state: the objects already shown are kept, so the router's update does not
 * draw the page a second time.
 */
function useLinkOwner(): View {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Read once per URL: a pasted link may be long (url-state.ts reads its first LINK_LIMIT).
  const read = useMemo(() => readLink(params), [params]);
  const { lang } = read;
  const [ahead, setAhead] = useState<{ from: URLSearchParams; state: ViewState } | null>(null);
  const state = useSameData(ahead && ahead.from === params ? ahead.state : read.state);

  // A link over LINK_LIMIT that the page opened with was cut by public/early.js before anything
  // read it (each link drawn under a 1 MB address costs a copy of it); that cut is named while
  // the address is the one it made. One that arrives later is read up to the limit by readLink,
  // which names it.
  const [early] = useState(() => earlyCut(params));
  const named = useMemo(
    () =>
      early && params.toString() === early.link ? [early.problem, ...read.problems] : read.problems,
    [early, params, read],
  );
  const problems = useSameData(named);
  const language = detectLanguage(lang ? `?lang=${lang}` : '', navigator.languages ?? []);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  // The router's setter changes with every URL (it closes over it); rows hold on to `update`,
  // so it reads the latest URL, its language, state and setter from here and never goes stale.
  const latest = useRef({ params, lang, state, setParams });
  useLayoutEffect(() => {
    latest.current = { params, lang, state, setParams };
  });

  const navigate = useCallback((next: ViewState, lang: Language | null, replace: boolean) => {
    const { params: from, setParams: go } = latest.current;
    latest.current = { ...latest.current, state: next };
    setAhead({ from, state: next });
    // From the state with every change not yet in the URL, not from the URL: two changes in one
    // task (a role, then a port) must both land, though the router has applied neither yet.
    const url = serializeUrlState(next);
    if (lang) url.set('lang', lang);
    go(url, { replace });
  }, []);

  const update = useCallback<UpdateView>(
    (change, options) => {
      const current = latest.current.state;
      const resolved = typeof change === 'function' ? change(current) : change;
      navigate({ ...current, ...resolved }, latest.current.lang, options?.replace ?? false);
    },
    [navigate],
  );
  const setLanguage = useCallback(
    (next: Language) => navigate(latest.current.state, next, false),
    [navigate],
  );
  const search = useCallback((target: ViewState) => searchOf(target, lang), [lang]);
  const currentSearch = useCallback(() => searchOf(latest.current.state, latest.current.lang), []);

  return useMemo(
    () => ({ state, problems, update, language, setLanguage, search, currentSearch }),
    [state, problems, update, language, setLanguage, search, currentSearch],
  );
}

/**
 * The cut public/early.js made before anything else ran, when the address was over LINK_LIMIT
 * (it leaves the count and the first ignored pair in history.state), as the problem to name.
 */
function earlyCut(params: URLSearchParams): { link: string; problem: UrlProblem } | null {
  const state: unknown = window.history.state;
  const made =
    state && typeof state === 'object' && 'linkCut' in state ? (state.linkCut as unknown) : null;
  if (!made || typeof made !== 'object' || !('values' in made) || !('first' in made)) return null;
  const { values, first } = made;
  if (typeof values !== 'number' || !Number.isSafeInteger(values) || typeof first !== 'string')
    return null;
  return {
    link: params.toString(),
    problem: { key: '', value: echo(first), reason: 'link-too-long', ignored: { values } },
  };
}

/** Put once around the app: the link's one owner. */
export function ViewProvider(props: { children: ReactNode }) {
  return <ViewContext.Provider value={useLinkOwner()}>{props.children}</ViewContext.Provider>;
}
