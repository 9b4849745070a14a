import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, RoleId } from '../../catalog/schema.ts';
import type { SheetText } from '../../filters/filter-values.ts';
import { DYNAMIC_RPC_RANGE } from '../../filters/port-match.ts';
import { buildSheet } from './sheet-model.ts';
import { SheetNotes } from './sheet-notes.tsx';
import { SheetPathsTable } from './sheet-paths-table.tsx';
import { SheetRulesTable } from './sheet-rules-table.tsx';

/** The optional appendix (`appendix=1`): every data path of the role, Setup's rules, the notes. */
export function SheetAppendix(props: {
  catalog: Catalog;
  role: RoleId;
  roleName: string;
  text: SheetText;
}) {
  const { t } = useTranslation('sheet');
  const id = useId();
  const { catalog, role, roleName, text } = props;
  const sheet = useMemo(() => buildSheet(catalog, role), [catalog, role]);
  return (
    <section className="sheet-appendix" aria-labelledby={id}>
      <h2 id={id} className="sheet-h2">
        {t('appendix')}
      </h2>
      <p>{t('dynamicRpcNote', DYNAMIC_RPC_RANGE)}</p>
      <p>{t('legend')}</p>
      <SheetPathsTable
        heading={t('inbound', { role: roleName, count: sheet.inbound.length })}
        rows={sheet.inbound}
        other="from"
        text={text}
      />
      <SheetPathsTable
        heading={t('outbound', { role: roleName, count: sheet.outbound.length })}
        rows={sheet.outbound}
        other="to"
        text={text}
      />
      {sheet.both.length > 0 && (
        <SheetPathsTable
          heading={t('both', { role: roleName, count: sheet.both.length })}
          rows={sheet.both}
          other="both"
          text={text}
        />
      )}
      <SheetRulesTable heading={t('rules', { count: sheet.rules.length })} rows={sheet.rules} />
      <SheetNotes notes={sheet.notes} errata={sheet.errata} text={text} />
    </section>
  );
}
