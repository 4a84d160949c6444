// The facts of one login that account detectors judge, and the history they judge it against.

export interface LoginFact {
  at: Date;
  success: boolean;
  ip?: string | null;
  /** The marketplace's device id, or the user agent when it sends none. */
  device?: string | null;
  /** ISO 3166-1 alpha-2: the marketplace's, else the IP data's (`network.countryFromIp`). */
  country?: string | null;
  /** What the IP data says about the login's network (network/reputation.ts); absent when unknown. */
  network?: LoginNetwork | null;
}

/** A login's network: its autonomous system, and the kind when it is not a home, office or mobile network. */
export interface LoginNetwork {
  asn?: number | null;
  org?: string | null;
  /** cloud | hosting | vpn | relay | tor; null for ordinary networks. */
  kind?: string | null;
  provider?: string | null;
  /** True when `country` came from the IP data, not from the marketplace. */
  countryFromIp?: boolean;
}

export interface AccountSecurityConfig {
  /** How far back the history reaches that new-device and new-country compare against. */
  historyDays: number;
  /** Faster than this between two successful logins is not travel (airliners cruise at ~900 km/h). */
  maxSpeedKmh: number;
  /** Speeds this many times over the maximum are strong evidence rather than medium. */
  strongSpeedFactor: number;
  /** Country points are coarse: closer than this, a distance says nothing. */
  minTravelKm: number;
  stuffingWindowMinutes: number;
  stuffingMinFailures: number;
  /**
   * Failed attempts before a success on a new device from a new country or network that make it
   * `account.failed_then_new_place` (failed-then-new-place.ts). Five: a person who forgot a password
   * retries two or three times (the usual lockout is after 3–5 attempts, e.g. NIST SP 800-63B
   * lets services choose it, most choose 3–5); five and a success from elsewhere is someone guessing.
   */
  sessionMinFailures: number;
  /**
   * Failed attempts from a device the account never signed in with, from a country or network
   * it never used, after which each further attempt from that device asks for a step-up
   * (`account.failed_logins_new_device`, failed-logins-new-device.ts). Three: the low end of the
   * usual 3–5 attempt lockout; from a known place the device gets `sessionMinFailures`.
   */
  challengeMinFailures: number;
}

export const DEFAULT_ACCOUNT_SECURITY_CONFIG: AccountSecurityConfig = {
  historyDays: 90,
  maxSpeedKmh: 1000,
  strongSpeedFactor: 3,
  minTravelKm: 500,
  stuffingWindowMinutes: 10,
  stuffingMinFailures: 10,
  sessionMinFailures: 5,
  challengeMinFailures: 3,
};

/**
 * The logins that came before `login` in time (ties included, the login itself excluded by
 * identity), newest first: events arrive out of order, and a login is only ever judged by
 * what preceded it.
 */
export function priorLogins(login: LoginFact, history: readonly LoginFact[]): LoginFact[] {
  return history.filter((h) => h !== login && h.at.getTime() <= login.at.getTime()).sort((a, b) => b.at.getTime() - a.at.getTime());
}
