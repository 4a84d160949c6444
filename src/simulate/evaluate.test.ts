// The evaluation's arithmetic on a hand-made truth and hand-made outcomes.
import { describe, expect, it } from 'vitest';
import { evaluate, simClock } from './evaluate.ts';
import type { RunLog } from './stream.ts';
import type { GroundTruth, SimAccount } from './types.ts';

const H = 3_600_000;
const T0 = Date.parse('2026-10-05T00:00:00Z');
const iso = (t: number) => new Date(t).toISOString();
const account = (id: string, honest: boolean, kind: SimAccount['kind'], abuse: SimAccount['abuse'] = null): SimAccount => ({
  id,
  role: 'freelancer',
  name: id,
  country: 'US',
  honest,
  kind,
  abuse,
  registeredAt: iso(T0),
});
const truth: GroundTruth = {
  version: 1,
  seed: 1,
  scale: { accounts: 4, days: 7 },
  startAt: iso(T0),
  endAt: iso(T0 + 7 * 24 * H),
  textSource: 'templates',
  realDataDir: null,
  accounts: [
    account('bad1', false, 'plain', 'circumvention'),
    account('bad2', false, 'plain', 'proposal_spam'),
    account('vpn1', true, 'vpn'),
    account('p1', true, 'plain'),
  ],
  abusive: [
    { id: 'e1', accountId: 'bad1', abuse: 'circumvention', at: iso(T0 + 1 * H) },
    { id: 'e2', accountId: 'bad1', abuse: 'circumvention', at: iso(T0 + 2 * H) },
    { id: 'e3', accountId: 'bad2', abuse: 'proposal_spam', at: iso(T0 + 5 * H) },
  ],
  takeovers: [],
};
// Wall clock: the simulation was played from wall W0, one simulated hour per wall second.
const W0 = Date.parse('2026-11-29T20:00:00Z');
const log: RunLog = {
  version: 1,
  seed: 1,
  mode: 'one',
  wallStart: iso(W0),
  wallEnd: iso(W0 + 10_000),
  clock: Array.from({ length: 10 }, (_, i) => [W0 + (i + 1) * 1000, T0 + (i + 1) * H, 0] as [number, number, 0 | 1]),
  stats: { events: 10, accepted: 10, duplicate: 0, rejected: 0, outcomes: {}, uploads: 0, reports: 0, appeals: 0, reviews: 0, appealDecisions: 0, errors: 0 },
  reports: [{ simId: 'r1', wardenId: 'w-r1', at: iso(T0 + 3 * H), accountId: 'bad1', reporterId: 'p1' }],
  appeals: [],
  reviews: [],
  outcomes: {},
  errors: [],
};

describe('simClock', () => {
  it('maps a wall time to the simulated time of the item Warden was answering', () => {
    const toSim = simClock(log);
    expect(toSim(iso(W0 + 2500))).toBe(T0 + 3 * H);
    expect(toSim(iso(W0 + 3000))).toBe(T0 + 3 * H);
    expect(toSim(iso(W0 + 99_000))).toBe(T0 + 10 * H);
  });
  it('interpolates inside a batch', () => {
    const toSim = simClock({
      ...log,
      clock: [
        [W0, T0, 0],
        [W0 + 1000, T0 + 10 * H, 1],
      ],
    });
    expect(toSim(iso(W0 + 500))).toBe(T0 + 5 * H);
  });
});

