// Role filters. A data path has two ends, so "Client Access" can mean "to or from a CAS" (any),
// "what a CAS listens on" (in) or "what a CAS connects to" (out).
import type { EndpointId, RoleId } from '../catalog/schema.ts';
import type { Direction } from './filter-values.ts';

/** Several selected roles are alternatives: the path matches when any one of them fits. */
export const pathMatchesRoles = (
  path: { from: EndpointId; to: EndpointId },
  roles: EndpointId[],
  dir: Direction,
): boolean => {
  if (roles.length === 0) return true;
  return roles.some((role) => {
    if (dir === 'in') return path.to === role;
    if (dir === 'out') return path.from === role;
    return path.from === role || path.to === role;
  });
};

/**
 * Firewall rules are all inbound rules on the server they are created on, so the direction does
 * not apply. Only Exchange roles have rules: an endpoint such as 'ad' matches none.
 */
export const ruleMatchesRoles = (rule: { roles: RoleId[] }, roles: EndpointId[]): boolean =>
  roles.length === 0 || roles.some((role) => (rule.roles as EndpointId[]).includes(role));

/** A matrix cell's pair: the path's source and destination, each only when given. */
export const pathMatchesPair = (
  path: { from: EndpointId; to: EndpointId },
  from: EndpointId | null,
  to: EndpointId | null,
): boolean => (from === null || path.from === from) && (to === null || path.to === to);
