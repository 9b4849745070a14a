// docs/examples holds one full generated script, as a reader sees it without running the app:
// the Mailbox server's inbound rules for Windows Server 2008 R2 (netsh), with sample addresses.
// This test keeps it equal to what the page makes; regenerate it with
//   UPDATE_EXAMPLE=1 npx vitest run src/features/scripts/script-example.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from '../../catalog/test-support.ts';
import { testOptions } from '../../firewall-scripts/test-support.ts';
import { scriptFile } from './script-file.ts';

const EXAMPLE = fileURLToPath(
  new URL('../../../docs/examples/exchange-2010-mailbox-in-firewall.cmd', import.meta.url),
);

describe('the example script in docs/examples', () => {
  it('is the Mailbox inbound netsh script the page makes for its sample addresses', () => {
    const { text } = scriptFile(readCommittedCatalog(), 'mailbox', 'in', 'netsh', {
      ...testOptions(),
      peers: {
        mailbox: ['10.0.1.10', '10.0.1.11'],
        hub: ['10.0.2.0/24'],
        cas: ['10.0.3.0/24'],
        um: ['10.0.4.20'],
        admin: ['10.0.9.5'],
      },
    });
    if (process.env.UPDATE_EXAMPLE) writeFileSync(EXAMPLE, text);
    expect(readFileSync(EXAMPLE, 'utf8')).toBe(text);
  });
});
