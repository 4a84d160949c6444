// Network reputation: what an IP address says about the network a person used — its autonomous
// system and organisation, its country, and whether it is a data centre, a VPN, a privacy relay
// or a Tor exit. Built once at start (the readers are loaded once and kept), passed to the
// account-security and behaviour hooks, and asked synchronously per event.
//
// These are facts about a network, never about conduct: they go into evidence and weak signals,
// and the engine never lets them hold money or access on their own (policy/guard.ts).
//
// Data (all offline, from npm; see README "Network reputation data" for updating it):
//   - ASN and organisation: `@ip-location-db/asn` (CSV; asn-table.ts).
//   - Country: `@ip-location-db/geo-whois-asn-country-mmdb` (CC0; GeoFeed > WHOIS > ASN
//     country), read with `maxmind`. Used when the marketplace sends no country for a login.
//   - Hosting / VPN / relay: the reviewed AS list in hosting-asns.ts (+ WARDEN_NETWORK_HOSTING_ASNS).
//   - Tor exits: no maintained offline list ships on npm; an operator may point
//     WARDEN_NETWORK_TOR_EXITS_FILE at a file of exit addresses (one per line) they refresh.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { type CountryResponse, Reader } from 'maxmind';
import { AsnTable } from './asn-table.ts';
import { HOSTING_ASNS, type HostingAsn, type NetworkKind } from './hosting-asns.ts';

/** What the data says about one address; fields absent when unknown. */
export interface NetworkFacts {
  asn?: number;
  /** The AS organisation (e.g. "Hetzner Online GmbH"). */
  org?: string;
  /** ISO 3166-1 alpha-2 of the address's registration / geofeed. */
  country?: string;
  /** Set for data centres, VPNs, relays and Tor exits; absent for home, office and mobile networks. */
  kind?: NetworkKind;
  /** The provider behind `kind`, as a reviewer knows it. */
  provider?: string;
}

export interface NetworkReputationSettings {
  /** false: no look-ups at all (facts are empty). */
  enabled: boolean;
  /** Folder with the ASN CSV files; default: the installed `@ip-location-db/asn`. */
  asnDir?: string;
  /** Country MMDB file; default: the installed `@ip-location-db/geo-whois-asn-country-mmdb`. */
  countryMmdb?: string;
  /** Tor exit addresses, one per line (# comments allowed); none when absent. */
  torExitsFile?: string;
  /** More hosting ASNs, as `asn:kind` (kind cloud|hosting|vpn|relay, default hosting). */
  extraHostingAsns?: string[];
  /** Where the parsed ASN table is cached between starts; default: the OS temp folder. */
  cacheDir?: string;
}

export interface NetworkDataDescription {
  enabled: boolean;
  asn?: { source: string; version: string; ipv4Ranges: number; ipv6Ranges: number };
  country?: { source: string; built: string };
  hostingAsns: number;
  torExits: number;
}

const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): { path: string; version: string } {
  const manifest = require.resolve(`${pkg}/package.json`);
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return { path: join(dirname(manifest), file), version };
}

/** Parses `asn:kind` entries; throws naming the bad entry. */
export function parseExtraHostingAsns(entries: readonly string[]): HostingAsn[] {
  return entries.map((raw) => {
    const m = /^\s*(?:AS)?(\d{1,10})\s*(?::\s*(cloud|hosting|vpn|relay))?\s*$/i.exec(raw);
    if (!m) throw new Error(`not an "asn[:kind]" entry: ${JSON.stringify(raw)}`);
    const asn = Number(m[1]);
    return { asn, kind: (m[2]?.toLowerCase() ?? 'hosting') as HostingAsn['kind'], provider: `AS${asn} (configured)`, orgMatch: '' };
  });
}

export class NetworkReputation {
  private constructor(
    private readonly asns: AsnTable | null,
    private readonly countries: Reader<CountryResponse> | null,
    private readonly hosting: ReadonlyMap<number, HostingAsn>,
    private readonly torExits: ReadonlySet<string>,
    private readonly description: NetworkDataDescription,
  ) {}

  /** No data: every look-up is empty (WARDEN_NETWORK_REPUTATION=false, or unit tests that do not need it). */
  static disabled(): NetworkReputation {
    return new NetworkReputation(null, null, new Map(), new Set(), { enabled: false, hostingAsns: 0, torExits: 0 });
  }

  /**
   * Loads the data once. Throws (naming the file) when configured or installed data cannot be
   * read: a deployment that asked for network facts should not start silently without them.
   */
  static async open(settings: NetworkReputationSettings): Promise<NetworkReputation> {
    if (!settings.enabled) return NetworkReputation.disabled();
    const asnPkg = settings.asnDir ? { path: settings.asnDir, version: 'configured' } : packageFile('@ip-location-db/asn', '');
    const asns = AsnTable.load({ dir: asnPkg.path, version: asnPkg.version }, settings.cacheDir ?? join(tmpdir(), 'warden-network-cache'));
    const countryFile = settings.countryMmdb
      ? { path: settings.countryMmdb, version: 'configured' }
      : packageFile('@ip-location-db/geo-whois-asn-country-mmdb', 'geo-whois-asn-country.mmdb');
    const countries = new Reader<CountryResponse>(readFileSync(countryFile.path));
    const hosting = new Map<number, HostingAsn>();
    for (const h of [...HOSTING_ASNS, ...parseExtraHostingAsns(settings.extraHostingAsns ?? [])]) hosting.set(h.asn, h);
    const tor = new Set<string>();
    if (settings.torExitsFile)
      for (const line of readFileSync(settings.torExitsFile, 'utf8').split('\n')) {
        const v = line.replace(/#.*/, '').trim();
        if (v && ipaddr.isValid(v)) tor.add(ipaddr.process(v).toString());
      }
    return new NetworkReputation(asns, countries, hosting, tor, {
      enabled: true,
      asn: {
        source: settings.asnDir ?? `@ip-location-db/asn@${asnPkg.version}`,
        version: asnPkg.version,
        ipv4Ranges: asns.size.ipv4,
        ipv6Ranges: asns.size.ipv6,
      },
      country: {
        source: settings.countryMmdb ?? `@ip-location-db/geo-whois-asn-country-mmdb@${countryFile.version}`,
        built: countries.metadata.buildEpoch.toISOString(),
      },
      hostingAsns: hosting.size,
      torExits: tor.size,
    });
  }

  describe(): NetworkDataDescription {
    return this.description;
  }

  /** What the data says about `ip`; null for no data, an unparsable address, or a private/reserved one. */
  lookup(ip: string | null | undefined): NetworkFacts | null {
    if (!ip || !this.asns || !ipaddr.isValid(ip.trim())) return null;
    const addr = ipaddr.process(ip.trim());
    if (addr.range() !== 'unicast') return null;
    const key = addr.toString();
    const facts: NetworkFacts = {};
    const as = this.asns.lookup(key);
    if (as) {
      facts.asn = as.asn;
      facts.org = as.org;
      const h = this.hosting.get(as.asn);
      if (h) {
        facts.kind = h.kind;
        facts.provider = h.provider;
      }
    }
    const country = this.countries?.get(key) as (CountryResponse & { country_code?: string }) | null | undefined;
    // The ip-location-db files carry a flat `country_code`; MaxMind's own carry `country.iso_code`.
    const code = country?.country_code ?? country?.country?.iso_code;
    if (code) facts.country = code.toUpperCase();
    if (this.torExits.has(key)) {
      facts.kind = 'tor';
      facts.provider = 'Tor exit';
    }
    return Object.keys(facts).length ? facts : null;
  }
}
