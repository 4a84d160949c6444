import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WardenError } from '../../src/app/errors.ts';
import { createStandingLink, LinkExpiredError, signStandingToken, verifyStandingToken } from '../../src/console/standing-links.ts';

const secret = randomBytes(32);

describe('standing links', () => {
  it('opens the account it was issued for until it expires, at one-second resolution', () => {
    const now = new Date('2026-11-22T10:00:00.500Z');
    const link = createStandingLink(secret, 'acct-42', { now, ttlDays: 7 });
    expect(link.url).toBe(`/standing/${link.token}`);
    expect(link.expiresAt).toBe('2026-11-29T10:00:00.000Z');
    expect(verifyStandingToken(secret, link.token, now)).toEqual({ accountId: 'acct-42', expiresAt: link.expiresAt });
    expect(() => verifyStandingToken(secret, link.token, new Date('2026-11-29T10:00:00.000Z'))).toThrow(LinkExpiredError);
  });

  it('round-trips any account id, and a token for one account never opens another', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ minLength: 1, maxLength: 80 }), (a, b) => {
        const exp = new Date(Date.now() + 3_600_000);
        const ta = signStandingToken(secret, a, exp);
        expect(verifyStandingToken(secret, ta).accountId).toBe(a);
        if (a !== b) {
          // Splice b's account into a's signature: must be refused.
          const forged = [Buffer.from(b).toString('base64url'), ...ta.split('.').slice(1)].join('.');
          expect(() => verifyStandingToken(secret, forged)).toThrow(WardenError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses tampered, truncated, foreign-key and malformed tokens as invalid (401), never as expired', () => {
    const past = new Date(Date.now() - 86_400_000);
    const t = signStandingToken(secret, 'acct-1', new Date(Date.now() + 86_400_000));
    const [acc, exp, mac] = t.split('.');
    const later = (Number.parseInt(exp, 36) + 1000).toString(36);
    const cases = [
      `${acc}.${later}.${mac}`, // extended expiry
      `${acc}.${exp}.${mac.slice(0, -2)}`,
      signStandingToken(randomBytes(32), 'acct-1', new Date(Date.now() + 86_400_000)),
      // A forged token with a past expiry must not learn that it "expired".
      `${acc}.${Math.floor(past.getTime() / 1000).toString(36)}.${mac}`,
      'nonsense',
      '..',
      `${acc}.zz!.${mac}`,
    ];
    for (const bad of cases) {
      let err: unknown;
      try {
        verifyStandingToken(secret, bad);
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(WardenError);
      expect((err as WardenError).status).toBe(401);
    }
  });

  it('reports a genuine expired link as 410 with the instant it expired', () => {
    const issued = new Date('2026-01-01T00:00:00Z');
    const link = createStandingLink(secret, 'acct-9', { now: issued, ttlDays: 1 });
    try {
      verifyStandingToken(secret, link.token, new Date('2026-01-03T00:00:00Z'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LinkExpiredError);
      expect((e as LinkExpiredError).status).toBe(410);
      expect((e as LinkExpiredError).expiredAt).toBe('2026-01-02T00:00:00.000Z');
    }
  });
});
