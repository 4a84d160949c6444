// The engine's guard on network and travel facts, whatever a policy says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Signal } from '../detect/types.ts';
import { counterKey, evaluatePolicy, networkOrTravelOnly, type PolicyVersion, reputationExemptionHolds, verificationLevel } from './engine.ts';
import type { PolicyDocument } from './schema.ts';

const sig = (type: string, strength: Signal['strength'] = 'strong'): Signal => ({ type, strength, score: 0.9 });

const hostile: PolicyDocument = {
  name: 'hostile',
  title: 'Holds on anything',
  description: 'An analyst’s policy that holds and blocks on network facts',
  appliesTo: ['account'],
  rules: [
    { id: 'block-tor', description: 'block Tor', when: { signal: { type: 'account.tor' } }, outcome: 'block' },
    {
      id: 'hold-any-account',
      description: 'hold on any account sign',
      when: { signal: { type: 'account.*' } },
      outcome: 'hold',
      effects: [{ case: { queue: 'security', severity: 'low', reason: 'x' } }],
      notice: 'n',
    },
    { id: 'hold-by-country', description: 'hold logins from a country', when: { context: 'login.country', eq: 'NG' }, outcome: 'hold' },
  ],
} as PolicyDocument;
const P: PolicyVersion = { name: 'hostile', version: 1, document: hostile };

describe('engine guard: network and travel facts alone never hold or block', () => {
  it('lowers hold and block to allow when the matched signals are all network or travel facts, and drops the case', () => {
    const r = evaluatePolicy(P, { kind: 'account', signals: [sig('account.tor'), sig('account.impossible_travel'), sig('account.vpn', 'weak')], context: {} });
    expect(r.outcome).toBe('allow');
    expect(r.matched.map((m) => [m.rule, m.outcome, m.guard, m.ruleOutcome])).toEqual([
      ['block-tor', 'allow', 'network_or_travel_only', 'block'],
      ['hold-any-account', 'allow', 'network_or_travel_only', 'hold'],
    ]);
    expect(r.matched[1].effects).toEqual([]);
    expect(r.matched[1].effectsDropped).toEqual([{ case: { queue: 'security', severity: 'low', reason: 'x' } }]);
    expect(r.matched[1].notice).toBeUndefined();
  });

  it('a rule that only opens a case or strikes on network facts keeps its outcome and verification, not the case or strike', () => {
    const doc = {
      ...hostile,
      rules: [
        {
          id: 'case-vpn',
          description: 'investigate VPN users',
          when: { any: [{ signal: { type: 'account.vpn' } }, { signal: { type: 'account.credential_stuffing' } }] },
          outcome: 'allow',
          effects: [{ case: { severity: 'high', reason: 'vpn' }, requestVerification: { reason: 'vpn' } }, { strike: { severity: 'low' } }],
        },
      ],
    } as PolicyDocument;
    const r = evaluatePolicy({ name: 'h', version: 1, document: doc }, { kind: 'account', signals: [sig('account.vpn')], context: {} });
    expect(r.matched[0]).toMatchObject({ outcome: 'allow', guard: 'network_or_travel_only', effects: [{ requestVerification: { reason: 'vpn' } }] });
    expect(r.matched[0].effectsDropped).toEqual([{ case: { severity: 'high', reason: 'vpn' } }, { strike: { severity: 'low' } }]);
    // When it also matched conduct evidence the same rule keeps everything.
    const both = evaluatePolicy(
      { name: 'h', version: 1, document: doc },
      { kind: 'account', signals: [sig('account.vpn'), sig('account.credential_stuffing')], context: {} },
    );
    expect(both.matched[0].effects).toHaveLength(2);
    expect(both.matched[0].guard).toBeUndefined();
  });

  it('a context-only rule rests on every signal of the decision', () => {
    const r = evaluatePolicy(P, { kind: 'account', signals: [sig('account.new_country', 'weak')], context: { login: { country: 'NG' } } });
    expect(r.matched.find((m) => m.rule === 'hold-by-country')).toMatchObject({ outcome: 'allow', guard: 'network_or_travel_only' });
  });

  it('conduct evidence still holds', () => {
    const r = evaluatePolicy(P, { kind: 'account', signals: [sig('account.credential_stuffing'), sig('account.vpn', 'weak')], context: {} });
    expect(r.outcome).toBe('hold');
    expect(r.matched.find((m) => m.rule === 'hold-any-account')?.guard).toBeUndefined();
    expect(networkOrTravelOnly('hold', [], [sig('payment.takeover_payout')])).toBe(false);
    expect(networkOrTravelOnly('mask', [0], [sig('account.vpn')])).toBe(false);
  });
});

