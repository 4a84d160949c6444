// `warden evaluate`'s behaviour-pattern rows (issue 18): every pattern the detectors emit has a
// row, an account counts as flagged when a case on it carries the pattern's signal, and the
// simulator's pattern actors (contract_undercut, invite_fishing, laundering) are targets of the
// patterns they play, counted per abuse type in the report. Hand-made truth and cases.
import { describe, expect, it } from 'vitest';
import { PATTERN_TARGETS } from '../patterns/figures.ts';
import { type CollectedCase, evaluate } from './evaluate.ts';
import { markdown } from './report.ts';
import type { RunLog } from './stream.ts';
import type { GroundTruth, SimAccount } from './types.ts';

const T0 = Date.parse('2026-10-05T00:00:00Z');
const iso = (t: number) => new Date(t).toISOString();
const account = (id: string, x: Partial<SimAccount>): SimAccount => ({
  id,
  role: 'freelancer',
  name: id,
  country: 'US',
  honest: true,
  kind: 'plain',
  abuse: null,
  registeredAt: iso(T0),
  ...x,
});
const truth: GroundTruth = {
  version: 1,
  seed: 1,
  scale: { accounts: 7, days: 7 },
  startAt: iso(T0),
  endAt: iso(T0 + 7 * 86_400_000),
  textSource: 'templates',
  realDataDir: null,
  accounts: [
    account('undercut', { honest: false, abuse: 'contract_undercut' }),
    account('circ', { honest: false, abuse: 'circumvention' }),
    account('fisher', { role: 'client', honest: false, abuse: 'invite_fishing' }),
    account('launderer', { honest: false, abuse: 'laundering', group: 'launderer' }),
    account('payer', { role: 'client', honest: false, abuse: 'laundering', group: 'launderer' }),
    account('earner', { kind: 'top_earner', plays: 'round_weekly_withdrawal' }),
    account('inviter', { role: 'client', plays: 'invites_and_hires' }),
  ],
  abusive: [],
  takeovers: [],
};
const log: RunLog = {
  version: 1,
  seed: 1,
  mode: 'batch',
  wallStart: iso(T0),
  wallEnd: iso(T0 + 1000),
  clock: [],
  stats: { events: 0, accepted: 0, duplicate: 0, rejected: 0, outcomes: {}, uploads: 0, reports: 0, appeals: 0, reviews: 0, appealDecisions: 0, errors: 0 },
  reports: [],
  appeals: [],
  reviews: [],
  outcomes: {},
  errors: [],
};
const detection = (id: string, accountId: string, signals: string[]): CollectedCase => ({
  id,
  accountId,
  source: 'detection',
  policy: 'behaviour-patterns',
  openedAt: iso(T0 + 1000),
  resolvedAt: null,
  resolution: null,
  reportIds: [],
  signals,
});

describe('evaluate: behaviour patterns at the account level', () => {
  const e = evaluate(truth, log, {
    cases: [
      detection('c1', 'undercut', ['circumvention.contract_undercut_after_contact']),
      detection('c2', 'launderer', ['payment.round_amounts', 'payment.rapid_in_out']),
      detection('c3', 'payer', ['payment.round_amounts']),
      detection('c4', 'earner', ['payment.round_amounts']),
      detection('c5', 'fisher', ['screening.contact']),
    ],
    actions: [],
    strikes: [],
    appeals: [],
  });
  const row = (p: string) => e.patterns?.find((f) => f.pattern === p);

  it('has a row for every pattern, and counts the pattern actors as the targets of the patterns they play', () => {
    expect(e.patterns?.map((f) => f.pattern)).toEqual(Object.keys(PATTERN_TARGETS));
    expect(row('circumvention.contract_undercut_after_contact')).toMatchObject({
      flagged: 1,
      targeted: 1,
      targets: 2,
      byAbuse: { contract_undercut: { found: 1, of: 1 }, circumvention: { found: 0, of: 1 } },
    });
    // The fisher's case carries no invites signal: not found.
    expect(row('circumvention.invites_without_hiring')).toMatchObject({ flagged: 0, targets: 1, recall: 0 });
    // Only the launderer is a target (not its payer, who still counts as a bad account flagged); the top earner is an honest false alarm.
    expect(row('payment.round_amounts')).toMatchObject({ flagged: 3, bad: 2, targeted: 1, targets: 1, precision: 2 / 3, honestFlagged: { top_earner: 1 } });
    expect(row('payment.rapid_in_out')).toMatchObject({ targeted: 1, targets: 1, byAbuse: { laundering: { found: 1, of: 1 } } });
  });

  it('prints the per-abuse split in the report when a pattern is for several types present', () => {
    const md = markdown(e, []);
    expect(md).toContain('| circumvention.contract_undercut_after_contact | 1 | 1 | 1/2 (contract_undercut 1/1, circumvention 0/1) |');
    expect(md).toContain('| payment.round_amounts | 3 | 2 | 1/1 |');
  });
});
