// The paste the `check` part times: a server's export (format-export.ts) of `count` rules, our
// own netsh script's rules for the role (expected-rules.ts, no peers given: any address) among
// unrelated ones as a real server holds them. Every tenth rule of the mix, i % 10:
//
//   0-3  Windows' own (group "@FirewallAPI.dll,-…"): svchost services, System, ICMP; in and out
//   4    a disabled third-party rule          5  an outbound rule of a program
//   6    an inbound rule of a program         7  a port range (UDP every other one)
//   8    scoped to addresses (mask, range, LocalSubnet, IPv6)   9  a block of an unused port
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Catalog, RoleId } from '../../src/catalog/schema.ts';
import { DEFAULT_ENVIRONMENT } from '../../src/plan/environment.ts';
import { ruleSet } from '../../src/firewall-scripts/rule-set.ts';
import type { ScriptDirection } from '../../src/firewall-scripts/role-entries.ts';
import { expectedServerRules } from '../../src/firewall-check/expected-rules.ts';
import { formatExport } from '../../src/firewall-check/format-export.ts';
import type { PortToken, ServerRule } from '../../src/firewall-check/server-rules.ts';

const ANY: PortToken[] = [{ kind: 'any' }];
const port = (from: number, to = from): PortToken[] => [{ kind: 'range', from, to }];

const WINDOWS = [
  ['Core Networking - Dynamic Host Configuration Protocol', 'udp', 68, 'Dhcp'],
  ['File and Printer Sharing (SMB-In)', 'tcp', 445, null],
  ['Remote Desktop - User Mode (TCP-In)', 'tcp', 3389, 'TermService'],
  ['Windows Remote Management (HTTP-In)', 'tcp', 5985, null],
  ['Network Discovery (SSDP-In)', 'udp', 1900, 'SSDPSRV'],
  ['Remote Event Log Management (NP-In)', 'tcp', 445, null],
] as const;

const APPS = ['Backup Agent', 'Monitoring Agent', 'Antivirus', 'Inventory', 'Remote Support'];

const base = (i: number): ServerRule => ({
  line: 0,
  name: `Rule ${i}`,
  group: '',
  enabled: true,
  direction: 'in',
  action: 'allow',
  protocol: 'tcp',
  localPorts: ANY,
  remotePorts: ANY,
  localAddresses: ['*'],
  remoteAddresses: ['*'],
  program: null,
  service: null,
  profiles: ['domain', 'private', 'public'],
});

/** Unrelated rule number i, of the kind i % 10 (see the top of the file). */
export function unrelatedRule(i: number): ServerRule {
  const rule = base(i);
  const n = Math.floor(i / 10);
  const app = APPS[n % APPS.length] ?? '';
  const appProgram = `C:\\Program Files\\${app}\\v${n % 7}\\agent.exe`;
  const appPort = 20_000 + (n % 5_000);
  const kind = i % 10;
  if (kind <= 3) {
    const [name, protocol, number, service] = WINDOWS[n % WINDOWS.length] ?? WINDOWS[0];
    const icmp = n % 9 === 0;
    const out = kind === 3;
    return {
      ...rule,
      name: icmp ? `Core Networking - Echo Request (ICMPv4-In) ${i}` : `${name} ${i}`,
      group: `@FirewallAPI.dll,-${28_500 + (n % 400)}`,
      enabled: n % 4 !== 0,
      direction: out ? 'out' : 'in',
      protocol: icmp ? 1 : protocol,
      localPorts: icmp || out ? ANY : port(number),
      remotePorts: !icmp && out ? port(number) : ANY,
      program: icmp ? null : service ? '%SystemRoot%\\system32\\svchost.exe' : 'System',
      service: icmp ? null : service,
      profiles: n % 3 === 0 ? ['domain'] : rule.profiles,
    };
  }
  if (kind === 4) return { ...rule, name: `${app} (disabled) ${i}`, enabled: false };
  if (kind === 5)
    return { ...rule, name: `${app} out ${i}`, direction: 'out', program: appProgram };
  if (kind === 6)
    return {
      ...rule,
      name: `${app} listener ${i}`,
      group: app,
      localPorts: port(appPort),
      program: appProgram,
    };
  if (kind === 7)
    return {
      ...rule,
      name: `${app} ports ${i}`,
      protocol: n % 2 ? 'udp' : 'tcp',
      localPorts: [...port(appPort, appPort + 99), ...port(8_000 + (n % 100))],
    };
  if (kind === 8) {
    const a = n % 250;
    return {
      ...rule,
      name: `${app} from the admins ${i}`,
      localPorts: port(appPort),
      remoteAddresses: [
        `192.168.${a}.0/255.255.255.0`,
        `172.16.${a}.5-172.16.${a}.9`,
        'LocalSubnet',
        `fd00::${a.toString(16)}:1`,
      ],
    };
  }
  return { ...rule, name: `Block ${app} ${i}`, action: 'block', localPorts: port(appPort) };
}

/** The export text of `count` rules for the role and direction, our own rules first. */
export function makeCheckPaste(
  catalog: Catalog,
  count: number,
  role: RoleId = 'cas',
  dir: ScriptDirection = 'in',
): string {
  const own = expectedServerRules(
    ruleSet(catalog, role, dir, DEFAULT_ENVIRONMENT),
    {},
    undefined,
    true,
  );
  const others = Array.from({ length: count - own.length }, (_, i) => unrelatedRule(i));
  return formatExport([...own, ...others], 'EXCAS01');
}

/** check-functions.ts as one script for the page: it defines `window.__checkFunctions`. */
export async function bundleCheckFunctions(): Promise<string> {
  const entry = fileURLToPath(new URL('./check-functions.ts', import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: '__checkFunctions' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    'output' in r ? r.output : [],
  );
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('check-functions.ts: no bundle');
  return chunk.code;
}
