import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Catalog, DataPath, EndpointId } from '../../catalog/schema.ts';
import { MAP_SIZE } from '../../diagrams/map-layout.ts';
import { markedLines, placeMapLabels } from '../../diagrams/map-labels.ts';
import { linesSpoken } from '../../diagrams/pair-lines.ts';
import { buildRoleMap, type MapEdge as Edge } from '../../diagrams/role-map.ts';
import { ENCRYPTION_MARK } from '../../shared/encryption-mark.ts';
import { isDefaultEnvironment } from '../../plan/environment.ts';
import type { ViewState } from '../../view/view-state.ts';
import type { Language } from '../../catalog/languages.ts';
import { EdgeCard } from './edge-card.tsx';
import { useEdgePorts } from './use-edge-ports.ts';
import { edgeTarget, nodeTarget, tabTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { MapEdge } from './map-edge.tsx';
import { MapEdgeLabel } from './map-edge-label.tsx';
import { MapLegend } from './map-legend.tsx';
import { MapMarkers } from './map-markers.tsx';
import { MapNode } from './map-node.tsx';

/** A faded edge has no label: its card opens at the middle of its curve. */
const pointBox = (p: { x: number; y: number } | undefined) =>
  p ? { left: p.x, right: p.x, top: p.y, bottom: p.y } : { left: 0, right: 0, top: 0, bottom: 0 };

/** The role map: endpoints as boxes, one arrow per pair, following the explorer's filters. */
export function RoleMapFigure(props: {
  catalog: Catalog;
  /** The data paths the filters keep. */
  matching: DataPath[];
  state: ViewState;
  language: Language;
}) {
  const { t } = useTranslation(['explorer', 'labels']);
  const { catalog, state } = props;
  const { search } = useView();
  // The map (and its plans and labels) is made again only when the kept rows change, not when
  // another part of the view state (the sort, the open row) gives a new list of the same rows.
  const idsKey = props.matching.map((p) => p.id).join(' ');
  const matchingIds = useMemo(() => new Set(idsKey === '' ? [] : idsKey.split(' ')), [idsKey]);
  const map = useMemo(() => buildRoleMap(catalog.dataPaths, matchingIds), [catalog, matchingIds]);
  // SVG references (url(#…)) need ids without the punctuation React puts in useId.
  const prefix = `map${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [shown, setShown] = useState<string | null>(null);
  const hide = (key: string) => () => setShown((current) => (current === key ? null : current));
  const name = (id: EndpointId) => t(`labels:endpoint.${id}`);
  const ports = useEdgePorts(map, catalog.firewallRules, state.env);
  const portLines = ports.lines;
  const edgeLabel = (edge: Edge) =>
    t(map.filtered ? 'explorer:map.edgeLinkFiltered' : 'explorer:map.edgeLink', {
      from: name(edge.from),
      to: name(edge.to),
      count: edge.paths.length,
      matching: edge.matching.length,
      ports: ports.spoken(edge),
      enc: t(`explorer:enc.${edge.encryption}`),
    });
  const shownEdge = map.edges.find((e) => e.key === shown);
  // Beside its arrow, clear of every arrow; a label with no room is a numbered note under the map.
  // The same map and texts come back from placeMapLabels' own store, without a new placement.
  const labels = useMemo(
    () =>
      placeMapLabels(map, (edge, width) =>
        markedLines(ENCRYPTION_MARK[edge.encryption], portLines(edge, width)),
      ),
    [map, portLines],
  );
  const notes = map.edges.flatMap((edge) => {
    const label = labels.get(edge.key);
    return label?.note ? [{ edge, note: label.note }] : [];
  });
  const cardId = `${prefix}-card`;

  return (
    <figure className="space-y-3">
      <figcaption className="max-w-4xl text-sm print:hidden">{t('explorer:map.intro')}</figcaption>
      {map.filtered && matchingIds.size === 0 && <p>{t('explorer:map.noMatch')}</p>}
      {!isDefaultEnvironment(state.env) && (
        <p className="max-w-4xl text-sm">{t('explorer:map.environment')}</p>
      )}
      {/* On paper the notes and the legend go beside the map: the page is landscape. */}
      <div className="space-y-3 print:flex print:items-start print:gap-4 print:space-y-0">
        {/* On a narrow screen the map keeps a readable size and scrolls sideways in its own region. */}
        <div
          className="max-w-[1200px] overflow-x-auto print:shrink-0 print:overflow-visible"
          role="region"
          tabIndex={0}
          aria-label={t('explorer:map.figure')}
        >
          <div className="relative min-w-[52rem] print:min-w-0">
            <svg
              viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
              role="group"
              aria-labelledby={`${prefix}-title`}
              className="h-auto w-full print:h-[5.4in] print:w-auto"
              data-testid="role-map"
            >
              <title id={`${prefix}-title`}>{t('explorer:map.figure')}</title>
              <MapMarkers prefix={prefix} />
              {/* Keyboard order: each endpoint, then the arrows leaving it. */}
              {map.nodes.map((node) => (
                <g key={node.id}>
                  <MapNode
                    node={node}
                    name={name(node.id)}
                    label={t('explorer:map.nodeLink', {
                      name: name(node.id),
                      count: node.pathCount,
                    })}
                    search={search(nodeTarget(node, map, state))}
                    filtered={map.filtered}
                    onShow={() => setShown(null)}
                    onHide={() => undefined}
                  />
                  {map.edges
                    .filter((edge) => edge.from === node.id)
                    .map((edge) => (
                      <MapEdge
                        key={edge.key}
                        edge={edge}
                        map={map}
                        markerPrefix={prefix}
                        search={search(edgeTarget(edge, map, state))}
                        label={edgeLabel(edge)}
                        describedBy={shown === edge.key ? cardId : undefined}
                        onShow={() => setShown(edge.key)}
                        onHide={hide(edge.key)}
                      />
                    ))}
                </g>
              ))}
              {map.edges.map((edge) => {
                const place = labels.get(edge.key);
                return (
                  place && (
                    <MapEdgeLabel
                      key={edge.key}
                      edge={edge}
                      place={place}
                      search={search(edgeTarget(edge, map, state))}
                      onShow={() => setShown(edge.key)}
                      onHide={hide(edge.key)}
                    />
                  )
                );
              })}
            </svg>
            {shownEdge && (
              <EdgeCard
                near={labels.get(shownEdge.key)?.box ?? pointBox(shownEdge.shape.labelSpots[0])}
                id={cardId}
                edge={shownEdge}
                filtered={map.filtered}
                language={props.language}
                name={name}
              />
            )}
          </div>
        </div>
        <div className="space-y-3 print:min-w-0 print:flex-1">
          {notes.length > 0 && (
            <div className="text-sm print:text-[8pt]" data-testid="map-notes">
              <h3 className="font-semibold">{t('explorer:map.notesHeading')}</h3>
              <ol className="grid gap-x-6 gap-y-0.5 font-mono md:grid-cols-2 print:grid-cols-1">
                {notes.map(({ edge, note }) => (
                  <li key={edge.key} data-note={edge.key}>
                    [{note}]{' '}
                    {t('explorer:map.cardHeading', { from: name(edge.from), to: name(edge.to) })}:{' '}
                    {linesSpoken(markedLines(ENCRYPTION_MARK[edge.encryption], portLines(edge)))}
                  </li>
                ))}
              </ol>
            </div>
          )}
          <MapLegend filtered={map.filtered} />
        </div>
      </div>
      <p className="text-sm print:hidden">
        {t('explorer:map.textAlternative')}{' '}
        <Link className="underline" to={{ search: search(tabTarget(state, 'explorer', 'paths')) }}>
          {t('explorer:tables.paths')}
        </Link>
        {' · '}
        <Link className="underline" to={{ search: search(tabTarget(state, 'matrix', 'paths')) }}>
          {t('explorer:tables.matrix')}
        </Link>
      </p>
    </figure>
  );
}
