import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import { SECTION_IDS } from '../../catalog/ids.ts';

/**
 * Row counts of the catalog, table by table: the first proof that the whole source arrived.
 * Memoised: it sits in the shell, which renders on every keystroke, and depends only on the
 * catalog and the language (useTranslation re-renders it on a language change).
 */
export const CatalogSummary = memo(function CatalogSummary({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation();
  const rows = [
    ...SECTION_IDS.map((id) => ({
      label: `${t('summary.dataPaths')}: ${t(`section.${id}`)}`,
      count: catalog.dataPaths.filter((r) => r.section === id).length,
    })),
    { label: t('summary.firewallRules'), count: catalog.firewallRules.length },
    { label: t('summary.notes'), count: catalog.notes.length },
  ];
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="font-semibold">
        {t('summary.heading')}
      </h2>
      <dl className="mt-1 grid max-w-md grid-cols-[1fr_auto] gap-x-6" data-testid="catalog-summary">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt>{r.label}</dt>
            <dd className="text-right tabular-nums">{t('summary.rows', { count: r.count })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
