// Throttles against guessing: failed logins per account and per client address, unknown API
// keys per address, and the public standing-link pages per address. Fixed windows counted in
// this process (several processes each allow the limit); a refusal is a 429 RateLimited
// problem with Retry-After in seconds.
import { WardenError } from '../app/errors.ts';

/** Fixed-window counters by key: `max` hits per `windowMs`. */
export class Throttle {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again (0: it may now). Does not count a hit. */
  wait(key: string): number {
    const h = this.hits.get(key);
    const t = this.now();
    if (!h || h.resetAt <= t || h.count < this.max) return 0;
    return Math.max(1, Math.ceil((h.resetAt - t) / 1000));
  }

  /** Counts one hit for `key`. */
  hit(key: string): void {
    const t = this.now();
    const h = this.hits.get(key);
    if (!h || h.resetAt <= t) {
      if (this.hits.size >= 100_000) this.sweep(t);
      this.hits.set(key, { count: 1, resetAt: t + this.windowMs });
    } else h.count++;
  }

  clear(key: string): void {
    this.hits.delete(key);
  }

  private sweep(t: number): void {
    for (const [k, h] of this.hits) if (h.resetAt <= t) this.hits.delete(k);
    // Still full (an attack from very many addresses): start over rather than grow.
    if (this.hits.size >= 100_000) this.hits.clear();
  }
}

export interface ThrottleSettings {
  /** Failed logins per account (e-mail) per window before 429. */
  loginMaxFailures: number;
  /** Failed logins per client address per window before 429. */
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  /** Requests with an unknown or malformed API key per client address per minute before 429. */
  unknownKeyLimitPerMinute: number;
  /** Requests to the public standing-link pages per client address per minute. */
  publicRateLimitPerMinute: number;
}

export interface Throttles {
  loginAccount: Throttle;
  loginIp: Throttle;
  unknownKey: Throttle;
  publicPages: Throttle;
}

export function createThrottles(s: ThrottleSettings): Throttles {
  const loginMs = s.loginWindowMinutes * 60_000;
  return {
    loginAccount: new Throttle(s.loginMaxFailures, loginMs),
    loginIp: new Throttle(s.loginMaxFailuresPerIp, loginMs),
    unknownKey: new Throttle(s.unknownKeyLimitPerMinute, 60_000),
    publicPages: new Throttle(s.publicRateLimitPerMinute, 60_000),
  };
}

/** A 429 problem; the error handler turns `retryAfter` into the Retry-After header. */
export const rateLimitedError = (retryAfter: number, detail: string) =>
  new WardenError('RateLimited', `${detail}; retry after ${retryAfter} s`, { extra: { retryAfter } });

/** Throws 429 when `throttle` refuses `key` now; otherwise counts the hit. */
export function spend(throttle: Throttle, key: string, detail: string): void {
  const wait = throttle.wait(key);
  if (wait) throw rateLimitedError(wait, detail);
  throttle.hit(key);
}
