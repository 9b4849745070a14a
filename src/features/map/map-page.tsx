import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { PathsDiagramFrame } from '../../shared/frame/paths-diagram-frame.tsx';
import { RoleMapFigure } from './role-map-figure.tsx';

/** `?view=map` (+ any explorer filter): the explorer's frame and filters around the role map. */
export function MapPage(props: { catalog: Catalog; language: Language; lang: string | null }) {
  const { t } = useTranslation('explorer');
  return (
    <PathsDiagramFrame {...props} title={t('tables.map')}>
      {({ paths, state }) => (
        <RoleMapFigure
          catalog={props.catalog}
          matching={paths}
          state={state}
          language={props.language}
          lang={props.lang}
        />
      )}
    </PathsDiagramFrame>
  );
}
