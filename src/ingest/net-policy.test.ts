import { describe, it, expect } from 'vitest';
import { nonPublicReason, guardedLookup, checkLiteralHost } from './net-policy.js';

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['10.2.3.4', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'],
    ['192.168.0.10', 'private'], ['169.254.169.254', 'metadata'], ['100.64.0.1', 'carrier-grade NAT'], ['100.127.255.254', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'], ['224.0.0.1', 'multicast'], ['255.255.255.255', 'reserved'], ['198.18.0.1', 'benchmarking'], ['192.0.2.1', 'documentation'],
    ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'link-local'], ['fd00:ec2::254', 'unique local'], ['fc00::1', 'unique local'], ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:10.0.0.1', 'private'], ['64:ff9b::a9fe:a9fe', 'metadata'], ['2002:7f00:1::', 'loopback'],
    ['2001:db8::1', 'documentation'], ['fe80::1%eth0', 'link-local'],
  ])('refuses %s (%s)', (addr, why) => {
    expect(nonPublicReason(addr)).toContain(why);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:808:808::'])('allows the public %s', (addr) => {
    expect(nonPublicReason(addr)).toBeNull();
  });
});

describe('guardedLookup', () => {
  const call = (policy: Parameters<typeof guardedLookup>[0], opts: any = { all: true }) => new Promise<any>((resolve) => {
    guardedLookup(policy)('news.example', opts, (err: Error | null, a?: any, f?: any) => resolve(err ? { err } : { a, f }));
  });

  it('refuses a name when any of its addresses is not public', async () => {
    const r = await call({ allowPrivate: false, lookup: async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] });
    expect(r.err.message).toMatch(/news\.example resolves to 127\.0\.0\.1, a 127\.0\.0\.0\/8 loopback address/);
  });

  it('passes public addresses through, in the form the socket asks for', async () => {
    const lookup = async () => [{ address: '93.184.216.34', family: 4 }];
    expect(await call({ allowPrivate: false, lookup })).toEqual({ a: [{ address: '93.184.216.34', family: 4 }], f: undefined });
    expect(await call({ allowPrivate: false, lookup }, { family: 4 })).toEqual({ a: '93.184.216.34', f: 4 });
  });

  it('lets private addresses through when the user allows them', async () => {
    const r = await call({ allowPrivate: true, lookup: async () => [{ address: '10.0.0.1', family: 4 }] });
    expect(r.a).toEqual([{ address: '10.0.0.1', family: 4 }]);
  });
});

describe('checkLiteralHost', () => {
  it('refuses IP literals that are not public, and allows names (they are checked when resolved)', () => {
    expect(() => checkLiteralHost(new URL('http://127.0.0.1:8080/'), { allowPrivate: false })).toThrow(/loopback/);
    expect(() => checkLiteralHost(new URL('http://[::1]/'), { allowPrivate: false })).toThrow(/loopback/);
    expect(() => checkLiteralHost(new URL('http://2130706433/'), { allowPrivate: false })).toThrow(/loopback/); // 127.0.0.1 as a number
    expect(() => checkLiteralHost(new URL('http://0x7f.1/'), { allowPrivate: false })).toThrow(/loopback/);
    expect(() => checkLiteralHost(new URL('http://news.example/'), { allowPrivate: false })).not.toThrow();
    expect(() => checkLiteralHost(new URL('http://127.0.0.1/'), { allowPrivate: true })).not.toThrow();
  });
});
