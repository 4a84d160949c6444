// The engine's guard on network and travel facts, whatever a policy says.
import { describe, expect, it } from 'vitest';
import type { Signal } from '../detect/types.ts';
import { evaluatePolicy, networkOrTravelOnly, type PolicyVersion, reputationExemptionHolds, verificationLevel } from './engine.ts';
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
  it('lowers hold and block to allow when the matched signals are all network or travel facts, keeping the case', () => {
    const r = evaluatePolicy(P, { kind: 'account', signals: [sig('account.tor'), sig('account.impossible_travel'), sig('account.vpn', 'weak')], context: {} });
    expect(r.outcome).toBe('allow');
    expect(r.matched.map((m) => [m.rule, m.outcome, m.guard, m.ruleOutcome])).toEqual([
      ['block-tor', 'allow', 'network_or_travel_only', 'block'],
      ['hold-any-account', 'allow', 'network_or_travel_only', 'hold'],
    ]);
    expect(r.matched[1].effects).toHaveLength(1);
    expect(r.matched[1].notice).toBeUndefined();
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
