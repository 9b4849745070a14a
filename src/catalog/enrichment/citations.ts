// Microsoft documentation outside the source that settles a reading. Each is shown as "not from
// the source", with the sentence relied on.
import type { Citation } from '../schema.ts';

export const MS_RSP_TRANSPORT: Citation = {
  title: '[MS-RSP]: Remote Shutdown Protocol, 2.1 Transport',
  url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rsp/6dfeb978-7a02-4826-b537-a1760fbf8074',
  quote:
    'RPC over named pipes (for the WinReg and InitShutdown RPC interfaces) ... well-known endpoint \\PIPE\\winreg over named pipes (for the WinReg RPC interface)',
};

export const KB_832017: Citation = {
  title: 'Service overview and network port requirements for Windows (KB 832017)',
  url: 'https://support.microsoft.com/help/832017/',
  quote: 'Cluster Service TCP 3343 (This port is required during a node join operation.)',
};

export const GET_EXCHANGE_SERVER: Citation = {
  title: 'Get-ExchangeServer (Exchange PowerShell)',
  url: 'https://learn.microsoft.com/en-us/powershell/module/exchange/get-exchangeserver',
  quote:
    'To return specific server properties (including domain controller information) where the Get-ExchangeServer cmdlet has to contact servers directly ... use the Status parameter.',
};

export const UM_WEB_SERVICE_REFERENCE: Citation = {
  title: 'Unified Messaging web service reference for Exchange',
  url: 'https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/unified-messaging-web-service-reference-for-exchange',
  quote:
    'This content applies to the service endpoint URL that is similar to https://<yourclientaccessserver>.com/EWS/UM2007Legacy.asmx.',
};

export const ENABLE_UM_IP_GATEWAY: Citation = {
  title: 'Enable-UMIPGateway (Exchange Server 2010)',
  url: 'https://github.com/MicrosoftDocs/office-docs-powershell/blob/master/exchange/exchange-ps/exchange/Enable-UMIPGateway.md',
  quote:
    'After this task is completed, the UM IP gateway answers incoming calls and makes outgoing calls through the IP gateway or IP Private Branch eXchange (PBX).',
};

export const RUS_NOT_IMPLEMENTED: Citation = {
  title: 'Non-standard address space found (Exchange 2007)',
  url: 'https://technet.microsoft.com/en-us/library/aa998537(v=exchg.80).aspx',
  quote:
    'In Microsoft Exchange Server 2007 and Exchange Server 2010, the Recipient Update Service is not implemented.',
};

export const FIREWALLS_AND_SUPPORT: Citation = {
  title: 'Exchange, Firewalls, and Support… Oh, my! (Exchange Team Blog, 2013)',
  url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-firewalls-and-support-8230-oh-my/ba-p/595710',
  quote:
    'Starting with Exchange Server 2007 and current as of Exchange Server 2013, having network devices blocking ports/protocols between Exchange servers within a single organization or between Exchange servers and domain controllers in an organization is not supported.',
};

export const HUB_TRANSPORT_OVERVIEW: Citation = {
  title: 'Overview of the Hub Transport Server Role (Exchange 2010)',
  url: 'https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-140/bb123494(v=exchg.140)',
  quote:
    "Messages that are sent to the Internet are relayed by the Hub Transport server to the Edge Transport server role that's deployed in the perimeter network.",
};

export const RPC_CLIENT_ACCESS_PUBLIC_FOLDERS: Citation = {
  title: 'Exploring Exchange 2010 RPC Client Access service (Exchange Team Blog)',
  url: 'https://blogs.technet.microsoft.com/exchange/2010/05/20/exploring-exchange-2010-rpc-client-access-service/',
  quote:
    'Outlook clients now communicate directly with the RPC Client Access service on the Mailbox Server for public folder database access',
};
