// The view state, language and link builder of the page, from the link's one owner
// (<ViewProvider>, view-provider.tsx).
import { createContext, useContext } from 'react';
import type { Language } from '../catalog/languages.ts';
import type { UrlProblem, ViewState } from './view-state.ts';

type Change = Partial<ViewState> | ((current: ViewState) => Partial<ViewState>);

/** Stable across renders, and always applied to the latest state (rows are memoised). */
export type UpdateView = (change: Change, options?: { replace?: boolean }) => void;

export interface View {
  state: ViewState;
  /** What the link holds that this view had to ignore or adjust: named on the page. */
  problems: UrlProblem[];
  update: UpdateView;
  /** The page language: the link's `lang` when it reads as one, else the browser's. */
  language: Language;
  setLanguage: (language: Language) => void;
  /** "?role=cas&lang=en": the query string of any view, keeping the link's language. */
  search: (target: ViewState) => string;
  /**
   * The query string of the view shown at the moment it is called. Stable, like `update`: a
   * control that needs the link only when used (copy link) need not re-render on every change.
   */
  currentSearch: () => string;
}

export const ViewContext = createContext<View | null>(null);

/** The view state, language and link builder of the page. */
export function useView(): View {
  const view = useContext(ViewContext);
  if (!view) throw new Error('useView() needs a <ViewProvider> above it');
  return view;
}
