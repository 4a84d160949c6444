// Real look-ups in the installed @ip-location-db data (no mocks): addresses of well-known
// networks, checked against what their operators announce.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AsnTable } from './asn-table.ts';
import { HOSTING_ASNS } from './hosting-asns.ts';
import { NetworkReputation, parseExtraHostingAsns } from './reputation.ts';

let rep: NetworkReputation;
const ASN = { dir: join(process.cwd(), 'node_modules/@ip-location-db/asn'), version: 'test' };
const dir = mkdtempSync(join(tmpdir(), 'warden-netrep-'));
beforeAll(async () => {
  const tor = join(dir, 'tor-exits.txt');
  writeFileSync(tor, '# exits\n185.220.101.1\n2a0b:f4c2::1\nnot an address\n');
  rep = await NetworkReputation.open({ enabled: true, torExitsFile: tor, extraHostingAsns: ['AS3320:vpn'], cacheDir: join(dir, 'cache') });
}, 120_000);

describe('NetworkReputation', () => {
  it('names the AS, organisation and country of public addresses, IPv4 and IPv6', () => {
    expect(rep.lookup('8.8.8.8')).toMatchObject({ asn: 15169, org: 'Google LLC', country: 'US' });
    expect(rep.lookup('8.8.8.8')?.kind).toBeUndefined();
    expect(rep.lookup('85.10.199.76')).toMatchObject({ asn: 24940, org: 'Hetzner Online GmbH', country: 'DE', kind: 'hosting', provider: 'Hetzner' });
    expect(rep.lookup('2a01:4f8::1')).toMatchObject({ asn: 24940, kind: 'hosting' });
    expect(rep.lookup('::ffff:8.8.4.4')).toMatchObject({ asn: 15169 });
    // A home broadband network is no kind at all.
    expect(rep.lookup('23.24.0.10')).toMatchObject({ asn: 7922, country: 'US' });
    expect(rep.lookup('23.24.0.10')?.kind).toBeUndefined();
  });

  it('classifies VPN companies, clouds and privacy relays by AS', () => {
    expect(rep.lookup('45.83.220.1')).toMatchObject({ asn: 39351, kind: 'vpn' });
    expect(rep.lookup('1.44.96.1')).toMatchObject({ asn: 16509, kind: 'cloud' });
    expect(rep.lookup('172.224.7.1')).toMatchObject({ asn: 36183, kind: 'relay' });
    // Configured on top of the list (Deutsche Telekom only in this test).
    expect(rep.lookup('2.58.100.1')).toMatchObject({ asn: 3320, kind: 'vpn' });
  });

  it('marks Tor exits from the configured file, whatever their AS', () => {
    expect(rep.lookup('185.220.101.1')).toMatchObject({ kind: 'tor', provider: 'Tor exit' });
    expect(rep.lookup('2a0b:f4c2:0::1')?.kind).toBe('tor');
  });

  it('says nothing of private, reserved, documentation or malformed addresses', () => {
    for (const ip of ['10.0.0.1', '192.168.1.1', '127.0.0.1', '::1', 'fe80::1', '192.0.2.1', '198.51.100.7', 'nonsense', '', null, undefined])
      expect(rep.lookup(ip as string)).toBeNull();
  });

  it('describes its data, and a disabled one answers nothing', () => {
    const d = rep.describe();
    expect(d.enabled).toBe(true);
    expect(d.asn?.ipv4Ranges).toBeGreaterThan(100_000);
    expect(d.asn?.source).toMatch(/^@ip-location-db\/asn@/);
    expect(d.country?.source).toMatch(/geo-whois-asn-country-mmdb/);
    expect(d.torExits).toBe(2);
    expect(NetworkReputation.disabled().lookup('8.8.8.8')).toBeNull();
  });

  it('reads the cached table exactly as the parsed one', () => {
    const parsed = AsnTable.load(ASN, join(dir, 'c2'));
    const cached = AsnTable.load(ASN, join(dir, 'c2'));
    for (const ip of ['8.8.8.8', '1.1.1.1', '85.10.199.76', '2a01:4f8::1', '2606:4700::1111', '23.24.0.10', '45.83.223.255', '45.83.224.0'])
      expect(cached.lookup(ip)).toEqual(parsed.lookup(ip));
    expect(cached.size).toEqual(parsed.size);
    expect(cached.size.ipv6).toBeGreaterThan(10_000);
  });

  it('rejects malformed extra hosting entries by name', () => {
    expect(parseExtraHostingAsns(['as14061', '20473:cloud'])).toMatchObject([
      { asn: 14061, kind: 'hosting' },
      { asn: 20473, kind: 'cloud' },
    ]);
    expect(() => parseExtraHostingAsns(['digitalocean'])).toThrow(/digitalocean/);
  });
});

describe('the reviewed hosting AS list', () => {
  it('names each AS as the ASN data does (a renumbered or mistyped entry fails here)', () => {
    const table = AsnTable.load(ASN, join(dir, 'c2'));
    const wrong = HOSTING_ASNS.filter((h) => !table.orgOf(h.asn)?.toLowerCase().includes(h.orgMatch.toLowerCase())).map(
      (h) => `AS${h.asn} ${h.provider}: data says ${JSON.stringify(table.orgOf(h.asn))}`,
    );
    expect(wrong).toEqual([]);
    expect(new Set(HOSTING_ASNS.map((h) => h.asn)).size).toBe(HOSTING_ASNS.length);
  });
});