describe('evaluate', () => {
  const e = evaluate(truth, log, {
    cases: [
      {
        id: 'c1',
        accountId: 'bad1',
        source: 'report',
        policy: null,
        openedAt: iso(W0 + 3000),
        resolvedAt: iso(W0 + 6000),
        resolution: 'action',
        reportIds: ['w-r1'],
      },
      {
        id: 'c2',
        accountId: 'bad1',
        source: 'detection',
        policy: 'contact-sharing',
        openedAt: iso(W0 + 2000),
        resolvedAt: null,
        resolution: null,
        reportIds: [],
      },
      {
        id: 'c3',
        accountId: 'vpn1',
        source: 'detection',
        policy: 'account-security',
        openedAt: iso(W0 + 4000),
        resolvedAt: null,
        resolution: null,
        reportIds: [],
      },
    ],
    actions: [
      { id: 'a1', accountId: 'bad1', type: 'warning', status: 'active', policy: 'contact-sharing', automatic: true, createdAt: iso(W0 + 3500), lifted: false },
      {
        id: 'a2',
        accountId: 'vpn1',
        type: 'payment_hold',
        status: 'active',
        policy: 'account-security',
        automatic: true,
        createdAt: iso(W0 + 4500),
        lifted: false,
      },
    ],
    strikes: [],
    appeals: [{ id: 'ap1', accountId: 'vpn1', status: 'overturned', createdAt: iso(W0 + 5000) }],
  });

  it('counts accounts, not cases or actions', () => {
    expect(e.overall.autoActionPrecision).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.overall.actionRecall).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.overall.caseRecall).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.overall.honestWithHoldOrSuspension).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.byHonestKind.find((r) => r.kind === 'vpn')?.withHoldOrSuspension.rate).toBe(1);
    expect(e.byHonestKind.find((r) => r.kind === 'plain')?.withAction.rate).toBe(0);
  });

  it('judges proactivity by the first investigation of each account', () => {
    expect(e.overall.proactiveShareAccounts).toEqual({ n: 2, of: 2, rate: 1 });
    expect(e.overall.proactiveShareCases).toEqual({ n: 2, of: 3, rate: 2 / 3 });
    expect(e.overall.reportFirstHonest).toEqual({ n: 0, of: 0, rate: null });
  });

  it('says which accounts investigated first on a report were honest', () => {
    const reportCase = (id: string, accountId: string, at: number, source = 'report') => ({
      id,
      accountId,
      source,
      policy: null,
      openedAt: iso(W0 + at),
      resolvedAt: null,
      resolution: null,
      reportIds: [],
    });
    const r = evaluate(truth, log, {
      // p1 (honest) and bad2 first on a report; bad1 first on detection, its report later.
      cases: [reportCase('k1', 'p1', 1000), reportCase('k2', 'bad2', 1000), reportCase('k3', 'bad1', 500, 'detection'), reportCase('k4', 'bad1', 900)],
      actions: [],
      strikes: [],
      appeals: [],
    });
    expect(r.overall.proactiveShareAccounts).toEqual({ n: 1, of: 3, rate: 1 / 3 });
    expect(r.overall.reportFirstHonest).toEqual({ n: 1, of: 2, rate: 0.5 });
  });

  it('measures times on the simulated clock', () => {
    // First abusive item at T0+1h; the action was taken while item 4 (T0+4h) was played.
    expect(e.overall.hoursToFirstAction).toEqual({ n: 1, median: 3, p90: 3 });
    expect(e.byAbuse.find((r) => r.abuse === 'circumvention')?.recallWithin3.rate).toBe(1);
    // Report at T0+3h, its case resolved while item 6 (T0+6h) was played.
    expect(e.overall.hoursReportToDecision).toEqual({ n: 1, median: 3, p90: 3 });
    expect(e.overall.appealsByHonestOverturned).toEqual({ n: 1, of: 1, rate: 1 });
  });
});

