import { describe, expect, it } from 'vitest';
import { detectText } from '../detect/index.ts';
import { signalsNeeded } from './needs.ts';
import { defaultPolicies, type PolicySet } from './store.ts';

const setOf = (...documents: PolicySet['live'][number]['document'][]): PolicySet => ({
  live: documents.map((document, i) => ({ name: `p${i}`, version: 1, document })),
  shadow: [],
});

describe('signalsNeeded', () => {
  it('lists the signal patterns of the shipped policies, scams and content spam included', () => {
    const needs = signalsNeeded(setOf(...defaultPolicies()));
    expect(needs).toContain('scam.*');
    expect(needs.some((p) => p.startsWith('contact.'))).toBe(true);
  });

  it('finds signals nested in all/any/not and in shadow policies, once each', () => {
    const [contactOnly] = defaultPolicies().filter((d) => JSON.stringify(d).includes('contact.') && !JSON.stringify(d).includes('"scam.'));
    expect(contactOnly).toBeDefined();
    const set = setOf(contactOnly);
    const needs = signalsNeeded(set);
    expect(needs.every((p) => !p.startsWith('scam.') && p !== 'spam.content')).toBe(true);
    const withShadow: PolicySet = {
      ...set,
      shadow: [
        {
          name: 's',
          version: 2,
          document: { ...contactOnly, rules: [{ ...contactOnly.rules[0], when: { not: { any: [{ signal: { type: 'spam.content' } }] } } }] },
        },
      ],
    };
    expect(signalsNeeded(withShadow)).toContain('spam.content');
    expect(new Set(signalsNeeded(withShadow)).size).toBe(signalsNeeded(withShadow).length);
  });

  it('lets screening skip the learned scam and spam models when no policy reads their signals', () => {
    const text = 'Congratulations, you won $5,000! Pay the $50 release fee in gift cards to claim your prize today.';
    const all = detectText({ text, kind: 'message' });
    expect(all.some((s) => s.type.startsWith('scam.') || s.type === 'spam.content')).toBe(true);
    const contactOnly = detectText({ text, kind: 'message' }, { needs: ['contact.*', 'offplatform.*'] });
    expect(contactOnly.some((s) => s.type.startsWith('scam.') || s.type === 'spam.content')).toBe(false);
  });
});
