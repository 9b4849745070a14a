// The script parameter for each destination: one host name per kind of endpoint, so that
// `-MailboxServer mbx01` points every Mailbox path at one server. Active Directory has a default
// that works on a domain member: the DNS domain name, which resolves to its domain controllers.
import type { EndpointId } from '../catalog/schema.ts';

export const HOST_PARAMETER: Record<EndpointId, string> = {
  hub: 'HubTransportServer',
  edge: 'EdgeTransportServer',
  mailbox: 'MailboxServer',
  cas: 'ClientAccessServer',
  um: 'UnifiedMessagingServer',
  ad: 'DomainController',
  'ad-rms': 'AdRmsServer',
  admin: 'AdminComputer',
  backup: 'BackupServer',
  client: 'ClientComputer',
  'smtp-client': 'SmtpClient',
  'ip-gateway': 'IpGateway',
  ocs: 'OfficeCommunicationsServer',
  'legacy-exchange': 'LegacyExchangeServer',
  'internet-smtp': 'InternetSmtpServer',
};

/** A PowerShell default value, or '' (the check is then skipped and the table says why). */
export const HOST_DEFAULT: Partial<Record<EndpointId, string>> = {
  ad: '$env:USERDNSDOMAIN',
};
