// Authentication filter. The source lists a default and a (wider) supported set per path; the
// scope says which list a selected method must appear in.
import type { AuthId } from '../catalog/schema.ts';
import type { AuthScope } from './filter-values.ts';

/** Several selected methods are alternatives: any one of them in the scoped list is a match. */
export const pathMatchesAuth = (
  path: { auth: { default: AuthId[]; supported: AuthId[] } },
  auth: AuthId[],
  scope: AuthScope,
): boolean => {
  if (auth.length === 0) return true;
  const lists =
    scope === 'default'
      ? [path.auth.default]
      : scope === 'supported'
        ? [path.auth.supported]
        : [path.auth.default, path.auth.supported];
  return auth.some((id) => lists.some((list) => list.includes(id)));
};
