// The parties at either end of a data path. Names follow the source's wording where it has one.
import type { Catalog } from '../schema.ts';

export const ENDPOINTS: Catalog['endpoints'] = [
  {
    id: 'hub',
    isExchangeRole: true,
    name: { ja: 'ハブ トランスポート サーバー', en: 'Hub Transport server' },
  },
  {
    id: 'edge',
    isExchangeRole: true,
    name: { ja: 'エッジ トランスポート サーバー', en: 'Edge Transport server' },
  },
  {
    id: 'mailbox',
    isExchangeRole: true,
    name: { ja: 'メールボックス サーバー', en: 'Mailbox server' },
  },
  {
    id: 'cas',
    isExchangeRole: true,
    name: { ja: 'クライアント アクセス サーバー', en: 'Client Access server' },
  },
  {
    id: 'um',
    isExchangeRole: true,
    name: { ja: 'ユニファイド メッセージング サーバー', en: 'Unified Messaging server' },
  },
  { id: 'ad', isExchangeRole: false, name: { ja: 'Active Directory', en: 'Active Directory' } },
  {
    id: 'ad-rms',
    isExchangeRole: false,
    name: {
      ja: 'Active Directory Rights Management Services (AD RMS)',
      en: 'Active Directory Rights Management Services (AD RMS)',
    },
  },
  {
    id: 'admin',
    isExchangeRole: false,
    name: { ja: '管理者 (リモート アクセス)', en: 'Administrator (remote access)' },
  },
  { id: 'backup', isExchangeRole: false, name: { ja: 'バックアップ (VSS)', en: 'Backup (VSS)' } },
  {
    id: 'client',
    isExchangeRole: false,
    name: {
      ja: 'クライアント (Outlook、Web ブラウザー、モバイル デバイスなど)',
      en: 'Clients (Outlook, web browsers, mobile devices, ...)',
    },
  },
  {
    id: 'smtp-client',
    isExchangeRole: false,
    name: { ja: 'SMTP クライアント', en: 'SMTP clients' },
  },
  {
    id: 'ip-gateway',
    isExchangeRole: false,
    name: { ja: 'IP ゲートウェイ / IP PBX', en: 'IP gateway / IP PBX' },
  },
  {
    id: 'ocs',
    isExchangeRole: false,
    name: { ja: 'Office Communications Server', en: 'Office Communications Server' },
  },
  {
    id: 'legacy-exchange',
    isExchangeRole: false,
    name: { ja: '以前のバージョンの Exchange Server', en: 'Earlier versions of Exchange Server' },
  },
  {
    // transport-note-4: the Edge Transport servers of other organizations, i.e. Internet mail.
    id: 'internet-smtp',
    isExchangeRole: false,
    name: {
      ja: '他の組織の SMTP サーバー (インターネット)',
      en: "Other organizations' SMTP servers (Internet)",
    },
  },
];
