import { useMemo } from 'react';
import type { UpdateView } from '../../view/use-view.ts';
import type { ViewState } from '../../view/view-state.ts';

/**
 * One setter per filter control, stable as long as `update` is (always): the controls are
 * memoised on their props, so a keystroke in another filter does not draw them again.
 */
export function useFilterSetters(update: UpdateView) {
  return useMemo(
    () => ({
      roles: (roles: ViewState['roles']) => update({ roles }),
      dir: (dir: ViewState['dir']) => update({ dir }),
      enc: (enc: ViewState['enc']) => update({ enc }),
      auth: (auth: ViewState['auth']) => update({ auth }),
      authScope: (authScope: ViewState['authScope']) => update({ authScope }),
      sections: (sections: ViewState['sections']) => update({ sections }),
    }),
    [update],
  );
}
