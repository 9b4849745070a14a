import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import { useView } from '../../view/use-view.ts';
import { PathsDiagramFrame } from '../../shared/frame/paths-diagram-frame.tsx';
import { RoleMapFigure } from './role-map-figure.tsx';

/** `?view=map` (+ any explorer filter): the explorer's frame and filters around the role map. */
export function MapPage(props: { catalog: Catalog }) {
  const { t } = useTranslation('explorer');
  const { language } = useView();
  return (
    <PathsDiagramFrame catalog={props.catalog} title={t('tables.map')}>
      {({ paths, state }) => (
        <RoleMapFigure catalog={props.catalog} matching={paths} state={state} language={language} />
      )}
    </PathsDiagramFrame>
  );
}
