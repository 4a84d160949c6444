// IP → autonomous system (number and organisation) from the CSV files of the maintained
// `@ip-location-db/asn` package (RouteViews BGP tables + the five RIRs' delegations + DB-IP
// ASN lite, CC BY 4.0; rebuilt daily upstream). That project publishes its ASN data on npm as
// CSV only (its `-mmdb` ASN packages are not on the registry), so the ranges are parsed here
// into sorted typed arrays and searched by bisection.
//
// Parsing 24 MB of CSV takes about a second; a process start should not pay that every time,
// so the parsed table is written once per data version to a binary cache file (typed arrays
// laid end to end) that later starts map back in a few milliseconds.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';

export interface AsnRecord {
  asn: number;
  /** The AS organisation's registered name, as the data source spells it. */
  org: string;
}

/** Where the ASN data lives: a folder holding `asn-ipv4-num.csv` and `asn-ipv6-num.csv` (the package's layout). */
export interface AsnSource {
  dir: string;
  /** A label of the data version (the package's version), part of the cache key and of `describe()`. */
  version: string;
}

const CACHE_MAGIC = 'WASN1';
const MASK64 = (1n << 64n) - 1n;

/**
 * Ranges of one address family, sorted by start, non-overlapping (as the source is). IPv4 bounds
 * are 32-bit numbers; IPv6 bounds are split into high and low 64-bit halves.
 */
export class AsnTable {
  private constructor(
    private readonly v4Start: Uint32Array,
    private readonly v4End: Uint32Array,
    private readonly v4Asn: Uint32Array,
    private readonly v6StartHi: BigUint64Array,
    private readonly v6StartLo: BigUint64Array,
    private readonly v6EndHi: BigUint64Array,
    private readonly v6EndLo: BigUint64Array,
    private readonly v6Asn: Uint32Array,
    private readonly orgs: Map<number, string>,
    readonly version: string,
  ) {}

  /** Ranges loaded per family, for logs and the data's description. */
  get size(): { ipv4: number; ipv6: number; asns: number } {
    return { ipv4: this.v4Start.length, ipv6: this.v6Asn.length, asns: this.orgs.size };
  }

  /** The organisation registered for an AS number, when the data knows it. */
  orgOf(asn: number): string | undefined {
    return this.orgs.get(asn);
  }

  /** The AS announcing `ip` (IPv4, IPv6, or IPv4-mapped IPv6); null when unrouted, private or not an address. */
  lookup(ip: string): AsnRecord | null {
    let addr: ipaddr.IPv4 | ipaddr.IPv6;
    try {
      addr = ipaddr.process(ip);
    } catch {
      return null;
    }
    let asn = 0;
    if (addr.kind() === 'ipv4') {
      const b = addr.toByteArray();
      const n = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
      const i = lastAtOrBelow(this.v4Start.length, (k) => this.v4Start[k] <= n);
      if (i >= 0 && n <= this.v4End[i]) asn = this.v4Asn[i];
    } else {
      const b = addr.toByteArray();
      let hi = 0n;
      let lo = 0n;
      for (let k = 0; k < 8; k++) hi = (hi << 8n) | BigInt(b[k]);
      for (let k = 8; k < 16; k++) lo = (lo << 8n) | BigInt(b[k]);
      const i = lastAtOrBelow(this.v6Asn.length, (k) => this.v6StartHi[k] < hi || (this.v6StartHi[k] === hi && this.v6StartLo[k] <= lo));
      if (i >= 0 && (hi < this.v6EndHi[i] || (hi === this.v6EndHi[i] && lo <= this.v6EndLo[i]))) asn = this.v6Asn[i];
    }
    if (!asn) return null;
    return { asn, org: this.orgs.get(asn) ?? `AS${asn}` };
  }

