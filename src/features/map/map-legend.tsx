import { useTranslation } from 'react-i18next';
import { ENCRYPTION_CLASSES } from '../../filters/filter-values.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { EDGE_STYLE } from './edge-style.ts';

const Sample = (props: { className: string; dash?: string; faded?: boolean }) => (
  <svg width="44" height="10" aria-hidden="true" className={props.faded ? 'opacity-25' : ''}>
    <line
      x1="2"
      y1="5"
      x2="42"
      y2="5"
      strokeWidth="2.5"
      strokeDasharray={props.dash}
      className={props.className}
    />
  </svg>
);

/** What the lines mean: encryption by default as colour, dash and mark together. */
export function MapLegend({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation('explorer');
  return (
    <div className="text-sm print:text-xs">
      <h3 className="font-semibold">{t('map.legend')}</h3>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {ENCRYPTION_CLASSES.map((cls) => (
          <li key={cls} className="flex items-center gap-1" data-legend={cls}>
            <Sample className={EDGE_STYLE[cls].line} dash={EDGE_STYLE[cls].dash} />
            <span aria-hidden="true">{ENCRYPTION_MARK[cls]}</span> {t(`enc.${cls}`)}
          </li>
        ))}
        {filtered && (
          <li className="flex items-center gap-1">
            <Sample className={EDGE_STYLE.default.line} faded />
            {t('map.legendFaded')}
          </li>
        )}
        <li>{t('map.legendLoop')}</li>
        <li>{t('map.legendWays')}</li>
        <li>{t('map.legendRpc')}</li>
        <li className="text-xs print:text-[7pt]">{t('marks.legend')}</li>
      </ul>
    </div>
  );
}
