// The port matrix: source endpoints by destination endpoints, each cell the paths between them.
import { ENDPOINT_IDS, type DataPath, type EndpointId, type PortEntry } from '../catalog/schema.ts';
import type { EncryptionClass } from '../filters/filter-values.ts';
import { distinctPorts, groupByPair, pairKey, weakestEncryption } from './pair-groups.ts';

export interface MatrixCell {
  paths: DataPath[];
  ports: PortEntry[];
  /** The weakest default encryption among the cell's paths. */
  encryption: EncryptionClass;
}

export interface PortMatrix {
  sources: EndpointId[];
  targets: EndpointId[];
  cell: (from: EndpointId, to: EndpointId) => MatrixCell | undefined;
}

/** Rows and columns are the endpoints that occur, in the schema's order (roles first). */
export function buildMatrix(paths: DataPath[]): PortMatrix {
  const cells = groupByPair(paths);
  const used = (end: 'from' | 'to') =>
    ENDPOINT_IDS.filter((id) => paths.some((p) => p[end] === id));
  return {
    sources: used('from'),
    targets: used('to'),
    cell: (from, to) => {
      const list = cells.get(pairKey(from, to));
      if (!list) return undefined;
      return { paths: list, ports: distinctPorts(list), encryption: weakestEncryption(list) };
    },
  };
}
