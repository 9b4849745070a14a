import type { TFunction } from 'i18next';
import type { PortEntry } from '../../catalog/schema.ts';
import { DYNAMIC_RPC_RANGE, RPC_ENDPOINT_MAPPER_PORT } from '../../filters/port-match.ts';
import { portLabel } from '../../shared/port-label.ts';

/**
 * Ports as a firewall change needs them: protocol first and always written, dynamic RPC spelled
 * out as the range it implies. "TCP 49152-65535 (動的 RPC)", "TCP 135 (RPC-EPMap)", "UDP 3343".
 */
export function sheetPortText(entry: PortEntry, t: TFunction<'explorer'>): string {
  const protocol = (entry.protocol ?? 'tcp').toUpperCase();
  switch (entry.kind) {
    case 'dynamic-rpc':
      return `${protocol} ${DYNAMIC_RPC_RANGE.from}-${DYNAMIC_RPC_RANGE.to} (${t('port.dynamicRpc')})`;
    case 'rpc-epmap':
      return `${protocol} ${RPC_ENDPOINT_MAPPER_PORT} (RPC-EPMap)`;
    case 'any':
      return `${protocol} ${t('port.any')}`;
    default:
      return portLabel(entry, t);
  }
}
