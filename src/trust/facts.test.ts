import { describe, expect, it } from 'vitest';
import { trustConfig } from './config.ts';
import { isTrustedSender } from './facts.ts';

describe('isTrustedSender', () => {
  const cfg = trustConfig();
  it('trusts a verified identity or $1,000 earned on the platform, nothing less', () => {
    expect(isTrustedSender({ identityVerified: true, totalEarnedCents: 0 }, cfg)).toBe(true);
    expect(isTrustedSender({ identityVerified: false, totalEarnedCents: 100_000 }, cfg)).toBe(true);
    expect(isTrustedSender({ identityVerified: false, totalEarnedCents: 99_999 }, cfg)).toBe(false);
  });
  it('reads the bar from the settings', () => {
    const low = trustConfig({ senderTrust: { minEarnedCents: 5_000 } });
    expect(isTrustedSender({ identityVerified: false, totalEarnedCents: 5_000 }, low)).toBe(true);
  });
});