describe('responses within the first 3 abusive items', () => {
  const got = (cases: { accountId: string; source: string; at: number }[], actions: { accountId: string; at: number }[] = []) => ({
    cases: cases.map((c, i) => ({
      id: `c${i}`,
      accountId: c.accountId,
      source: c.source,
      policy: 'p',
      openedAt: iso(W0 + c.at),
      resolvedAt: null,
      resolution: null,
      reportIds: [] as string[],
    })),
    actions: actions.map((a, i) => ({
      id: `a${i}`,
      accountId: a.accountId,
      type: 'warning',
      status: 'active',
      policy: 'p',
      automatic: false,
      createdAt: iso(W0 + a.at),
      lifted: false,
    })),
    strikes: [],
    appeals: [],
  });

  it('does not count a case alone, only what reached the account: a notice with a strike, or an action', () => {
    // bad1's detection case while its 2nd item (T0+2h) was played; bad2 only reported.
    const cased = got([
      { accountId: 'bad1', source: 'detection', at: 2000 },
      { accountId: 'bad2', source: 'report', at: 5000 },
    ]);
    const e = evaluate(truth, log, cased);
    expect(e.overall.responseWithin3).toEqual({ n: 0, of: 2, rate: 0 });
    // The measure of earlier runs counted the detection case.
    expect(e.overall.investigatedWithin3).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.byAbuse.find((r) => r.abuse === 'circumvention')?.investigatedWithin3.rate).toBe(1);
    // A strike (the user's notice) at T0+2h is a response.
    const noticed = evaluate(truth, log, { ...cased, strikes: [{ id: 's1', accountId: 'bad1', policy: 'p', createdAt: iso(W0 + 2000) }] });
    expect(noticed.overall.responseWithin3).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(noticed.byAbuse.find((r) => r.abuse === 'circumvention')?.firstResponseBy).toEqual({ action: 0, notice: 1, content: 0 });
    expect(e.overall.actionRecall.n).toBe(0);
  });

  it('counts a false report that no case carries as set aside, and one a case carries as not', () => {
    const t: GroundTruth = {
      ...truth,
      accounts: [...truth.accounts, account('fr1', false, 'plain', 'false_reporter')],
      abusive: [...truth.abusive, { id: 'r9', accountId: 'fr1', abuse: 'false_reporter', at: iso(T0 + 3 * H) }],
    };
    const l: RunLog = { ...log, reports: [{ simId: 'r9', wardenId: 'w-r9', at: iso(T0 + 3 * H), accountId: 'p1', reporterId: 'fr1' }] };
    const row = (g: ReturnType<typeof got>) => evaluate(t, l, g).byAbuse.find((r) => r.abuse === 'false_reporter');
    expect(row(got([]))?.responseWithin3.rate).toBe(1);
    const carried = got([{ accountId: 'p1', source: 'report', at: 3000 }]);
    carried.cases[0].reportIds = ['w-r9'];
    expect(row(carried)?.responseWithin3.rate).toBe(0);
  });

  it('counts abusive content held, blocked or masked at its own time, and not a nudge', () => {
    const e = evaluate(truth, { ...log, outcomes: { e3: 'hold', e1: 'nudge' } }, got([]));
    expect(e.byAbuse.find((r) => r.abuse === 'proposal_spam')?.responseWithin3.rate).toBe(1);
    expect(e.byAbuse.find((r) => r.abuse === 'circumvention')?.responseWithin3.rate).toBe(0);
  });

  it("counts a message whose attachment Warden kept from the recipient, at the message's time", () => {
    const e = evaluate(truth, { ...log, attachmentsHeld: ['e3'] }, got([]));
    expect(e.byAbuse.find((r) => r.abuse === 'proposal_spam')?.responseWithin3.rate).toBe(1);
    expect(e.byAbuse.find((r) => r.abuse === 'proposal_spam')?.firstResponseBy).toEqual({ action: 0, notice: 0, content: 1 });
  });

  it('is late after the 3rd abusive item', () => {
    const late = { ...truth, abusive: [1, 2, 3, 4].map((h) => ({ id: `x${h}`, accountId: 'bad1', abuse: 'circumvention' as const, at: iso(T0 + h * H) })) };
    // The action while item 4 (T0+4h) was played: after the 3rd abusive item.
    const e = evaluate(late, log, got([], [{ accountId: 'bad1', at: 4000 }]));
    expect(e.byAbuse.find((r) => r.abuse === 'circumvention')?.responseWithin3.rate).toBe(0);
    expect(e.byAbuse.find((r) => r.abuse === 'circumvention')?.responseRecall.rate).toBe(1);
    const onTime = evaluate(late, log, got([], [{ accountId: 'bad1', at: 3000 }]));
    expect(onTime.byAbuse.find((r) => r.abuse === 'circumvention')?.responseWithin3.rate).toBe(1);
  });
});

