// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Catalog } from '../../catalog/schema.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import { entryPortsWithServices, type PlanWords } from '../../plan/plan-text.ts';
import { rolePlans } from '../../view/selection.ts';
import { DEFAULT_ENVIRONMENT } from '../../plan/environment.ts';
import { TEST_PLAN_WORDS } from '../../plan/test-words.ts';
import { SheetPlanPorts } from './sheet-plan-ports.tsx';

// jsdom's import.meta.url is no file: URL, so read the committed catalog from the repository root.
const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;
const words: PlanWords = { ...TEST_PLAN_WORDS, list: '、' };

afterEach(cleanup);

describe('SheetPlanPorts', () => {
  it('reads exactly as plan-text writes every entry of every role', () => {
    const env = { ...DEFAULT_ENVIRONMENT, rpcClientAccess: 59532, dagPort: 64400 };
    for (const role of ROLE_IDS) {
      const { inbound, outbound } = rolePlans(catalog, role, env);
      for (const entry of [...inbound.entries, ...outbound.entries]) {
        const { container } = render(<SheetPlanPorts entry={entry} words={words} />);
        expect(container.textContent, entry.key).toBe(entryPortsWithServices(entry, words));
        cleanup();
      }
    }
  });
});
