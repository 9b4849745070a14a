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
import { boundLink, echo, linkLanguage, parseUrlState, serializeUrlState } from './url-state.ts';
import { searchOf } from './view-link.ts';
import { ViewContext, type UpdateView, type View } from './use-view.ts';
import { useSameData } from './use-same-data.ts';

/**
 * Reading parses the query string; writing serialises the whole state again, so defaults and
 * ignored values drop out, and `lang` travels only when it reads as one (an invalid `lang` is
 * named once, then dropped). A link over LINK_LIMIT is replaced at once by the part read, so the
 * links the app writes afterwards are built from that part: a cut link never grows back.
 *
 * The router is told to apply a URL change in the same commit (app.tsx: useTransitions={false});
 * should it still lag (a router that applies it in a transition), the new state is also held for
 * the URL it was made from and shown until the URL has moved on, so the table answers in the
 * same frame either way; then the URL is again the only source. When the URL has caught up it
 * reads as the same state: the objects already shown are kept, so the router's update does not
 * draw the page a second time.
 */
function useLinkOwner(): { view: View; cutting: boolean } {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseUrlState(params), [params]);
  const [ahead, setAhead] = useState<{ from: URLSearchParams; state: ViewState } | null>(null);
  const state = useSameData(ahead && ahead.from === params ? ahead.state : parsed.state);

  // A link over LINK_LIMIT becomes the part that is read, before anything is drawn from it: the
  // browser resolves every address on the page against the page's own, so each link drawn under
  // a 1 MB address costs a copy of it (the views took seconds to draw). The cut is still named
  // while the address is the one it made.
  const bounded = useMemo(() => boundLink(params), [params]);
  const [cut, setCut] = useState<{ link: string; problem: UrlProblem } | null>(() =>
    earlyCut(params),
  );
  if (bounded.problem && cut?.problem !== bounded.problem)
    setCut({ link: bounded.params.toString(), problem: bounded.problem });
  // Not a layout effect: the router listens to the history from its own, which runs after this.
  useEffect(() => {
    if (bounded.problem) setParams(bounded.params, { replace: true });
  }, [bounded, setParams]);
  const named = useMemo(
    () =>
      cut && !bounded.problem && params.toString() === cut.link
        ? [cut.problem, ...parsed.problems]
        : parsed.problems,
    [cut, bounded, params, parsed],
  );
  const problems = useSameData(named);
  // Read once per URL: a pasted link may be long (url-state.ts reads its first LINK_LIMIT).
  const lang = useMemo(() => linkLanguage(params), [params]);
  const language = detectLanguage(lang ? `?lang=${lang}` : '', navigator.languages ?? []);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  // The router's setter changes with every URL (it closes over it); rows hold on to `update`,
  // so it reads the latest URL, state and setter from here and never goes stale.
  const latest = useRef({ params, state, setParams });
  useLayoutEffect(() => {
    latest.current = { params, state, setParams };
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
      navigate(
        { ...current, ...resolved },
        linkLanguage(latest.current.params),
        options?.replace ?? false,
      );
    },
    [navigate],
  );
  const setLanguage = useCallback(
    (next: Language) => navigate(latest.current.state, next, false),
    [navigate],
  );
  const search = useCallback((target: ViewState) => searchOf(target, lang), [lang]);
  const currentSearch = useCallback(
    () => searchOf(latest.current.state, linkLanguage(latest.current.params)),
    [],
  );

  const view = useMemo(
    () => ({ state, problems, update, language, setLanguage, search, currentSearch }),
    [state, problems, update, language, setLanguage, search, currentSearch],
  );
  return { view, cutting: bounded.problem !== null };
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
  const { view, cutting } = useLinkOwner();
  // Nothing is drawn from a link over the limit: it is cut first.
  return (
    <ViewContext.Provider value={view}>{cutting ? null : props.children}</ViewContext.Provider>
  );
}
