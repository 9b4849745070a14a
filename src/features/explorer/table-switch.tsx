import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TABLES, type ExplorerState } from '../../filters/explorer-state.ts';
import { viewSearch } from './view-link.ts';

/** Data paths / firewall rules (and the port matrix): links, so each view has its own address. */
export function TableSwitch(props: { state: ExplorerState; lang: string | null }) {
  const { t } = useTranslation('explorer');
  return (
    <nav aria-label={t('tables.label')} className="flex gap-1 print:hidden">
      {TABLES.map((table) => (
        <Link
          key={table}
          to={{ search: viewSearch({ ...props.state, table, open: null }, props.lang) }}
          aria-current={props.state.table === table ? 'page' : undefined}
          className="rounded-t border border-b-0 border-slate-400 px-3 py-1 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white dark:border-slate-500 dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
        >
          {t(`tables.${table}`)}
        </Link>
      ))}
      <Link
        to={{
          search: viewSearch(
            { ...props.state, view: 'matrix', table: 'paths', open: null, from: null, to: null },
            props.lang,
          ),
        }}
        className="ml-2 self-end px-2 py-1 underline"
      >
        {t('matrix.link')}
      </Link>
    </nav>
  );
}