describe('engine guard: a verification on network and travel facts alone is the light check', () => {
  it('travel, a VPN or a new device alone ask the owner to confirm; any conduct or takeover sign keeps the ID check', () => {
    const travel = [sig('account.impossible_travel'), sig('account.vpn', 'weak'), sig('account.new_device', 'medium')];
    expect(verificationLevel([0], travel)).toBe('light');
    expect(verificationLevel([], travel)).toBe('light');
    const takeover = [sig('account.credential_stuffing'), sig('account.impossible_travel')];
    expect(verificationLevel([0], takeover)).toBe('identity');
    expect(verificationLevel([], takeover)).toBe('identity');
    expect(verificationLevel([1], takeover)).toBe('light');
    expect(verificationLevel([], [])).toBe('identity');
  });
});

describe('engine guard: an exemption by reputation covers a one-off, not a pattern of asks', () => {
  const doc = {
    name: 'lenient',
    title: 'Exempts whom it likes',
    description: 'An analyst’s policy exempting trusted clients, high earners, enterprise plans and scoping e-mails',
    appliesTo: ['message'],
    rules: [{ id: 'ask', description: 'asks to move', when: { signal: { type: 'offplatform.solicitation' } }, outcome: 'nudge' }],
    exemptions: [
      { id: 'trusted', description: 't', when: { context: 'clientParty.trusted', eq: true } },
      { id: 'earner', description: 'e', when: { all: [{ context: 'sender.totalEarnedCents', gte: 100 }, { signal: { type: 'offplatform.*' } }] } },
      { id: 'enterprise', description: 'p', when: { context: 'clientParty.enterprise', eq: true } },
      { id: 'scoping', description: 's', when: { context: 'text.scopingAccess', eq: true } },
    ],
  } as unknown as PolicyDocument;
  const p: PolicyVersion = { name: 'lenient', version: 1, document: doc };
  const input = (counterparts: number) => ({
    kind: 'message',
    signals: [sig('offplatform.solicitation')],
    context: { clientParty: { trusted: true, enterprise: true }, sender: { totalEarnedCents: 500 }, text: { scopingAccess: true } },
    askPattern: { counterparts, threshold: 3, windowDays: 30 },
  });

  it('below the threshold every exemption applies; at it, only those by reputation are withheld, each with the pattern', () => {
    const below = evaluatePolicy(p, input(2));
    expect(below.exemptions.map((e) => e.id)).toEqual(['trusted', 'earner', 'enterprise', 'scoping']);
    expect(below.withheld).toEqual([]);
    const at = evaluatePolicy(p, input(3));
    expect(at.exemptions.map((e) => e.id)).toEqual(['enterprise', 'scoping']);
    expect(at.withheld.map((w) => [w.id, w.reason, w.counterparts, w.threshold])).toEqual([
      ['trusted', 'ask_pattern', 3, 3],
      ['earner', 'ask_pattern', 3, 3],
    ]);
    expect(reputationExemptionHolds([p], input(0))).toBe(true);
    expect(reputationExemptionHolds([p], { ...input(0), context: { clientParty: { trusted: false } } })).toBe(false);
  });

  it('with no exemption left the rule decides as for anyone', () => {
    const noAgreement = { ...input(5), context: { clientParty: { trusted: true }, sender: { totalEarnedCents: 500 }, text: {} } };
    const r = evaluatePolicy(p, noAgreement);
    expect(r.exemptions).toEqual([]);
    expect(r.outcome).toBe('nudge');
    expect(evaluatePolicy(p, { ...noAgreement, askPattern: undefined }).outcome).toBe('allow');
  });
});

