import { useTranslation } from 'react-i18next';
import { UNSUPPORTED_MARK } from '../../catalog/origin-marks.ts';

/** ⊘ beside a path (or a pair of ends) where the source says a firewall is not supported. */
export function UnsupportedMark() {
  const { t } = useTranslation('explorer');
  return (
    <abbr title={t('marks.unsupported')} className="ml-1 no-underline" data-mark="unsupported">
      <span aria-hidden="true">{UNSUPPORTED_MARK}</span>
      <span className="sr-only">({t('marks.unsupported')})</span>
    </abbr>
  );
}
