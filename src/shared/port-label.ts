import type { TFunction } from 'i18next';
import type { PortEntry } from '../catalog/schema.ts';
import { rangeText } from '../filters/port-query.ts';

/** The words a port label needs, from i18next (the app) or straight from a locale file (prerender). */
export interface PortWords {
  dynamicRpc: string;
  rpcEpmap: string;
  dynamic: string;
  any: string;
  unnumbered: (service: string) => string;
}

export const portWordsOf = (t: TFunction<'explorer'>): PortWords => ({
  dynamicRpc: t('port.dynamicRpc'),
  rpcEpmap: t('port.rpcEpmap'),
  dynamic: t('port.dynamic'),
  any: t('port.any'),
  unnumbered: (service) => t('port.unnumbered', { service }),
});

/** "TCP 443", "UDP 1024-65535", "Dynamic RPC (TCP)", "RPC endpoint mapper (TCP 135)". */
export function portText(entry: PortEntry, words: PortWords): string {
  const protocol = entry.protocol ? entry.protocol.toUpperCase() : '';
  // IN / OUT as the cell writes them; ⇄ for a port either end connects to.
  const direction = !entry.direction
    ? ''
    : entry.direction === 'both'
      ? '⇄ '
      : `${entry.direction.toUpperCase()} `;
  switch (entry.kind) {
    case 'number': {
      return `${direction}${protocol} ${rangeText(entry)}`.trim();
    }
    case 'dynamic-rpc':
      return `${words.dynamicRpc} (${protocol || 'TCP'})`;
    case 'rpc-epmap':
      return `${words.rpcEpmap} (${protocol || 'TCP'} 135)`;
    case 'dynamic':
      return protocol ? `${words.dynamic} (${protocol})` : words.dynamic;
    case 'any':
      return `${words.any} (${protocol || 'TCP'})`;
    case 'unnumbered':
      return words.unnumbered(entry.service ?? '');
  }
}

export const portLabel = (entry: PortEntry, t: TFunction<'explorer'>): string =>
  portText(entry, portWordsOf(t));