describe('harm to honest users by kind and cause', () => {
  const ev = (id: string, actor: string, type: string, at: number) =>
    ({ kind: 'event', at: iso(at), event: { id, type, occurredAt: iso(at), actor: { id: actor }, data: {} } }) as const;
  const timeline = [
    ev('m1', 'p1', 'message.sent', T0 + H),
    ev('po1', 'vpn1', 'payout.requested', T0 + 2 * H),
    ev('po2', 'bad1', 'payout.requested', T0 + 3 * H),
    ev('m2', 'p1', 'message.sent', T0 + 4 * H),
  ];
  const withOutcomes: RunLog = { ...log, outcomes: { m1: 'hold', po1: 'hold', po2: 'hold', m2: 'allow' } };
  const got = {
    cases: [
      { id: 'c1', accountId: 'vpn1', source: 'detection', policy: 'account-security', openedAt: iso(W0), resolvedAt: null, resolution: null, reportIds: [] },
      {
        id: 'c2',
        accountId: 'vpn1',
        source: 'detection',
        policy: 'account-security',
        openedAt: iso(W0 + 1),
        resolvedAt: null,
        resolution: null,
        reportIds: [],
      },
    ],
    actions: [],
    strikes: [],
    appeals: [],
  };

  it('counts payouts and content held by decisions on honest accounts only, and names each cause', () => {
    const e = evaluate(truth, withOutcomes, got, 4, timeline);
    expect(e.overall.honestWithPayoutHeld).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.overall.honestWithContentHeld).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.byHonestKind.find((r) => r.kind === 'vpn')?.withPayoutHeld?.rate).toBe(1);
    expect(e.honestHarm).toEqual([
      { kind: 'vpn', harm: 'case', cause: 'detection/account-security', accounts: 1, items: 2 },
      { kind: 'plain', harm: 'content_held', cause: 'message.sent hold', accounts: 1, items: 1 },
      { kind: 'vpn', harm: 'payout_held', cause: 'payout.requested hold', accounts: 1, items: 1 },
    ]);
  });

  it('counts sign-in step-ups (an attempt refused, a session held) on honest accounts apart, as friction, not as an action', () => {
    const logins = [ev('l1', 'vpn1', 'user.login', T0 + H), ev('l2', 'vpn1', 'user.login', T0 + 2 * H), ev('l3', 'p1', 'user.login', T0 + 3 * H)];
    const e = evaluate(truth, { ...log, outcomes: { l1: 'block', l2: 'hold', l3: 'allow' } }, { ...got, cases: [] }, 3, logins);
    expect(e.overall.honestWithSignInStepUp).toEqual({ n: 1, of: 2, rate: 0.5 });
    expect(e.overall.honestWithAction.n).toBe(0);
    expect(e.overall.honestWithContentHeld?.n).toBe(0);
    expect(e.honestHarm).toEqual([
      { kind: 'vpn', harm: 'sign_in_step_up', cause: 'user.login block', accounts: 1, items: 1 },
      { kind: 'vpn', harm: 'sign_in_step_up', cause: 'user.login hold', accounts: 1, items: 1 },
    ]);
  });

  it("a bad actor's sign-in attempt refused is a response to it (its abusive item blocked)", () => {
    const e = evaluate(truth, { ...log, outcomes: { e3: 'block' } }, { ...got, cases: [] }, 1, [ev('e3', 'bad2', 'user.login', T0 + 5 * H)]);
    expect(e.byAbuse.find((r) => r.abuse === 'proposal_spam')?.responseWithin3.n).toBe(1);
  });

  it('counts honest households apart (a case, an action, content or a deal held), and leaves the figure out without them', () => {
    const withHomes: GroundTruth = { ...truth, accounts: truth.accounts.map((a) => (a.honest ? { ...a, household: 'vpn1' } : a)) };
    const e = evaluate(withHomes, withOutcomes, got, 4, timeline);
    expect(e.households).toEqual({
      accounts: 2,
      withCase: { n: 1, of: 2, rate: 0.5 },
      withAction: { n: 0, of: 2, rate: 0 },
      withContentHeld: { n: 1, of: 2, rate: 0.5 },
    });
    expect(evaluate(truth, withOutcomes, got, 4, timeline).households).toBeUndefined();
  });

  it('leaves the held-item figures out without the timeline', () => {
    const e = evaluate(truth, withOutcomes, got, 4);
    expect(e.overall.honestWithPayoutHeld).toBeUndefined();
    expect(e.honestHarm?.map((h) => h.harm)).toEqual(['case']);
  });
});

