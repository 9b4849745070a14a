import type { TFunction } from 'i18next';
import type { PortEntry } from '../../catalog/schema.ts';

/** "TCP 443", "UDP 1024-65535", "Dynamic RPC (TCP)", "RPC endpoint mapper (TCP 135)". */
export function portLabel(entry: PortEntry, t: TFunction<'explorer'>): string {
  const protocol = entry.protocol ? entry.protocol.toUpperCase() : '';
  const direction = entry.direction ? `${entry.direction.toUpperCase()} ` : '';
  switch (entry.kind) {
    case 'number': {
      const range = entry.from === entry.to ? `${entry.from}` : `${entry.from}-${entry.to}`;
      return `${direction}${protocol} ${range}`.trim();
    }
    case 'dynamic-rpc':
      return `${t('port.dynamicRpc')} (${protocol || 'TCP'})`;
    case 'rpc-epmap':
      return `${t('port.rpcEpmap')} (${protocol || 'TCP'} 135)`;
    case 'dynamic':
      return protocol ? `${t('port.dynamic')} (${protocol})` : t('port.dynamic');
    case 'any':
      return `${t('port.any')} (${protocol || 'TCP'})`;
    case 'unnumbered':
      return t('port.unnumbered', { service: entry.service ?? '' });
  }
}