describe('engine guard: a hold on behaviour across events alone is always reviewed', () => {
  const doc: PolicyDocument = {
    name: 'hold-patterns',
    title: 'Holds on patterns with no case',
    description: 'An analyst’s policy that holds payouts on patterns and forgets the case',
    appliesTo: ['account'],
    rules: [
      { id: 'hold-payment', description: 'hold on payment risk', when: { signal: { type: 'payment.*' } }, outcome: 'hold' },
      { id: 'block-hires', description: 'block on direct hires', when: { signal: { type: 'circumvention.hire_without_messages' } }, outcome: 'block' },
      {
        id: 'hold-linked-with-case',
        description: 'hold linked accounts, with a case',
        when: { signal: { type: 'linked.counterparty' } },
        outcome: 'hold',
        effects: [{ case: { queue: 'fraud', severity: 'high', reason: 'own case' } }],
      },
    ],
  } as PolicyDocument;
  const V: PolicyVersion = { name: 'hold-patterns', version: 1, document: doc };

  it('adds the missing review case to a hold or block resting on patterns (payment risk in its queue), keeping the outcome', () => {
    const r = evaluatePolicy(V, {
      kind: 'account',
      signals: [sig('payment.rapid_in_out'), sig('account.new_network', 'weak'), sig('circumvention.hire_without_messages', 'medium')],
      context: {},
    });
    expect(r.outcome).toBe('block');
    const hold = r.matched.find((m) => m.rule === 'hold-payment');
    expect(hold).toMatchObject({ outcome: 'hold', reviewAdded: true });
    expect(hold?.effects).toEqual([{ case: expect.objectContaining({ queue: 'payment-risk', severity: 'medium' }) }]);
    const block = r.matched.find((m) => m.rule === 'block-hires');
    expect(block?.reviewAdded).toBe(true);
    expect(block?.effects[0].case?.queue).toBeUndefined();
  });

  it('leaves a rule that opens its own case, and holds resting on a finding in a text, as written', () => {
    const linked = evaluatePolicy(V, { kind: 'account', signals: [sig('linked.counterparty')], context: {} });
    expect(linked.matched[0].reviewAdded).toBeUndefined();
    expect(linked.matched[0].effects).toHaveLength(1);
    const text: PolicyVersion = {
      name: 't',
      version: 1,
      document: { ...doc, rules: [{ id: 'ctx', description: 'hold on context', when: { context: 'x', eq: 1 }, outcome: 'hold' }] } as PolicyDocument,
    };
    const r = evaluatePolicy(text, { kind: 'account', signals: [sig('contact.phone'), sig('payment.funnel')], context: { x: 1 } });
    expect(r.matched[0].reviewAdded).toBeUndefined();
  });
});

