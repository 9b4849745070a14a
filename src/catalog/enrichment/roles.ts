// Server-role ids for the firewall table's role cells, keyed by the cell's text.
import type { RoleId } from '../schema.ts';
import { ROLE_IDS } from '../ids.ts';

const ROLE_BY_NAME: Record<string, RoleId> = {
  'ハブ トランスポート': 'hub',
  'エッジ トランスポート': 'edge',
  メールボックス: 'mailbox',
  'クライアント アクセス': 'cas',
  'ユニファイド メッセージング': 'um',
};

/** 「すべての役割」 expands to all five roles; otherwise the cell is a 、-separated list of names. */
export function rolesOfCell(cell: string): RoleId[] {
  if (cell === 'すべての役割') return [...ROLE_IDS];
  return cell.split('、').map((name) => {
    const role = ROLE_BY_NAME[name.trim()];
    if (!role) throw new Error(`Unknown role name in firewall table: ${name}`);
    return role;
  });
}
