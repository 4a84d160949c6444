import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MASS_SENDING_CONFIG,
  detectMassSending,
  detectMassSendingWithStore,
  type FingerprintRecord,
  fingerprint,
  type MassSendingInput,
} from './mass-sending.ts';

const BASE =
  'Hello, I have carefully read your job description and I am the perfect candidate for this project. I have ten years of ' +
  'experience with WordPress, WooCommerce and custom themes, and I can start right away. Please check my profile and portfolio.';
const NOW = 1_700_000_000_000;
const MINUTE = 60_000;

function history(count: number, text = BASE, spacingMs = 3 * MINUTE): FingerprintRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    // Small per-target edits, as a sender swapping the greeting would make.
    fingerprint: fingerprint(text.replace('Hello', ['Hi', 'Hello', 'Dear client', 'Hey'][i % 4])),
    targetId: `job-${i}`,
    at: NOW - (i + 1) * spacingMs,
  }));
}

const input = (over: Partial<MassSendingInput> = {}): MassSendingInput => ({
  accountId: 'acc-1',
  text: BASE,
  targetId: 'job-new',
  atMs: NOW,
  kind: 'proposal',
  ...over,
});

describe('detectMassSending', () => {
  it('flags the same proposal sent to ten distinct jobs within an hour', () => {
    const [signal] = detectMassSending(input(), history(9, BASE, 5 * MINUTE));
    expect(signal).toMatchObject({
      type: 'spam.mass_sending',
      strength: 'weak',
      evidence: { distinctTargets: 10, kind: 'proposal' },
    });
    expect(signal.score).toBeCloseTo(0.5, 5);
  });

  it('stays quiet below the threshold and outside the window', () => {
    expect(detectMassSending(input(), history(8))).toEqual([]);
    // 20 earlier sends, but 7 minutes apart: only 8 fall inside the hour.
    expect(detectMassSending(input(), history(20, BASE, 7 * MINUTE))).toEqual([]);
  });

  it('counts distinct targets, not sends', () => {
    const sameTarget = history(30).map((r) => ({ ...r, targetId: 'job-1' }));
    expect(detectMassSending(input(), sameTarget)).toEqual([]);
  });

  it('does not match different texts', () => {
    const other =
      'Good morning, I specialise in bookkeeping for small companies and can reconcile your accounts in QuickBooks every month, ' +
      'prepare the VAT returns and answer questions from your accountant. I have references from three long-term clients.';
    expect(detectMassSending(input(), history(40, other, MINUTE))).toEqual([]);
  });

  it('grows stronger with the count', () => {
    expect(detectMassSending(input(), history(25, BASE, MINUTE))[0].strength).toBe('medium');
    expect(detectMassSending(input(), history(45, BASE, MINUTE))[0]).toMatchObject({ strength: 'strong', score: 1 });
  });

  it('ignores short, naturally repeated messages', () => {
    const short = 'Thanks, talk soon!';
    expect(detectMassSending(input({ text: short, kind: 'message' }), history(50, short, MINUTE))).toEqual([]);
  });

  it('gives invites a higher threshold than proposals', () => {
    const records = history(15, BASE, MINUTE);
    expect(detectMassSending(input({ kind: 'invite' }), records)).toEqual([]);
    expect(
      detectMassSending(input({ kind: 'invite' }), records, {
        ...DEFAULT_MASS_SENDING_CONFIG,
        limits: {
          ...DEFAULT_MASS_SENDING_CONFIG.limits,
          invite: { windowMs: 3_600_000, minTargets: 5 },
        },
      }),
    ).toHaveLength(1);
  });

  it('reads the window from a store', async () => {
    let askedSince = 0;
    const store = {
      async recent(_account: string, since: number) {
        askedSince = since;
        return history(12);
      },
    };
    expect(await detectMassSendingWithStore(store, input())).toHaveLength(1);
    expect(askedSince).toBe(NOW - 3_600_000);
  });
});
