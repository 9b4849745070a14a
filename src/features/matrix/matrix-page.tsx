import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { PathsDiagramFrame } from '../../shared/frame/paths-diagram-frame.tsx';
import { MatrixTable } from './matrix-table.tsx';

/** `?view=matrix` (+ any explorer filter): ports by source and destination, on one page. */
export function MatrixPage(props: { catalog: Catalog; language: Language; lang: string | null }) {
  const { t } = useTranslation('explorer');
  return (
    <PathsDiagramFrame {...props} title={t('tables.matrix')}>
      {({ paths, state }) => <MatrixTable paths={paths} state={state} lang={props.lang} />}
    </PathsDiagramFrame>
  );
}
