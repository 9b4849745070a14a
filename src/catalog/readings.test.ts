// Spot checks of the structured readings against what the source says.
import { describe, expect, it } from 'vitest';
import { readCommittedCatalog } from './test-support.ts';

const catalog = readCommittedCatalog();
const path = (id: string) => catalog.dataPaths.find((r) => r.id === id)!;
const rule = (id: string) => catalog.firewallRules.find((r) => r.id === id)!;
const numbers = (
  ports: { kind: string; protocol: string | null; from: number | null; to: number | null }[],
) => ports.filter((p) => p.kind === 'number').map((p) => `${p.protocol}/${p.from}-${p.to}`);

describe('structured readings', () => {
  it('reads ranges and protocol pairs of the UM telephony row', () => {
    expect(numbers(path('um-telephony').ports)).toEqual([
      'tcp/5060-5060',
      'tcp/5065-5065',
      'tcp/5067-5067',
      'tcp/5061-5061',
      'tcp/5066-5066',
      'tcp/5068-5068',
      'tcp/16000-17000',
      'udp/1024-65535',
    ]);
  });

  it('splits TCP/UDP pairs of Active Directory access', () => {
    expect(numbers(path('cas-to-ad').ports)).toEqual([
      'tcp/389-389',
      'udp/389-389',
      'tcp/3268-3268',
      'tcp/88-88',
      'udp/88-88',
      'tcp/53-53',
      'udp/53-53',
      'tcp/135-135',
    ]);
  });

  it('keeps dynamic RPC and RPC-EPMap as kinds, never as numbers', () => {
    expect(path('um-to-cas-play-on-phone').ports).toMatchObject([
      { kind: 'rpc-epmap', from: null },
      { kind: 'dynamic-rpc', from: null },
    ]);
    expect(rule('fw-msexchangeservicehost-rpcepmap').ports).toMatchObject([
      { kind: 'rpc-epmap', from: null },
    ]);
  });

  it('attaches ports that only a note gives, citing the note', () => {
    expect(path('mailbox-clustering').ports).toContainEqual(
      expect.objectContaining({
        protocol: 'udp',
        from: 3343,
        origin: expect.objectContaining({ source: 'note', noteId: 'mailbox-note-1' }),
      }),
    );
  });

  it('marks protocols the cell does not state', () => {
    const [p587, p25] = path('transport-smtp-client-to-hub').ports;
    expect(p587).toMatchObject({ from: 587, protocol: 'tcp', protocolStated: false });
    expect(p25).toMatchObject({ from: 25, protocolStated: true });
  });

  it('expands 「すべての役割」 and tells (GFW) rules from restricted ones', () => {
    expect(rule('fw-msexchangerpcepmap-gfw')).toMatchObject({
      roles: ['hub', 'edge', 'mailbox', 'cas', 'um'],
      program: null,
      restrictedToProgram: false,
    });
    expect(rule('fw-msexchangeimap4')).toMatchObject({
      program: 'ClientAccess\\PopImap\\Microsoft.Exchange.Imap4Service.exe',
      restrictedToProgram: true,
    });
  });

  it('keeps default and supported authentication apart', () => {
    expect(path('cas-owa').auth).toMatchObject({
      default: ['forms'],
      supported: ['basic', 'digest', 'forms', 'ntlm', 'kerberos', 'certificate'],
    });
    expect(path('cas-owa').auth.origin.supported[3]).toEqual({
      id: 'ntlm',
      origin: { source: 'cell', text: 'NTLM (v2 のみ)' },
    });
  });

  it('records encryption qualifiers', () => {
    expect(path('transport-hub-to-ad-rms').encryption.qualifiers).toEqual(['unexplained-asterisk']);
    expect(path('cas-owa').encryption).toMatchObject({
      methods: ['https'],
      byDefault: true,
      qualifiers: ['self-signed-certificate'],
    });
    expect(path('mailbox-admin-smb').encryption).toMatchObject({
      supported: true,
      byDefault: false,
    });
  });

  it('records the IMAP4 port errata of the Client Access notes', () => {
    const note = catalog.notes.find((n) => n.id === 'cas-note-5')!;
    expect(note.errata.map((e) => e.text)).toEqual([
      'TLS (ポート 443/TCP 上)',
      'ポート 995 に接続',
    ]);
  });
});
