// The port matrix: source endpoints by destination endpoints, each cell the paths between them.
import {
  ENDPOINT_IDS,
  type DataPath,
  type EndpointId,
  type PortEntry,
} from '../../catalog/schema.ts';
import { encryptionClassOf } from '../../filters/encryption-match.ts';
import type { EncryptionClass } from '../../filters/explorer-state.ts';

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

const WEAKEST: EncryptionClass[] = ['none', 'optional', 'default'];

/** Ports of several paths, each once ("TCP 135" from ten RPC paths is one entry). */
function distinctPorts(paths: DataPath[]): PortEntry[] {
  const seen = new Map<string, PortEntry>();
  for (const p of paths.flatMap((path) => path.ports)) {
    const key = `${p.kind}|${p.protocol}|${p.from}|${p.to}|${p.direction ?? ''}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/** Rows and columns are the endpoints that occur, in the schema's order (roles first). */
export function buildMatrix(paths: DataPath[]): PortMatrix {
  const cells = new Map<string, DataPath[]>();
  for (const p of paths)
    cells.set(`${p.from}>${p.to}`, [...(cells.get(`${p.from}>${p.to}`) ?? []), p]);
  const used = (end: 'from' | 'to') =>
    ENDPOINT_IDS.filter((id) => paths.some((p) => p[end] === id));
  return {
    sources: used('from'),
    targets: used('to'),
    cell: (from, to) => {
      const list = cells.get(`${from}>${to}`);
      if (!list) return undefined;
      const classes = list.map((p) => encryptionClassOf(p.encryption));
      return {
        paths: list,
        ports: distinctPorts(list),
        encryption: WEAKEST.find((c) => classes.includes(c)) ?? 'default',
      };
    },
  };
}
