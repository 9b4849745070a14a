// The administrator's environment: ports Exchange 2010 leaves dynamic or at a default that many
// organisations fix. The plan, the sheet, the matrix, the exports and the scripts show these
// numbers instead of "dynamic" once they are set. None of this is in the source document: each
// setting cites where Microsoft documents it, and the UI marks it "not from the source".
//
//   ?rpcrange=6005-59530&rpcca=59532&ab=59533&pfrpc=59534&dagport=64330
//   → { rpcRange: { from: 6005, to: 59530 }, rpcClientAccess: 59532, addressBook: 59533,
//       publicFolderRpc: 59534, dagPort: 64330 }
import type { Citation } from '../catalog/schema.ts';
import { DYNAMIC_RPC_RANGE } from '../filters/port-match.ts';

export interface PortRange {
  from: number;
  to: number;
}

export interface Environment {
  /** The servers' dynamic RPC range; null: Windows' default (49152-65535). */
  rpcRange: PortRange | null;
  /** Static port of the RPC Client Access service on the Client Access servers. */
  rpcClientAccess: number | null;
  /** Static port of the Address Book service on the Client Access servers. */
  addressBook: number | null;
  /** Static RPC Client Access port on Mailbox servers that hold public folders. */
  publicFolderRpc: number | null;
  /** The DAG's replication port; null: 64327. */
  dagPort: number | null;
}

export const DEFAULT_ENVIRONMENT: Environment = {
  rpcRange: null,
  rpcClientAccess: null,
  addressBook: null,
  publicFolderRpc: null,
  dagPort: null,
};

/** The port the source names for DAG log shipping and seeding. */
export const DEFAULT_DAG_PORT = 64327;

export type EnvironmentKey = keyof Environment;

/** The link key of each setting. */
export const ENVIRONMENT_LINK_KEYS = {
  rpcRange: 'rpcrange',
  rpcClientAccess: 'rpcca',
  addressBook: 'ab',
  publicFolderRpc: 'pfrpc',
  dagPort: 'dagport',
} as const satisfies Record<EnvironmentKey, string>;

export type EnvironmentLinkKey = (typeof ENVIRONMENT_LINK_KEYS)[EnvironmentKey];

export const ENVIRONMENT_KEYS = Object.keys(ENVIRONMENT_LINK_KEYS) as EnvironmentKey[];

/** Where each setting is made, and Microsoft's words for it. Shown beside the form. */
export interface SettingSource {
  /** The registry value or command, as an administrator types it. */
  where: string;
  /** The command that shows the value in effect on a server. */
  show: string;
  citation: Citation;
}

const STATIC_RPC_WIKI =
  'https://learn.microsoft.com/en-us/archive/technet-wiki/864.exchange-2010-client-access-server-configure-static-rpc-ports';

export const SETTING_SOURCES: Record<EnvironmentKey, SettingSource> = {
  rpcRange: {
    show: 'netsh int ipv4 show dynamicport tcp',
    where: 'netsh int ipv4 set dynamicport tcp start=<first> num=<count> (and the same for ipv6)',
    citation: {
      title:
        'The default dynamic port range for TCP/IP has changed since Windows Vista and in Windows Server 2008',
      url: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/default-dynamic-port-range-tcpip-chang',
      quote: 'The new default start port is 49152, and the new default end port is 65535.',
    },
  },
  rpcClientAccess: {
    show: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeRPC\\ParametersSystem /v "TCP/IP Port"',
    where:
      'HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeRPC\\ParametersSystem, REG_DWORD "TCP/IP Port"',
    citation: {
      title: 'Configure Static RPC Ports on an Exchange 2010 Client Access Server (TechNet Wiki)',
      url: STATIC_RPC_WIKI,
      quote:
        'Here, you need to create a new key named ParametersSystem, and under this key create a REG_DWORD named TCP/IP Port.',
    },
  },
  addressBook: {
    show: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeAB\\Parameters /v RpcTcpPort',
    where:
      'HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeAB\\Parameters, REG_SZ "RpcTcpPort" (Exchange 2010 SP1 and later)',
    citation: {
      title:
        'Verify correct port range is used by RPC Client Access or the Exchange Address Book Service',
      url: 'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-analyzer/gg191713(v=exchg.80)',
      quote: 'HKLM\\System\\CCS\\Services\\MSExchangeAB\\Parameters\\RpcTcpPort',
    },
  },
  publicFolderRpc: {
    show: 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeRPC\\ParametersSystem /v "TCP/IP Port"',
    where:
      'On the Mailbox servers with public folders: HKLM\\SYSTEM\\CurrentControlSet\\Services\\MSExchangeRPC\\ParametersSystem, REG_DWORD "TCP/IP Port"',
    citation: {
      title: 'Configure Static RPC Ports on an Exchange 2010 Client Access Server (TechNet Wiki)',
      url: STATIC_RPC_WIKI,
      quote:
        'This Wiki page explains how to configure static ports for the RPC Client Access service, Exchange Address Book service, and public folder connections in Exchange 2010.',
    },
  },
  dagPort: {
    show: 'Get-DatabaseAvailabilityGroup | Format-List Name,ReplicationPort',
    where: 'Set-DatabaseAvailabilityGroup <DAG> -ReplicationPort <port>',
    citation: {
      title: 'Set-DatabaseAvailabilityGroup',
      url: 'https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/set-databaseavailabilitygroup',
      quote:
        "The ReplicationPort parameter specifies a Transmission Control Protocol (TCP) port for replication (log shipping and seeding) activity. If this parameter isn't specified, the default port for replication is TCP 64327.",
    },
  },
};

/** The dynamic RPC range in effect. */
export const rpcRangeOf = (env: Environment): PortRange => env.rpcRange ?? DYNAMIC_RPC_RANGE;

/** The DAG replication port in effect. */
export const dagPortOf = (env: Environment): number => env.dagPort ?? DEFAULT_DAG_PORT;

export const isDefaultEnvironment = (env: Environment): boolean =>
  ENVIRONMENT_KEYS.every((key) => env[key] === null);

export type EnvironmentProblem = 'not-a-port' | 'not-a-range' | 'reserved-port';

const PORT = /^\d{1,5}$/;

/** A port an administrator may give a service: 1024-65535 (below is reserved, 135 is the mapper). */
export function readStaticPort(text: string): number | EnvironmentProblem {
  const value = text.trim();
  if (!PORT.test(value)) return 'not-a-port';
  const port = Number(value);
  if (port < 1 || port > 65535) return 'not-a-port';
  if (port < 1024) return 'reserved-port';
  return port;
}

/** "6005-59530": a range of at least 255 ports (Windows' smallest dynamic range) from 1025 up. */
export function readRpcRange(text: string): PortRange | EnvironmentProblem {
  const match = /^(\d{1,5})\s*-\s*(\d{1,5})$/.exec(text.trim());
  if (!match) return 'not-a-range';
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from < 1025 || to > 65535 || to - from + 1 < 255) return 'not-a-range';
  return { from, to };
}

export const formatRange = (range: PortRange): string =>
  range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`;
