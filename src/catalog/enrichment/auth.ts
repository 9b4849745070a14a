// Normalised authentication ids for every distinct authentication cell, keyed by the cell's text.
import type { AuthId } from '../schema.ts';

export const AUTH_BY_CELL: Record<string, AuthId[]> = {
  Kerberos: ['kerberos'],
  直接信頼: ['direct-trust'],
  '匿名、証明書': ['anonymous', 'certificate'],
  // "NTLM. Kerberos is used when the Hub Transport and Mailbox roles are on the same server."
  'NTLM。同じサーバー上にハブ トランスポート サーバーの役割およびメールボックス サーバーの役割がある場合は、Kerberos が使用されます。':
    ['ntlm', 'kerberos'],
  'NTLM/Kerberos': ['ntlm', 'kerberos'],
  基本: ['basic'],
  '基本/統合 Windows 認証 (ネゴシエート)': ['basic', 'integrated-windows', 'negotiate'],
  '基本、ダイジェスト、NTLM、ネゴシエート (Kerberos)': [
    'basic',
    'digest',
    'ntlm',
    'negotiate',
    'kerberos',
  ],
  'NTLM、Kerberos': ['ntlm', 'kerberos'],
  'Kerberos/NTLM': ['kerberos', 'ntlm'],
  'Kerberos、NTLM': ['kerberos', 'ntlm'],
  'フォーム ベース認証': ['forms'],
  // NTLM here is "v2 only"; the verbatim cell keeps that detail.
  '基本、ダイジェスト、フォーム ベース認証、NTLM (v2 のみ)、Kerberos、証明書': [
    'basic',
    'digest',
    'forms',
    'ntlm',
    'kerberos',
    'certificate',
  ],
  '基本、Kerberos': ['basic', 'kerberos'],
  '基本または NTLM': ['basic', 'ntlm'],
  '基本、証明書': ['basic', 'certificate'],
  'IP アドレスごと': ['ip-address'],
  'ネゴシエート (Kerberos から NTLM またはオプションで基本へのフォールバック)、POP/IMAP テキスト': [
    'negotiate',
    'kerberos',
    'ntlm',
    'basic',
    'pop-imap-plain-text',
  ],
  'Kerberos、証明書': ['kerberos', 'certificate'],
  'mTLS (必須)': ['mtls'],
  'IP アドレスごと、MTLS': ['ip-address', 'mtls'],
  '統合 Windows 認証 (ネゴシエート)': ['integrated-windows', 'negotiate'],
};
