// Signed, expiring links to an account's standing page. The marketplace asks for one and
// hands it to its user; whoever holds it sees that one account's standing and may appeal,
// until it expires. Nothing is stored per link: the token carries the account and the
// expiry, and an HMAC-SHA256 over both proves Warden issued it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { WardenError } from '../app/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import './tables.ts';

export const DEFAULT_LINK_TTL_DAYS = 7;
const SECRET_NAME = 'standing_links';
const TOKEN_VERSION = 'v1';

/** A link the caller can hand out; `url` is relative to Warden's public address. */
export interface StandingLink {
  url: string;
  token: string;
  expiresAt: string;
}

/**
 * The signing key: the configured secret, else one generated on first use and kept in the
 * database, so every process of one deployment (and every restart) accepts the same links.
 */
export async function resolveSigningSecret(db: DbOrTx, configured: string | undefined): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  const fresh = randomBytes(32).toString('base64url');
  // Two processes racing at first start: one insert wins and both read the winner.
  await db
    .insertInto('console_secrets')
    .values({ name: SECRET_NAME, secret: fresh })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('console_secrets').select('secret').where('name', '=', SECRET_NAME).executeTakeFirstOrThrow();
  return Buffer.from(row.secret, 'utf8');
}

function mac(secret: Buffer, accountId: string, expiresAtSeconds: number): Buffer {
  return createHmac('sha256', secret).update(`standing:${TOKEN_VERSION}:${accountId}:${expiresAtSeconds}`).digest();
}

export function signStandingToken(secret: Buffer, accountId: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  const account = Buffer.from(accountId, 'utf8').toString('base64url');
  return `${account}.${exp.toString(36)}.${mac(secret, accountId, exp).toString('base64url')}`;
}

export function createStandingLink(secret: Buffer, accountId: string, opts: { ttlDays?: number; now?: Date } = {}): StandingLink {
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (opts.ttlDays ?? DEFAULT_LINK_TTL_DAYS) * 86_400_000);
  // The token's expiry has one-second resolution: report the instant it really ends.
  const exact = new Date(Math.floor(expiresAt.getTime() / 1000) * 1000);
  const token = signStandingToken(secret, accountId, exact);
  return { url: `/standing/${token}`, token, expiresAt: exact.toISOString() };
}

/** A problem+json 410: the link was genuine but is too old. Not in the shared catalogue. */
export class LinkExpiredError extends Error {
  readonly status = 410;
  constructor(readonly expiredAt: string) {
    super(`this standing link expired on ${expiredAt}; ask the marketplace for a new one`);
    this.name = 'LinkExpiredError';
  }
}

/**
 * The account a token opens, or a 401 (not a token Warden signed) / 410 (expired). The
 * signature is checked before the expiry, so a forged token never learns it is "expired".
 */
export function verifyStandingToken(secret: Buffer, token: string, now = new Date()): { accountId: string; expiresAt: string } {
  const invalid = () => new WardenError('Unauthenticated', 'this standing link is not valid; ask the marketplace for a new one');
  const parts = token.split('.');
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(parts[0]) || !/^[0-9a-z]+$/.test(parts[1]) || !/^[A-Za-z0-9_-]+$/.test(parts[2])) throw invalid();
  const accountId = Buffer.from(parts[0], 'base64url').toString('utf8');
  const exp = Number.parseInt(parts[1], 36);
  if (!accountId || !Number.isSafeInteger(exp)) throw invalid();
  const given = Buffer.from(parts[2], 'base64url');
  const expected = mac(secret, accountId, exp);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const expiresAt = new Date(exp * 1000);
  if (expiresAt.getTime() <= now.getTime()) throw new LinkExpiredError(expiresAt.toISOString());
  return { accountId, expiresAt: expiresAt.toISOString() };
}
