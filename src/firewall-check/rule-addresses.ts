// Remote addresses as Windows Firewall rules give them, read into intervals for the checker
// (check-rules.ts): IPv4/IPv6 addresses, subnets (bits or masks) and ranges; "*" any; keywords
// (LocalSubnet, DNS…) matched by the same keyword only.

export type Address =
  | { kind: 'any' }
  | { kind: 'net'; family: 4 | 6; from: bigint; to: bigint }
  /** LocalSubnet, DNS… or text we cannot read: matched by the same text only. */
  | { kind: 'keyword'; text: string };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4(text: string): bigint | null {
  const m = IPV4.exec(text);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((n, p) => n * 256n + BigInt(p), 0n);
}

function ipv6(text: string): bigint | null {
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return null;
  let host: string;
  try {
    host = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const [head = '', tail] = host.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return null;
  return groups.reduce((n, g) => n * 65536n + BigInt(parseInt(g, 16)), 0n);
}

const ip = (text: string): { family: 4 | 6; value: bigint } | null => {
  const v4 = ipv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = ipv6(text);
  return v6 === null ? null : { family: 6, value: v6 };
};

const bitsOfMask = (mask: string): number | null => {
  const value = ipv4(mask);
  if (value === null) return null;
  const bits = value.toString(2).padStart(32, '0');
  return /^1*0*$/.test(bits) ? (bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')) : null;
};

/** One remote address as a rule or the user gives it. */
export function readRuleAddress(raw: string): Address {
  const text = raw.trim();
  if (text === '*' || text.toLowerCase() === 'any') return { kind: 'any' };
  const keyword: Address = { kind: 'keyword', text: text.toLowerCase() };
  if (text.includes('-')) {
    const [a, b, ...rest] = text.split('-');
    const from = ip(a ?? '');
    const to = ip(b ?? '');
    if (rest.length > 0 || !from || !to || from.family !== to.family) return keyword;
    return { kind: 'net', family: from.family, from: from.value, to: to.value };
  }
  const [base = '', prefix, ...rest] = text.split('/');
  const address = ip(base);
  if (!address || rest.length > 0) return keyword;
  const width = address.family === 4 ? 32 : 128;
  let bits = width;
  if (prefix !== undefined) {
    const n = /^\d{1,3}$/.test(prefix) ? Number(prefix) : bitsOfMask(prefix);
    if (n === null || n > width) return keyword;
    bits = n;
  }
  const size = 1n << BigInt(width - bits);
  const from = (address.value / size) * size;
  return { kind: 'net', family: address.family, from, to: from + size - 1n };
}

export const addressCovers = (outer: Address, inner: Address): boolean => {
  if (outer.kind === 'any') return true;
  if (inner.kind === 'any') return false;
  if (outer.kind === 'keyword' || inner.kind === 'keyword')
    return outer.kind === 'keyword' && inner.kind === 'keyword' && outer.text === inner.text;
  return outer.family === inner.family && outer.from <= inner.from && inner.to <= outer.to;
};

/** For a block: a keyword (LocalSubnet…) may hold any address, so it may overlap. */
export const addressOverlaps = (a: Address, b: Address): boolean => {
  if (a.kind !== 'net' || b.kind !== 'net') return true;
  return a.family === b.family && a.from <= b.to && b.from <= a.to;
};
