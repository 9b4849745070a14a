// The shapes of ports and addresses both firewall front ends take: a number in a range, a port
// or a port range, an IPv4 or IPv6 address, a subnet or a range of addresses.

export const isNumberIn = (text: string, from: number, to: number) =>
  /^\d{1,5}$/.test(text) && Number(text) >= from && Number(text) <= to;

export function isPortOrRange(text: string): boolean {
  const [a, b, ...rest] = text.split('-');
  if (rest.length || a === undefined || !isNumberIn(a, 0, 65535)) return false;
  return b === undefined || (isNumberIn(b, 0, 65535) && Number(a) <= Number(b));
}

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const all = groups.flat();
  const last = all[all.length - 1] ?? '';
  const v4 = last.includes('.');
  if (v4 && !isIPv4(last)) return false;
  const hex = v4 ? all.slice(0, -1) : all;
  if (!hex.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = hex.length + (v4 ? 2 : 0);
  return halves.length === 2 ? count < 8 : count === 8;
}

const isAddress = (text: string) => isIPv4(text) || isIPv6(text);

/** An address, a subnet (prefix length or IPv4 mask) or a range of addresses. */
export function isAddressItem(text: string): boolean {
  if (isAddress(text)) return true;
  const slash = text.split('/');
  if (slash.length === 2) {
    const [address = '', prefix = ''] = slash;
    if (isIPv4(address)) return isNumberIn(prefix, 0, 32) || isIPv4(prefix);
    if (isIPv6(address)) return isNumberIn(prefix, 0, 128);
    return false;
  }
  const dash = text.split('-');
  if (dash.length === 2) {
    const [from = '', to = ''] = dash;
    return (isIPv4(from) && isIPv4(to)) || (isIPv6(from) && isIPv6(to));
  }
  return false;
}
