// Structured reading of the two encryption columns, keyed by the cells' text.
import type { DataPath, EncryptionMethodId } from '../schema.ts';

type Qualifier = DataPath['encryption']['qualifiers'][number];

export const ENCRYPTION_SUPPORT_BY_CELL: Record<
  string,
  { supported: boolean; methods: EncryptionMethodId[] }
> = {
  'はい、トランスポート層セキュリティ (TLS) を使用': { supported: true, methods: ['tls'] },
  'はい、TLS を使用': { supported: true, methods: ['tls'] },
  'はい、RPC 暗号化を使用': { supported: true, methods: ['rpc'] },
  'はい、LDAP over SSL (LDAPS) を使用': { supported: true, methods: ['ldaps'] },
  'はい、Kerberos 暗号化を使用': { supported: true, methods: ['kerberos'] },
  'はい、SSL を使用': { supported: true, methods: ['ssl'] },
  'はい、IPsec を使用': { supported: true, methods: ['ipsec'] },
  はい: { supported: true, methods: [] },
  いいえ: { supported: false, methods: [] },
  'はい、HTTPS を使用': { supported: true, methods: ['https'] },
  'はい、SSL、TLS を使用': { supported: true, methods: ['ssl', 'tls'] },
  'はい、セッション開始プロトコル (SIP) over TLS を使用': { supported: true, methods: ['sip-tls'] },
  'はい、SIP/TLS、SRTP を使用': { supported: true, methods: ['sip-tls', 'srtp'] },
};

export const ENCRYPTED_BY_DEFAULT_BY_CELL: Record<
  string,
  { byDefault: boolean; qualifiers: Qualifier[] }
> = {
  はい: { byDefault: true, qualifiers: [] },
  // The source marks one row "はい*" and never says what the asterisk means.
  'はい*': { byDefault: true, qualifiers: ['unexplained-asterisk'] },
  いいえ: { byDefault: false, qualifiers: [] },
  'はい、自己署名入り証明書を使用': { byDefault: true, qualifiers: ['self-signed-certificate'] },
};
