// Where each endpoint sits on the role map. The only hand-made part of the map: the edges come
// from the catalog. Outside parties at the top, Edge Transport under them (the perimeter, between
// the Internet and Hub Transport), the other Exchange roles in the middle, directory and
// back-office parties below, so most paths run downwards and few cross. The places leave room
// beside the arrows for their labels: moved a cell at a time on a grid until the fewest labels
// of the whole map and of a few filters had to be numbered (3 of 26; 9 before).
import type { EndpointId } from '../catalog/schema.ts';
import type { PairKey } from './pair-groups.ts';

export const MAP_SIZE = { width: 1200, height: 886 } as const;
export const NODE_SIZE = { width: 190, height: 40 } as const;

export type LoopSide = 'up' | 'down' | 'left' | 'right';

export interface NodePlace {
  x: number;
  y: number;
  /** Where a path from the endpoint to itself (hub → hub) is drawn. */
  loop: LoopSide;
}

export const NODE_PLACES: Record<EndpointId, NodePlace> = {
  'smtp-client': { x: 110, y: 40, loop: 'up' },
  client: { x: 500, y: 40, loop: 'up' },
  ocs: { x: 820, y: 40, loop: 'up' },
  'ip-gateway': { x: 1090, y: 40, loop: 'up' },
  edge: { x: 400, y: 170, loop: 'up' },
  hub: { x: 500, y: 440, loop: 'up' },
  cas: { x: 780, y: 300, loop: 'left' },
  um: { x: 1090, y: 440, loop: 'right' },
  'ad-rms': { x: 110, y: 450, loop: 'down' },
  mailbox: { x: 500, y: 640, loop: 'left' },
  ad: { x: 1090, y: 620, loop: 'down' },
  admin: { x: 110, y: 760, loop: 'down' },
  backup: { x: 400, y: 860, loop: 'down' },
  'legacy-exchange': { x: 800, y: 860, loop: 'down' },
  'internet-smtp': { x: 110, y: 180, loop: 'left' },
};

/**
 * Extra bend for a straight edge that would run through a third node or another label
 * (positive bends to the left of the direction of travel). Pairs drawn both ways bend apart anyway.
 */
export const EDGE_BENDS: Partial<Record<PairKey, number>> = {
  'um>hub': 40,
  'client>mailbox': 40,
};
