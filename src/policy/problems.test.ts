// policyProblems: what the editor's validate and the save both refuse, every problem at once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePolicyDocument, policyProblems } from './store.ts';

const DEFAULTS = join(dirname(fileURLToPath(import.meta.url)), 'defaults');

const draft = (rule: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: 'draft',
  title: 'Draft',
  description: '',
  appliesTo: ['message'],
  rules: [
    { id: 'first', description: '', outcome: 'hold', when: { signal: { type: 'contact.email' } } },
    { id: 'r', description: '', outcome: 'hold', ...rule },
  ],
  ...extra,
});

describe('policyProblems', () => {
  it.each(readdirSync(DEFAULTS).filter((f) => f.endsWith('.json')))('finds nothing wrong in the shipped %s', (f) => {
    expect(policyProblems(JSON.parse(readFileSync(join(DEFAULTS, f), 'utf8')))).toEqual([]);
  });

  it('refuses a signal type no detector emits, with the namespace siblings', () => {
    const p = policyProblems(draft({ when: { any: [{ signal: { type: 'contact.telepathy' } }, { signal: { type: 'telepathy.*' } }] } }));
    expect(p.map((x) => x.pointer)).toEqual(['/document/rules/1/when/any/0/signal/type', '/document/rules/1/when/any/1/signal/type']);
    expect(p[0].reason).toMatch(/unknown signal type "contact\.telepathy".*contact\.email/);
    expect(p[1].reason).toMatch(/contact\.\*/);
  });

  it('accepts exact types and namespaces that some detector emits', () => {
    expect(policyProblems(draft({ when: { all: [{ signal: { type: 'scam.*' } }, { not: { signal: { type: 'linked.payout_destination' } } }] } }))).toEqual([]);
  });

  it('refuses a context path no decision fills and a counter over a missing rule', () => {
    const p = policyProblems(
      draft({
        when: {
          all: [
            { context: 'pair.nonexistentField', eq: true },
            { counter: { rules: ['first', 'ghost'], windowDays: 30 }, gte: 1 },
          ],
        },
      }),
    );
    expect(p).toEqual([
      { pointer: '/document/rules/1/when/all/0/context', reason: expect.stringMatching(/unknown context path "pair\.nonexistentField".*pair\.hasContract/) },
      { pointer: '/document/rules/1/when/all/1/counter/rules/1', reason: 'no rule "ghost" in this policy' },
    ]);
  });

  it('names the allowed values of enums, at the field, deep inside a condition too', () => {
    const p = policyProblems(draft({ outcome: 'obliterate', when: { not: { signal: { type: 'contact.email', minStrength: 'huge' } } } }));
    expect(p).toContainEqual({ pointer: '/document/rules/1/outcome', reason: 'must be one of "allow", "nudge", "mask", "hold", "block", not "obliterate"' });
    expect(p).toContainEqual({ pointer: '/document/rules/1/when/not/signal/minStrength', reason: 'must be one of "weak", "medium", "strong", not "huge"' });
    expect(p.some((x) => x.reason.includes('Expected union value'))).toBe(false);
  });

  it('says which keys a condition may have when it has none of them', () => {
    expect(policyProblems(draft({ when: { bogus: 1 } }))).toEqual([
      { pointer: '/document/rules/1/when', reason: 'must be an object with one of the keys "all", "any", "not", "signal", "context", "counter"' },
    ]);
  });

  it('reports reference problems beside shape problems, all at once', () => {
    const p = policyProblems(
      draft(
        {
          outcome: 'obliterate',
          notice: 'missing',
          mask: ['contact.telepathy'],
          when: { signal: { type: 'contact.email' } },
          effects: [{ notify: { notice: 'also-missing' } }],
        },
        { exemptions: [{ id: 'e', description: '', when: { context: 'sender.nope', eq: 1 }, rules: ['ghost'] }] },
      ),
    );
    expect(p.map((x) => x.pointer).sort()).toEqual(
      [
        '/document/rules/1/outcome',
        '/document/rules/1/notice',
        '/document/rules/1/mask/0',
        '/document/rules/1/effects/0/notify/notice',
        '/document/exemptions/0/when/context',
        '/document/exemptions/0/rules/0',
      ].sort(),
    );
  });

  it('makes saving refuse the same: a 400 naming the first pointer and listing every problem', () => {
    const doc = draft({ when: { context: 'pair.nonexistentField', eq: true }, outcome: 'obliterate' });
    expect(() => parsePolicyDocument(doc)).toThrow(/\/document\/rules\/1\/outcome must be one of .* \(and 1 more\)/);
    try {
      parsePolicyDocument(doc);
    } catch (e) {
      expect((e as { status: number }).status).toBe(400);
      expect((e as { invalidParams: { pointer: string }[] }).invalidParams.map((x) => x.pointer)).toEqual([
        '/document/rules/1/outcome',
        '/document/rules/1/when/context',
      ]);
    }
  });
});
