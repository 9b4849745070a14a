// Errata for firewall rules, keyed by the rule's verbatim name. Everything else about a rule
// (roles, ports, program) is read from its cells by the builder.
import type { Erratum } from '../schema.ts';
import { erratum } from './errata.ts';

export const ANY_PROGRAM = new Set(['任意', 'すべて']);

const ANY_PROGRAM_WORDS = (text: string) =>
  erratum(
    'program',
    text,
    'プロセスに制限されないルールのプログラム欄は、「任意」と「すべて」の 2 通りで書かれています。どちらも任意のプログラムを意味します。',
    'The program column of rules not restricted to a process is written two ways, 「任意」 (any) and 「すべて」 (all); both mean any program.',
  );

export const FIREWALL_ERRATA: Record<string, Erratum[]> = {
  'MSExchange - POP3 (FGW) (TCP-In)': [
    erratum(
      'name',
      '(FGW)',
      '「(GFW)」の誤記と思われます。他のプロセスに制限されないルールはすべて (GFW) と書かれ、プログラムも「すべて」です。',
      'Presumably a misspelling of "(GFW)": every other rule not restricted to a process says (GFW), and its program is 「すべて」 (all).',
    ),
    ANY_PROGRAM_WORDS('すべて'),
  ],
  'MSExchange - IMAP4 (GFW) (TCP-In)': [ANY_PROGRAM_WORDS('すべて')],
  'MSExchange - OWA (GFW) (TCP-In)': [ANY_PROGRAM_WORDS('すべて')],
  'MSExchangeRPC - PRCEPMap (TCP-In)': [
    erratum(
      'name',
      'PRCEPMap',
      '「RPCEPMap」の誤記と思われます (ポートは RPC-EPMap)。',
      'Presumably a misspelling of "RPCEPMap" (the port is RPC-EPMap).',
    ),
  ],
  'MSExchangeServiceHost - RPCEPMap (TCP-In)': [
    erratum(
      'program',
      'Bin\\Microsoft.Exchange.Service.Host',
      '同じサービスの RPC ルールは「Bin\\Microsoft.Exchange.ServiceHost.exe」としています。こちらは「.exe」がなく、区切りも異なります。',
      'The RPC rule of the same service gives "Bin\\Microsoft.Exchange.ServiceHost.exe"; this one lacks ".exe" and splits the name differently.',
    ),
  ],
  'MSExchangeIS RPCEPMap (TCP-In)': [
    erratum(
      'name',
      'MSExchangeIS RPCEPMap',
      '他の RPCEPMap ルールと違い、サービス名との間に「 - 」がありません。',
      'Unlike the other RPCEPMap rules, there is no " - " between the service name and RPCEPMap.',
    ),
  ],
};

/** "MSExchangeADTopology - RPC (TCP-In)" -> "fw-msexchangeadtopology-rpc" (every rule is TCP-In). */
export function firewallRuleId(name: string): string {
  const slug = name
    .replace(/\(TCP-In\)$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `fw-${slug}`;
}
