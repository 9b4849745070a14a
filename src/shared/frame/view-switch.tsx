import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ViewState } from '../../view/view-state.ts';
import { tabTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { useViewTabsMounted, VIEW_TABS_ID } from './view-tabs.ts';

/** The ways to see the same filtered data; links, so each has its own address. */
const VIEW_TABS = [
  { id: 'paths', view: 'explorer', table: 'paths' },
  { id: 'rules', view: 'explorer', table: 'rules' },
  { id: 'map', view: 'map', table: 'paths' },
  { id: 'matrix', view: 'matrix', table: 'paths' },
  { id: 'scripts', view: 'scripts', table: 'paths' },
  { id: 'check', view: 'check', table: 'paths' },
] as const satisfies readonly {
  id: string;
  view: ViewState['view'];
  table: ViewState['table'];
}[];

/** Data paths / firewall rules / role map / port matrix / scripts / check, keeping the filters. */
export function ViewSwitch() {
  const { t } = useTranslation('explorer');
  const { state, search } = useView();
  useViewTabsMounted();
  // The links change with every filter, their words only with the language.
  const words = useMemo(
    () => ({ label: t('tables.label'), tabs: VIEW_TABS.map((tab) => t(`tables.${tab.id}`)) }),
    [t],
  );
  return (
    <nav id={VIEW_TABS_ID} aria-label={words.label} className="flex flex-wrap gap-1 print:hidden">
      {VIEW_TABS.map((tab, i) => (
        <Link
          key={tab.id}
          to={{ search: search(tabTarget(state, tab.view, tab.table)) }}
          aria-current={state.view === tab.view && state.table === tab.table ? 'page' : undefined}
          className="rounded-t border border-b-0 border-slate-400 px-3 py-1 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white dark:border-slate-500 dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
        >
          {words.tabs[i]}
        </Link>
      ))}
    </nav>
  );
}
