// Where webhooks may go. A subscription URL is a request Warden makes on an admin's behalf:
// without a check it reaches loopback services, cloud metadata (169.254.169.254) and the
// private network (SSRF). Private, loopback, link-local and other non-public addresses are
// refused unless the deployment allows them (WARDEN_WEBHOOK_ALLOW_PRIVATE_TARGETS), and the
// check is made on the addresses DNS gives at connection time, so a name that later resolves
// elsewhere (DNS rebinding) is caught too. Redirects are never followed.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** A target Warden refuses to call; its message says which address and why. */
export class BlockedTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockedTargetError';
  }
}

/**
 * Whether an IP address is on the public internet: unicast, and not private (RFC 1918, fc00::/7),
 * loopback, link-local (169.254/16 with the metadata services, fe80::/10), carrier-grade NAT,
 * unspecified, multicast, broadcast or reserved. IPv4-mapped IPv6 addresses are judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

const describe = (host: string, address: string) => (host === address ? address : `${host} (${address})`);

/** The URL's host without IPv6 brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** A DNS lookup that refuses non-public answers (unless allowed): used by every webhook connection. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const blocked = addresses.find((a) => !isPublicAddress(a.address));
      if (blocked && !allowPrivate)
        return callback(new BlockedTargetError(`${describe(hostname, blocked.address)} is not a public address`) as NodeJS.ErrnoException, '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * Checks a subscription URL when it is made: http(s), no credentials in it, and (unless
 * `allowPrivate`) a host whose every address is public. Returns the reason it is refused,
 * or undefined when it is acceptable.
 */
export async function refuseTarget(raw: string, allowPrivate: boolean): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an absolute http(s) URL';
  if (url.username || url.password) return 'must not carry credentials; the signature authenticates Warden';
  if (allowPrivate) return undefined;
  const host = hostOf(url);
  if (isIP(host))
    return isPublicAddress(host)
      ? undefined
      : `${host} is not a public address (private, loopback and link-local targets need WARDEN_WEBHOOK_ALLOW_PRIVATE_TARGETS=true)`;
  const addresses = await new Promise<LookupAddress[] | Error>((resolve) => dnsLookup(host, { all: true }, (err, a) => resolve(err ?? a)));
  if (addresses instanceof Error) return `${host} cannot be resolved (${(addresses as NodeJS.ErrnoException).code ?? addresses.message})`;
  const blocked = addresses.find((a) => !isPublicAddress(a.address));
  return blocked
    ? `${describe(host, blocked.address)} is not a public address (private, loopback and link-local targets need WARDEN_WEBHOOK_ALLOW_PRIVATE_TARGETS=true)`
    : undefined;
}

export interface WebhookResponse {
  status: number;
}

/** Sends one webhook POST; rejects on a network error, a blocked target or the time-out. */
export type WebhookSender = (url: string, init: { headers: Record<string, string>; body: string; timeoutMs: number }) => Promise<WebhookResponse>;

/**
 * The default sender: one POST over node:http(s) through `guardedLookup`, no redirects (a 3xx
 * is the receiver's answer, not a new target), the whole exchange bounded by `timeoutMs`, and
 * at most 64 KiB of the answer read.
 */
export function webhookSender(allowPrivate: boolean): WebhookSender {
  const lookup = guardedLookup(allowPrivate);
  return (raw, init) =>
    new Promise<WebhookResponse>((resolve, reject) => {
      const url = new URL(raw);
      const host = hostOf(url);
      // A literal IP is connected to without a lookup: it is checked here instead.
      if (!allowPrivate && isIP(host) && !isPublicAddress(host)) return reject(new BlockedTargetError(`${host} is not a public address`));
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        {
          method: 'POST',
          headers: { ...init.headers, 'content-length': Buffer.byteLength(init.body) },
          lookup,
          signal: AbortSignal.timeout(init.timeoutMs),
        },
        (res) => {
          let read = 0;
          res.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read > 64 * 1024) res.destroy();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
          res.on('close', () => resolve({ status: res.statusCode ?? 0 }));
          res.on('error', () => resolve({ status: res.statusCode ?? 0 }));
        },
      );
      req.on('error', (err) => reject(err.name === 'AbortError' ? new Error(`no answer within ${init.timeoutMs} ms`) : err));
      req.end(init.body);
    });
}
