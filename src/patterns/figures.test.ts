// Account-level figures of a pattern from the accounts it flagged and the ground truth.
import { describe, expect, it } from 'vitest';
import type { GroundTruth, SimAccount } from '../simulate/types.ts';
import { patternFigures } from './figures.ts';

const acct = (id: string, x: Partial<SimAccount>): SimAccount =>
  ({ id, role: 'freelancer', name: id, country: 'DE', honest: true, kind: 'plain', abuse: null, registeredAt: '2026-01-01T00:00:00Z', ...x }) as SimAccount;
const truth = {
  accounts: [
    acct('mule', { honest: false, abuse: 'money_mule', group: 'mule' }),
    acct('ring', { role: 'client', honest: false, abuse: 'money_mule', group: 'mule' }),
    acct('top', { kind: 'top_earner' }),
    acct('spam', { honest: false, abuse: 'proposal_spam' }),
  ],
} as unknown as GroundTruth;

describe('patternFigures', () => {
  it('counts any bad account as right, recall over the leaders of the abuse the pattern is for, honest false alarms by kind', () => {
    const f = patternFigures(new Map([['payment.rapid_in_out', new Set(['mule', 'top', 'spam', 'ghost'])]]), truth);
    expect(f.find((x) => x.pattern === 'payment.rapid_in_out')).toMatchObject({
      flagged: 4,
      bad: 2,
      targeted: 1,
      targets: 1,
      precision: 0.5,
      recall: 1,
      honestFlagged: { top_earner: 1, unknown: 1 },
      byAbuse: { money_mule: { found: 1, of: 1 } },
    });
    expect(f.find((x) => x.pattern === 'payment.funnel')).toMatchObject({ flagged: 0, precision: null, recall: 0 });
  });
});
