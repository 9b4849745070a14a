import { useTranslation } from 'react-i18next';
import type { ViewState } from '../../view/view-state.ts';
import { formatPortQuery } from '../../filters/port-query.ts';

/** The active filters in words: printed above the table, where the filter controls are not. */
export function FilterSummary({ state }: { state: ViewState }) {
  const { t } = useTranslation(['explorer', 'labels']);
  const parts = [
    state.roles.length > 0 &&
      `${t('explorer:filters.role')}: ${state.roles.map((r) => t(`labels:endpoint.${r}`)).join(', ')}`,
    state.dir !== 'any' &&
      `${t('explorer:filters.dir')}: ${t(state.dir === 'in' ? 'explorer:filters.dirIn' : 'explorer:filters.dirOut')}`,
    (state.from || state.to) &&
      t('explorer:filters.pair', {
        from: state.from ? t(`labels:endpoint.${state.from}`) : '*',
        to: state.to ? t(`labels:endpoint.${state.to}`) : '*',
      }),
    state.port && `${t('explorer:filters.port')}: ${formatPortQuery(state.port)}`,
    state.auth.length > 0 &&
      `${t('explorer:filters.auth')}: ${state.auth.map((a) => t(`labels:auth.${a}`)).join(', ')}`,
    state.enc.length > 0 &&
      `${t('explorer:filters.enc')}: ${state.enc.map((e) => t(`explorer:enc.${e}`)).join(', ')}`,
    state.sections.length > 0 &&
      `${t('explorer:filters.section')}: ${state.sections.map((s) => t(`labels:section.${s}`)).join(', ')}`,
    state.q.trim() && `${t('explorer:filters.search')}: “${state.q.trim()}”`,
  ].filter((p): p is string => Boolean(p));
  return (
    <p className="hidden text-sm print:block" data-testid="filter-summary">
      {t('explorer:filters.heading')}:{' '}
      {parts.length ? parts.join(' · ') : t('explorer:filters.none')}
    </p>
  );
}
