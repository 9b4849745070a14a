import { ENCRYPTION_CLASSES } from '../../filters/filter-values.ts';
import { arrowId, EDGE_STYLE } from './edge-style.ts';

/** One arrowhead per encryption class, coloured like its line. */
export function MapMarkers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {ENCRYPTION_CLASSES.map((cls) => (
        <marker
          key={cls}
          id={arrowId(prefix, cls)}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="11"
          markerHeight="11"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className={EDGE_STYLE[cls].arrow} />
        </marker>
      ))}
    </defs>
  );
}