  /**
   * Loads the table from `source`, through the binary cache in `cacheDir` when it holds this
   * data version (else parses the CSV and writes the cache; a cache that cannot be written is
   * only a slower next start). Throws when the CSV files cannot be read.
   */
  static load(source: AsnSource, cacheDir?: string): AsnTable {
    const files = ['asn-ipv4-num.csv', 'asn-ipv6-num.csv'].map((f) => join(source.dir, f));
    const stamp = files.map((f) => {
      const s = statSync(f);
      return `${f}:${s.size}:${s.mtimeMs}`;
    });
    const key = createHash('sha256')
      .update([CACHE_MAGIC, source.version, ...stamp].join('\n'))
      .digest('hex')
      .slice(0, 16);
    const cacheFile = cacheDir ? join(cacheDir, `asn-${key}.bin`) : undefined;
    if (cacheFile) {
      try {
        return AsnTable.fromCache(readFileSync(cacheFile), source.version);
      } catch {
        // No cache yet (or a torn one): parse below and write it.
      }
    }
    const table = AsnTable.parse(readFileSync(files[0], 'utf8'), readFileSync(files[1], 'utf8'), source.version);
    if (cacheFile) {
      try {
        mkdirSync(cacheDir!, { recursive: true });
        // Written aside and renamed: a concurrent start never reads half a file.
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, table.toCache());
        renameSync(tmp, cacheFile);
      } catch {
        // A read-only disk: every start parses.
      }
    }
    return table;
  }

  /** Parses the package's numeric CSV files: `start,end,asn,organisation` per line, inclusive bounds. */
  static parse(v4csv: string, v6csv: string, version: string): AsnTable {
    const orgs = new Map<number, string>();
    const v4 = rows(v4csv, orgs);
    const v6 = rows(v6csv, orgs);
    const v4Start = new Uint32Array(v4.length);
    const v4End = new Uint32Array(v4.length);
    const v4Asn = new Uint32Array(v4.length);
    v4.forEach((r, i) => {
      v4Start[i] = Number(r.start);
      v4End[i] = Number(r.end);
      v4Asn[i] = r.asn;
    });
    const n = v6.length;
    const [sh, sl, eh, el] = [new BigUint64Array(n), new BigUint64Array(n), new BigUint64Array(n), new BigUint64Array(n)];
    const v6Asn = new Uint32Array(n);
    v6.forEach((r, i) => {
      const s = BigInt(r.start);
      const e = BigInt(r.end);
      sh[i] = s >> 64n;
      sl[i] = s & MASK64;
      eh[i] = e >> 64n;
      el[i] = e & MASK64;
      v6Asn[i] = r.asn;
    });
    return new AsnTable(v4Start, v4End, v4Asn, sh, sl, eh, el, v6Asn, orgs, version);
  }

  private toCache(): Buffer {
    const orgJson = Buffer.from(JSON.stringify([...this.orgs]), 'utf8');
    const parts = [this.v4Start, this.v4End, this.v4Asn, this.v6StartHi, this.v6StartLo, this.v6EndHi, this.v6EndLo, this.v6Asn];
    const header = Buffer.alloc(16);
    header.write(CACHE_MAGIC, 0, 'latin1');
    header.writeUInt32LE(this.v4Start.length, 8);
    header.writeUInt32LE(this.v6Asn.length, 12);
    const orgLen = Buffer.alloc(8);
    orgLen.writeUInt32LE(orgJson.length, 0);
    return Buffer.concat([header, ...parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)), orgLen, orgJson]);
  }

  private static fromCache(buf: Buffer, version: string): AsnTable {
    if (buf.toString('latin1', 0, 5) !== CACHE_MAGIC) throw new Error('not an ASN cache file');
    const n4 = buf.readUInt32LE(8);
    const n6 = buf.readUInt32LE(12);
    let off = 16;
    // Copied out of the file buffer: typed arrays need aligned offsets, the file gives none.
    const take32 = (n: number) => {
      const a = new Uint32Array(n);
      Buffer.from(a.buffer).set(buf.subarray(off, off + n * 4));
      off += n * 4;
      return a;
    };
    const take64 = (n: number) => {
      const a = new BigUint64Array(n);
      Buffer.from(a.buffer).set(buf.subarray(off, off + n * 8));
      off += n * 8;
      return a;
    };
    const v4Start = take32(n4);
    const v4End = take32(n4);
    const v4Asn = take32(n4);
    const [sh, sl, eh, el] = [take64(n6), take64(n6), take64(n6), take64(n6)];
    const v6Asn = take32(n6);
    const orgLen = buf.readUInt32LE(off);
    off += 8;
    if (off + orgLen !== buf.length) throw new Error('truncated ASN cache file');
    const orgs = new Map<number, string>(JSON.parse(buf.toString('utf8', off, off + orgLen)));
    return new AsnTable(v4Start, v4End, v4Asn, sh, sl, eh, el, v6Asn, orgs, version);
  }
}

/** Index of the last element for which `atOrBelow` holds (a prefix of the sorted array), or -1. */
function lastAtOrBelow(length: number, atOrBelow: (i: number) => boolean): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (atOrBelow(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

interface Row {
  start: string;
  end: string;
  asn: number;
}

/** CSV rows `start,end,asn,org` (org possibly quoted with "" escapes); the first name seen per AS is kept. */
function rows(csv: string, orgs: Map<number, string>): Row[] {
  const out: Row[] = [];
  let pos = 0;
  while (pos < csv.length) {
    let nl = csv.indexOf('\n', pos);
    if (nl < 0) nl = csv.length;
    const c1 = csv.indexOf(',', pos);
    const c2 = c1 < 0 ? -1 : csv.indexOf(',', c1 + 1);
    const c3 = c2 < 0 ? -1 : csv.indexOf(',', c2 + 1);
    if (c3 > 0 && c3 < nl) {
      const asn = Number(csv.slice(c2 + 1, c3));
      if (Number.isInteger(asn) && asn > 0) {
        out.push({ start: csv.slice(pos, c1), end: csv.slice(c1 + 1, c2), asn });
        if (!orgs.has(asn)) {
          let org = csv.slice(c3 + 1, nl).replace(/\r$/, '');
          if (org.startsWith('"') && org.endsWith('"')) org = org.slice(1, -1).replace(/""/g, '"');
          orgs.set(asn, org);
        }
      }
    }
    pos = nl + 1;
  }
  return out;
}