describe('report triage, counted apart from investigations', () => {
  // A mass false reporter (fr1) reports p1 and vpn1; honest p1 reports bad1 and bad2.
  const t: GroundTruth = {
    ...truth,
    accounts: [...truth.accounts, account('fr1', false, 'plain', 'false_reporter')],
    abusive: [
      ...truth.abusive,
      { id: 'f1', accountId: 'fr1', abuse: 'false_reporter', at: iso(T0 + 1 * H) },
      { id: 'f2', accountId: 'fr1', abuse: 'false_reporter', at: iso(T0 + 2 * H) },
    ],
  };
  const l: RunLog = {
    ...log,
    reports: [
      { simId: 'f1', wardenId: 'w-f1', at: iso(T0 + 1 * H), accountId: 'p1', reporterId: 'fr1' },
      { simId: 'f2', wardenId: 'w-f2', at: iso(T0 + 2 * H), accountId: 'vpn1', reporterId: 'fr1' },
      { simId: 'r1', wardenId: 'w-r1', at: iso(T0 + 3 * H), accountId: 'bad1', reporterId: 'p1' },
      { simId: 'r2', wardenId: 'w-r2', at: iso(T0 + 4 * H), accountId: 'bad2', reporterId: 'p1' },
    ],
  };
  const rep = (
    id: string,
    accountId: string,
    reporterId: string,
    triage: string,
    reasons: string[],
    triagedBy: string | null = null,
    triagedAt: string | null = null,
  ) => ({
    id,
    accountId,
    reporterId,
    triage,
    triageReasons: reasons,
    triagedBy,
    triagedAt,
    caseId: null,
  });
  const got = {
    cases: [
      { id: 'k1', accountId: 'bad1', source: 'report', policy: null, openedAt: iso(W0 + 3000), resolvedAt: null, resolution: null, reportIds: ['w-r1'] },
      { id: 'k2', accountId: 'bad2', source: 'detection', policy: 'spam', openedAt: iso(W0 + 5000), resolvedAt: null, resolution: null, reportIds: ['w-r2'] },
    ],
    reports: [
      rep('w-f1', 'p1', 'fr1', 'closed', ['stranger'], 'reviewer:sim', iso(W0 + 6000)),
      rep('w-f2', 'vpn1', 'fr1', 'queued', ['stranger', 'burst']),
      rep('w-r1', 'bad1', 'p1', 'direct', []),
      rep('w-r2', 'bad2', 'p1', 'escalated', ['burst'], 'detection', iso(W0 + 5000)),
    ],
    actions: [],
    strikes: [],
    appeals: [],
  };
  const r = evaluate(t, l, got);

  it('counts reports by triage state and reason, and false reports apart', () => {
    expect(r.reportTriage).toMatchObject({
      reports: 4,
      direct: 1,
      triaged: 3,
      queuedAtEnd: 1,
      escalated: { total: 1, byReporters: 0, byDetection: 1, byReviewer: 0 },
      closed: 1,
      byReason: { stranger: 2, burst: 2 },
      falseShareOfTriaged: { n: 2, of: 3 },
      falseShareOfDirect: { n: 0, of: 1 },
      falseReportsTriaged: { n: 2, of: 2 },
      falseReportsEscalated: { n: 0, of: 2 },
      trueReportsTriaged: { n: 1, of: 2 },
      trueReportsClosed: { n: 0, of: 1 },
      // p1 and vpn1 were reported and never investigated; both bad accounts were.
      reportedNeverInvestigated: { honest: 2, bad: 0 },
    });
    // The reports that waited are not investigations: the share counts the two cases only.
    expect(r.overall.proactiveShareAccounts).toEqual({ n: 1, of: 2, rate: 0.5 });
  });

  it('takes a report closed in triage as decided then', () => {
    // f1 closed at T0+6h (wall W0+6000), 5 h after it was filed; r1's and r2's cases are open, f2 is queued.
    expect(r.overall.hoursReportToDecision).toEqual({ n: 1, median: 5, p90: 5 });
    expect(r.overall.reportsUndecided).toEqual({ n: 3, of: 4, rate: 0.75 });
  });

  it('is absent when the Warden had no report triage', () => {
    expect(evaluate(t, l, { ...got, reports: undefined }).reportTriage).toBeUndefined();
  });
});
