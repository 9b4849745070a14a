import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortEntry } from '../catalog/schema.ts';
import { compactPortLines } from '../diagrams/compact-ports.ts';
import { portLabel } from './port-label.ts';

/**
 * Ports written compactly, one line per protocol, in the user's language (map and matrix).
 * `width` wraps long lines, in characters: the map wraps its labels, a table cell wraps itself.
 */
export function useCompactPorts(width = 28): (ports: PortEntry[]) => string[] {
  const { t } = useTranslation('explorer');
  return useMemo(() => {
    const words = { dynamicRpc: t('port.dynamicRpc'), nameOf: (p: PortEntry) => portLabel(p, t) };
    return (ports: PortEntry[]) => compactPortLines(ports, words, width);
  }, [t, width]);
}
