/**
 * Which network addresses the fetcher may connect to. By default only public ones: loopback,
 * private, link-local (with the cloud metadata address 169.254.169.254), carrier-grade NAT,
 * multicast, documentation and other reserved ranges are refused, after DNS resolution and at
 * every redirect, so that a URL from a feed or an API request cannot reach the machine's own
 * services or its network (server-side request forgery). `readout ingest --allow-private-network`
 * lifts this for a user who means it; the API never does.
 */
import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns';

const V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'], ['10.0.0.0', 8, 'private'], ['100.64.0.0', 10, 'carrier-grade NAT'], ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'], ['172.16.0.0', 12, 'private'], ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'], ['192.88.99.0', 24, '6to4 relay'], ['192.168.0.0', 16, 'private'], ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'], ['203.0.113.0', 24, 'documentation'], ['224.0.0.0', 4, 'multicast'], ['240.0.0.0', 4, 'reserved'],
];
const V6: [string, number, string][] = [
  ['::', 128, 'unspecified'], ['::1', 128, 'loopback'], ['100::', 64, 'discard'], ['2001::', 32, 'Teredo'], ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local (private)'], ['fe80::', 10, 'link-local'], ['fec0::', 10, 'site-local'], ['ff00::', 8, 'multicast'],
];

const blocks = new Map<string, { list: BlockList; family: 'ipv4' | 'ipv6' }>();
for (const [net, prefix, why] of V4) { const l = new BlockList(); l.addSubnet(net, prefix, 'ipv4'); blocks.set(`${net}/${prefix} ${why}`, { list: l, family: 'ipv4' }); }
for (const [net, prefix, why] of V6) { const l = new BlockList(); l.addSubnet(net, prefix, 'ipv6'); blocks.set(`${net}/${prefix} ${why}`, { list: l, family: 'ipv6' }); }

/** The 16 bytes of an IPv6 address (any textual form, with or without an embedded IPv4 tail). */
function v6Bytes(addr: string): number[] {
  let a = addr.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  let tail: number[] = [];
  if (v4) { tail = v4.slice(1).map(Number); a = a.slice(0, v4.index) + '0:0'; }
  const [head, rest] = a.includes('::') ? a.split('::') : [a, null];
  const h = head ? head.split(':') : [];
  const r = rest != null && rest !== '' ? rest.split(':') : [];
  const groups = rest == null ? h : [...h, ...Array(8 - h.length - r.length).fill('0'), ...r];
  const bytes = groups.flatMap((g) => { const n = parseInt(g || '0', 16); return [n >> 8, n & 255]; });
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

/**
 * The IPv4 address an IPv6 address carries (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible, NAT64
 * 64:ff9b::/96, 6to4 2002::/16), which is what such an address reaches; else null.
 */
function embeddedV4(addr: string): string | null {
  const b = v6Bytes(addr);
  const zero = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const v4 = (at: number) => b.slice(at, at + 4).join('.');
  if (zero(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4(12);
  if (zero(0, 12) && !(b[12] === 0 && b[13] === 0 && b[14] === 0 && b[15] <= 1)) return v4(12);
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zero(4, 12)) return v4(12);
  if (b[0] === 0x20 && b[1] === 0x02) return v4(2);
  return null;
}

/** Why an address is not public (e.g. "127.0.0.0/8 loopback"), or null for a public address. */
export function nonPublicReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedV4(address);
    if (v4) { const r = nonPublicReason(v4); return r ? `${r} (inside ${address})` : null; }
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const plain = address.replace(/%.*$/, '');
  for (const [why, b] of blocks) if (b.family === type && b.list.check(plain, type)) return why;
  return null;
}

/** A refused address: its reason is the message the user sees. */
export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKED';
}

const POLICY_HINT = '; readout ingest --allow-private-network lifts this';

export type LookupAll = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** Resolves a host name with the system resolver (what `fetch` and `http.request` would use). */
export const systemLookup: LookupAll = (hostname) => new Promise((resolve, reject) => {
  dnsLookup(hostname, { all: true, verbatim: true }, (err, addrs) => (err ? reject(err) : resolve(addrs)));
});

export interface NetPolicy {
  /** connect to loopback and private addresses too (the CLI's --allow-private-network) */
  allowPrivate: boolean;
  /** the resolver (injected in tests) */
  lookup?: LookupAll;
  /** single addresses allowed although not public, all others staying refused (tests: a loopback server that redirects inward) */
  allowAddresses?: string[];
}

const refusedWhy = (address: string, policy: NetPolicy): string | null =>
  policy.allowPrivate || policy.allowAddresses?.includes(address) ? null : nonPublicReason(address);

/**
 * A `lookup` for `http.request` that resolves with the policy's resolver and refuses the connection
 * when any address is not public: the check is made on the addresses the socket then connects to,
 * so a name that resolves differently a moment later (DNS rebinding) cannot slip through.
 */
export function guardedLookup(policy: NetPolicy) {
  const resolveAll = policy.lookup ?? systemLookup;
  return (hostname: string, options: { all?: boolean; family?: number } | number, callback: (...args: any[]) => void): void => {
    const opts = typeof options === 'number' ? { family: options } : options ?? {};
    resolveAll(hostname).then((addrs) => {
      const list = opts.family ? addrs.filter((a) => a.family === opts.family) : addrs;
      if (!list.length) { callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' })); return; }
      {
        for (const a of list) {
          const why = refusedWhy(a.address, policy);
          if (why) { callback(new BlockedAddressError(`refused: ${hostname} resolves to ${a.address}, a ${why} address (only public addresses are fetched${POLICY_HINT})`)); return; }
        }
      }
      if (opts.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    }, (e) => callback(e));
  };
}

/** Checks a URL's host when it is an IP literal (the socket does not look those up); throws BlockedAddressError. */
export function checkLiteralHost(url: URL, policy: NetPolicy): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!isIP(host)) return;
  const why = refusedWhy(host, policy);
  if (why) throw new BlockedAddressError(`refused: ${host} is a ${why} address (only public addresses are fetched${POLICY_HINT})`);
}

/** `s` is an absolute http or https address (what a user may give as a page's address; nothing else is read). */
export function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