describe('engine guard, as a property over any policy an analyst may write', () => {
  // Every network and travel fact the engine knows, and conduct signals of every family.
  const NETWORK = [
    'account.vpn',
    'account.proxy',
    'account.tor',
    'account.datacenter_ip',
    'account.new_network',
    'account.new_country',
    'account.impossible_travel',
    'account.new_device',
    'account.unusual_hours',
    'linked.ip',
  ];
  const CONDUCT = [
    'account.credential_stuffing',
    'payment.takeover_payout',
    'contact.phone',
    'offplatform.payment_outside',
    'linked.device',
    'scam.upfront_fee',
  ];
  const strength = fc.constantFrom<Signal['strength']>('weak', 'medium', 'strong');
  const typePattern = fc.oneof(fc.constantFrom(...NETWORK, ...CONDUCT), fc.constantFrom('account.*', 'linked.*', '*', 'payment.*'));
  const leaf = fc.oneof(
    fc.record({
      signal: fc.record(
        { type: typePattern, minStrength: fc.option(strength, { nil: undefined }), minCount: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) },
        { requiredKeys: ['type'] },
      ),
    }),
    fc.record({ context: fc.constantFrom('login.country', 'login.network.asn', 'sender.ageDays', 'login.success'), ne: fc.constantFrom('DE', 1, true) }),
    fc.record({ context: fc.constantFrom('sender.ageDays', 'login.earlierLogins'), gte: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ counter: fc.record({ rules: fc.constant(['r0']), windowDays: fc.constant(30) }), gte: fc.integer({ min: 0, max: 2 }) }),
  );
  const cond: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('c') }),
    ),
  })).c;
  const effect = fc.record(
    {
      case: fc.record(
        {
          queue: fc.option(fc.constantFrom('security', 'payment-risk'), { nil: undefined }),
          severity: fc.constantFrom('low', 'medium', 'high', 'critical'),
          reason: fc.constant('r'),
        },
        { requiredKeys: ['severity', 'reason'] },
      ),
      strike: fc.record(
        { severity: fc.constantFrom('low', 'medium', 'high', 'critical'), proposeOnly: fc.option(fc.boolean(), { nil: undefined }) },
        { requiredKeys: ['severity'] },
      ),
      requestVerification: fc.record({ reason: fc.constant('v') }),
      notify: fc.record({ notice: fc.constant('n') }),
    },
    { requiredKeys: [] },
  );
  const rule = (i: number) =>
    fc.record({
      id: fc.constant(`r${i}`),
      description: fc.constant('generated'),
      when: cond,
      outcome: fc.constantFrom('allow', 'nudge', 'mask', 'hold', 'block'),
      effects: fc.array(effect, { maxLength: 3 }),
      notice: fc.option(fc.constant('n'), { nil: undefined }),
    });
  const policy = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rule(i))));
  const networkSignals = fc.array(fc.record({ type: fc.constantFrom(...NETWORK), strength, score: fc.double({ min: 0, max: 1, noNaN: true }) }), {
    minLength: 1,
    maxLength: 6,
  });
  const context = fc.record({
    login: fc.record({ country: fc.constantFrom('DE', 'US', 'NG', undefined), success: fc.boolean(), earlierLogins: fc.nat(9) }),
    sender: fc.record({ ageDays: fc.nat(400) }),
  });

  it('network and travel facts alone never hold or block, and open no case and record no strike; the check asked is the light one', () => {
    fc.assert(
      fc.property(policy, networkSignals, context, fc.nat(3), (rules, signals, ctx, n) => {
        const doc = { name: 'gen', title: 'generated', description: 'generated', appliesTo: ['account'], rules } as unknown as PolicyDocument;
        const r = evaluatePolicy(
          { name: 'gen', version: 1, document: doc },
          { kind: 'account', signals, context: ctx, counters: { [counterKey(['r0'], 30)]: n } },
        );
        expect(['hold', 'block']).not.toContain(r.outcome);
        for (const m of r.matched) {
          expect(['hold', 'block']).not.toContain(m.outcome);
          expect(m.effects.filter((e) => e.case || e.strike)).toEqual([]);
          expect(m.networkOnly).toBe(true);
          expect(verificationLevel(m.signals, signals)).toBe('light');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('with no signal at all, a rule reading only where the login came from (country, network) never holds, opens no case, records no strike', () => {
    const whereFrom = fc.record({
      context: fc.constantFrom('login.country', 'login.network.asn', 'login.network.kind'),
      ne: fc.constantFrom('DE', 3320, 'hosting'),
    });
    const onlyWhere: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      c: fc.oneof(
        { depthSize: 'small' },
        whereFrom,
        fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
      ),
    })).c;
    const rules = fc.array(
      fc.record({
        id: fc.constant('w'),
        description: fc.constant('where'),
        when: onlyWhere,
        outcome: fc.constantFrom('hold', 'block', 'allow'),
        effects: fc.array(effect, { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    );
    const ctx = fc.record({
      login: fc.record({
        country: fc.constantFrom('DE', 'US', 'NG'),
        network: fc.record({ asn: fc.constantFrom(3320, 9009, 16509), kind: fc.constantFrom('isp', 'hosting', 'vpn') }),
      }),
    });
    fc.assert(
      fc.property(rules, ctx, (rs, c) => {
        const doc = {
          name: 'gen',
          title: 'generated',
          description: 'generated',
          appliesTo: ['account'],
          rules: rs.map((r, i) => ({ ...r, id: `w${i}` })),
        } as unknown as PolicyDocument;
        const r = evaluatePolicy({ name: 'gen', version: 1, document: doc }, { kind: 'account', signals: [], context: c });
        expect(['hold', 'block']).not.toContain(r.outcome);
        for (const m of r.matched) {
          expect(m.effects.filter((e) => e.case || e.strike)).toEqual([]);
          expect(m.networkOnly).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the guard never touches a rule that matched a conduct signal', () => {
    fc.assert(
      fc.property(policy, networkSignals, fc.constantFrom(...CONDUCT), strength, (rules, signals, conduct, st) => {
        const all = [...signals, { type: conduct, strength: st, score: 0.9 }];
        const doc = { name: 'gen', title: 'generated', description: 'generated', appliesTo: ['account'], rules } as unknown as PolicyDocument;
        const r = evaluatePolicy({ name: 'gen', version: 1, document: doc }, { kind: 'account', signals: all, context: {} });
        for (const m of r.matched)
          if (m.signals.includes(all.length - 1)) {
            expect(m.guard).toBeUndefined();
            expect(m.outcome).toBe(rules.find((x) => x.id === m.rule)?.outcome);
          }
      }),
      { numRuns: 1000 },
    );
  });
});
