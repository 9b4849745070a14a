// Normalised authentication ids for every distinct authentication cell, keyed by the cell's text.
// Each id is paired with the fragment of the cell it was read from (its provenance).
import type { AuthId } from '../schema.ts';

export type AuthReading = [id: AuthId, fragment: string];

export const AUTH_BY_CELL: Record<string, AuthReading[]> = {
  Kerberos: [['kerberos', 'Kerberos']],
  直接信頼: [['direct-trust', '直接信頼']],
  '匿名、証明書': [
    ['anonymous', '匿名'],
    ['certificate', '証明書'],
  ],
  // "NTLM. Kerberos is used when the Hub Transport and Mailbox roles are on the same server."
  'NTLM。同じサーバー上にハブ トランスポート サーバーの役割およびメールボックス サーバーの役割がある場合は、Kerberos が使用されます。':
    [
      ['ntlm', 'NTLM'],
      ['kerberos', 'Kerberos が使用されます'],
    ],
  'NTLM/Kerberos': [
    ['ntlm', 'NTLM'],
    ['kerberos', 'Kerberos'],
  ],
  基本: [['basic', '基本']],
  '基本/統合 Windows 認証 (ネゴシエート)': [
    ['basic', '基本'],
    ['integrated-windows', '統合 Windows 認証'],
    ['negotiate', 'ネゴシエート'],
  ],
  '基本、ダイジェスト、NTLM、ネゴシエート (Kerberos)': [
    ['basic', '基本'],
    ['digest', 'ダイジェスト'],
    ['ntlm', 'NTLM'],
    ['negotiate', 'ネゴシエート'],
    ['kerberos', '(Kerberos)'],
  ],
  'NTLM、Kerberos': [
    ['ntlm', 'NTLM'],
    ['kerberos', 'Kerberos'],
  ],
  'Kerberos/NTLM': [
    ['kerberos', 'Kerberos'],
    ['ntlm', 'NTLM'],
  ],
  'Kerberos、NTLM': [
    ['kerberos', 'Kerberos'],
    ['ntlm', 'NTLM'],
  ],
  'フォーム ベース認証': [['forms', 'フォーム ベース認証']],
  // NTLM here is "v2 only"; the fragment keeps that detail.
  '基本、ダイジェスト、フォーム ベース認証、NTLM (v2 のみ)、Kerberos、証明書': [
    ['basic', '基本'],
    ['digest', 'ダイジェスト'],
    ['forms', 'フォーム ベース認証'],
    ['ntlm', 'NTLM (v2 のみ)'],
    ['kerberos', 'Kerberos'],
    ['certificate', '証明書'],
  ],
  '基本、Kerberos': [
    ['basic', '基本'],
    ['kerberos', 'Kerberos'],
  ],
  '基本または NTLM': [
    ['basic', '基本'],
    ['ntlm', 'NTLM'],
  ],
  '基本、証明書': [
    ['basic', '基本'],
    ['certificate', '証明書'],
  ],
  'IP アドレスごと': [['ip-address', 'IP アドレスごと']],
  'ネゴシエート (Kerberos から NTLM またはオプションで基本へのフォールバック)、POP/IMAP テキスト': [
    ['negotiate', 'ネゴシエート'],
    ['kerberos', 'Kerberos から'],
    ['ntlm', 'NTLM'],
    ['basic', 'オプションで基本へのフォールバック'],
    ['pop-imap-plain-text', 'POP/IMAP テキスト'],
  ],
  'Kerberos、証明書': [
    ['kerberos', 'Kerberos'],
    ['certificate', '証明書'],
  ],
  'mTLS (必須)': [['mtls', 'mTLS (必須)']],
  'IP アドレスごと、MTLS': [
    ['ip-address', 'IP アドレスごと'],
    ['mtls', 'MTLS'],
  ],
  '統合 Windows 認証 (ネゴシエート)': [
    ['integrated-windows', '統合 Windows 認証'],
    ['negotiate', 'ネゴシエート'],
  ],
};
