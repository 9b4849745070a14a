import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { SheetQr } from './sheet-qr.tsx';

/** The top of page 1: role, source and its date, the marks in one line, a QR code of the link. */
export function SheetHeader(props: {
  roleName: string;
  document: Catalog['document'];
  language: Language;
  link: string;
}) {
  const { t } = useTranslation('sheet');
  const doc = props.document;
  return (
    <header className="sheet-header">
      <div className="min-w-0">
        <h2 className="sheet-title">{t('title', { role: props.roleName })}</h2>
        <p>
          {t('source', {
            title: doc.title[props.language],
            appliesTo: doc.appliesTo[props.language],
            updated: doc.updated,
          })}
        </p>
        <p className="sheet-legend">{t('planLegend')}</p>
      </div>
      <figure className="sheet-qr">
        <SheetQr value={props.link} label={t('qrLabel')} />
        <figcaption>{t('qrCaption')}</figcaption>
      </figure>
    </header>
  );
}
