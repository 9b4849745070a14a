import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ExplorerState } from '../../filters/explorer-state.ts';
import { parseUrlState, serializeUrlState } from '../../filters/url-state.ts';

export type UpdateExplorer = (
  change: Partial<ExplorerState>,
  options?: { replace?: boolean },
) => void;

/**
 * The one owner of the explorer's URL. Reading parses the query string (reporting what it had to
 * ignore); writing serialises the whole state again, so defaults and ignored values drop out and
 * `lang` is carried over untouched.
 */
export function useExplorerState() {
  const [params, setParams] = useSearchParams();
  const { state, problems } = useMemo(() => parseUrlState(params), [params]);

  const update = useCallback<UpdateExplorer>(
    (change, options) =>
      setParams(
        (prev) => {
          const next = serializeUrlState({ ...parseUrlState(prev).state, ...change });
          const lang = prev.get('lang');
          if (lang) next.set('lang', lang);
          return next;
        },
        { replace: options?.replace ?? false },
      ),
    [setParams],
  );
  return { state, problems, update };
}
