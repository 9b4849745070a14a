import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../../catalog/test-support.ts';
import { ROLE_IDS } from '../../catalog/schema.ts';
import { SCRIPT_KINDS } from '../../view/view-state.ts';
import { selectRole } from '../../view/selection.ts';
import { scriptFile, scriptOf } from './script-file.ts';

const catalog = readCommittedCatalog();

describe('scripts from the selection', () => {
  it('a role selection holds the paths at either end of the role and only its rules', () => {
    for (const role of ROLE_IDS) {
      const { subset, inbound, outbound, rules } = selectRole(catalog, role);
      expect(subset.dataPaths.every((p) => p.from === role || p.to === role)).toBe(true);
      expect(subset.dataPaths.length).toBe(
        catalog.dataPaths.filter((p) => p.from === role || p.to === role).length,
      );
      expect(inbound.every((p) => p.to === role)).toBe(true);
      expect(outbound.every((p) => p.from === role)).toBe(true);
      expect(rules.every((r) => r.roles.includes(role))).toBe(true);
    }
  });

  it.each(ROLE_IDS)(
    '%s: every script reads the same from the selection as from the catalog',
    (role) => {
      for (const kind of SCRIPT_KINDS) {
        for (const dir of ['in', 'out'] as const) {
          const fromSelection = scriptFile(catalog, role, dir, kind);
          expect(fromSelection.text).toBe(scriptOf(catalog, role, dir, kind).text);
          expect(fromSelection.text.length).toBeGreaterThan(200);
        }
      }
    },
  );
});
