import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewState } from '../../view/view-state.ts';
import { formatPortQuery } from '../../filters/port-query.ts';
import { useView } from '../../view/use-view.ts';

/** One active filter value: its filter's name, the value in words, and the link without it. */
interface ActiveFilter {
  key: string;
  filter: string;
  value: string;
  remove: (state: ViewState) => Partial<ViewState>;
}

function useActiveFilters(state: ViewState): ActiveFilter[] {
  const { t } = useTranslation(['explorer', 'labels']);
  const endpoint = (id: string) => t(`labels:endpoint.${id}` as 'labels:endpoint.hub');
  return [
    ...state.roles.map((role) => ({
      key: `role-${role}`,
      filter: t('explorer:filters.role'),
      value: endpoint(role),
      remove: (s: ViewState) => ({ roles: s.roles.filter((r) => r !== role) }),
    })),
    ...(state.dir !== 'any'
      ? [
          {
            key: 'dir',
            filter: t('explorer:filters.dir'),
            value: t(state.dir === 'in' ? 'explorer:filters.dirIn' : 'explorer:filters.dirOut'),
            remove: () => ({ dir: 'any' as const }),
          },
        ]
      : []),
    ...(state.from
      ? [
          {
            key: 'from',
            filter: t('explorer:columns.from'),
            value: endpoint(state.from),
            remove: () => ({ from: null }),
          },
        ]
      : []),
    ...(state.to
      ? [
          {
            key: 'to',
            filter: t('explorer:columns.to'),
            value: endpoint(state.to),
            remove: () => ({ to: null }),
          },
        ]
      : []),
    ...(state.port
      ? [
          {
            key: 'port',
            filter: t('explorer:filters.port'),
            value: formatPortQuery(state.port),
            remove: () => ({ port: null }),
          },
        ]
      : []),
    ...state.auth.map((auth) => ({
      key: `auth-${auth}`,
      filter: t('explorer:filters.auth'),
      value: t(`labels:auth.${auth}`),
      remove: (s: ViewState) => ({ auth: s.auth.filter((a) => a !== auth) }),
    })),
    ...(state.authScope !== 'any'
      ? [
          {
            key: 'authin',
            filter: t('explorer:filters.authScope'),
            value: t(
              state.authScope === 'default'
                ? 'explorer:filters.authDefault'
                : 'explorer:filters.authSupported',
            ),
            remove: () => ({ authScope: 'any' as const }),
          },
        ]
      : []),
    ...state.enc.map((enc) => ({
      key: `enc-${enc}`,
      filter: t('explorer:filters.enc'),
      value: t(`explorer:enc.${enc}`),
      remove: (s: ViewState) => ({ enc: s.enc.filter((e) => e !== enc) }),
    })),
    ...state.sections.map((section) => ({
      key: `section-${section}`,
      filter: t('explorer:filters.section'),
      value: t(`labels:section.${section}`),
      remove: (s: ViewState) => ({ sections: s.sections.filter((x) => x !== section) }),
    })),
    ...(state.q.trim()
      ? [
          {
            key: 'q',
            filter: t('explorer:filters.search'),
            value: `“${state.q.trim()}”`,
            remove: () => ({ q: '' }),
          },
        ]
      : []),
  ];
}

/**
 * The active filters, at every width: on screen a chip per value, each a button that removes it
 * from the link (the filter panel may be folded away on a phone); in print the same in words,
 * where the filter controls are not.
 */
export function FilterSummary({ state }: { state: ViewState }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const { update } = useView();
  const active = useActiveFilters(state);
  const list = useRef<HTMLUListElement>(null);
  // After a chip removes itself, focus moves to the chip now in its place (or the last one).
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null) return;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    buttons[Math.min(focusAt.current, buttons.length - 1)]?.focus();
    focusAt.current = null;
  });

  const pair =
    state.from || state.to
      ? t('explorer:filters.pair', {
          from: state.from ? t(`labels:endpoint.${state.from}`) : '*',
          to: state.to ? t(`labels:endpoint.${state.to}`) : '*',
        })
      : null;
  const printed = (
    <p className="hidden text-sm print:block" data-testid="filter-summary">
      {t('explorer:filters.heading')}:{' '}
      {active.length ? summaryParts(active, pair).join(' · ') : t('explorer:filters.none')}
    </p>
  );
  if (active.length === 0) return printed;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 print:hidden" data-testid="filter-chips">
        <span id="active-filters" className="text-sm font-semibold">
          {t('explorer:filters.active')}:
        </span>
        <ul aria-labelledby="active-filters" className="flex flex-wrap gap-2" ref={list}>
          {active.map((chip, index) => (
            <li key={chip.key}>
              <button
                type="button"
                aria-label={t('explorer:filters.remove', {
                  filter: chip.filter,
                  value: chip.value,
                })}
                data-filter={chip.key}
                onClick={() => {
                  update(chip.remove);
                  focusAt.current = index;
                }}
                className="inline-flex min-h-7 items-center gap-1.5 rounded-full border border-slate-500 bg-slate-100 py-0.5 pr-1.5 pl-2.5 text-left text-sm hover:bg-slate-200 dark:border-slate-400 dark:bg-slate-800 dark:hover:bg-slate-700"
              >
                <span>
                  {chip.filter}: <strong>{chip.value}</strong>
                </span>
                <span
                  aria-hidden="true"
                  className="inline-flex size-5 shrink-0 items-center justify-center rounded-full bg-slate-600 text-xs text-white dark:bg-slate-300 dark:text-slate-900"
                >
                  ✕
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {printed}
    </>
  );
}

/**
 * The printed words: one part per filter, its values joined ("Role or party: Hub, Edge"); the
 * two ends of a pair as one part ("Pair: Hub Transport → Edge Transport").
 */
function summaryParts(active: ActiveFilter[], pair: string | null): string[] {
  const byFilter = new Map<string, string[]>();
  for (const chip of active) {
    if (chip.key === 'from' || chip.key === 'to') {
      if (pair !== null) byFilter.set(pair, []);
      continue;
    }
    const values = byFilter.get(chip.filter) ?? [];
    values.push(chip.value);
    byFilter.set(chip.filter, values);
  }
  return [...byFilter].map(([filter, values]) =>
    values.length ? `${filter}: ${values.join(', ')}` : filter,
  );
}
