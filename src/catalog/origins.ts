// Every derived value of a row (port, end, authentication id) with its provenance, and the
// verbatim cell it may quote. Plain code without the schema library: the exports and the first
// paint use it as well as the catalog's checks (provenance-checks.ts).
import type { Catalog, PortEntry, Provenance } from './schema.ts';

type Row = Catalog['dataPaths'][number] | Catalog['firewallRules'][number];

/** Every derived value of a row with its provenance, and the verbatim cell it may quote. */
export interface Derived {
  what: string;
  origin: Provenance;
  cell: string;
}

export const portLabel = (p: PortEntry) => `port "${p.text}"`;

export function originsOf(r: Row): Derived[] {
  const ports = [...r.ports, ...('relatedPorts' in r ? r.relatedPorts : [])].map((p) => ({
    what: portLabel(p),
    origin: p.origin,
    cell: r.source.ja.ports,
  }));
  if (!('ends' in r)) return ports;
  const auth = (column: 'default' | 'supported', cell: string) =>
    r.auth.origin[column].map((a) => ({ what: `${column} auth ${a.id}`, origin: a.origin, cell }));
  return [
    ...ports,
    { what: 'from end', origin: r.ends.from, cell: r.source.ja.path },
    { what: 'to end', origin: r.ends.to, cell: r.source.ja.path },
    ...auth('default', r.source.ja.defaultAuth),
    ...auth('supported', r.source.ja.supportedAuth),
  ];
}
