// The shipped policies' inline notices: every language the enforcement notices speak, valid ICU
// MessageFormat, the same arguments as the English text; a region tag falls back to its language.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { availableLocales } from '../enforce/notices/render.ts';
import { noticeFor } from './decide.ts';
import type { PolicyResult } from './engine.ts';
import { defaultPolicies } from './store.ts';
import { knownPolicyTitle } from './titles.ts';

/** Every language the enforcement notices speak (one template file each): a policy notice missing one fails here. */
const LANGS = availableLocales();

/** Argument names used by a message, plural/select branches included. */
function argumentNames(text: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (els: any[]) => {
    for (const el of els) {
      if (typeof el.value === 'string' && el.type !== 0) names.add(el.value);
      if (el.options) for (const o of Object.values(el.options) as any[]) walk(o.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(text, locale).getAst() as any[]);
  return [...names].sort();
}

const notices = defaultPolicies().flatMap((doc) => Object.entries(doc.notices ?? {}).map(([id, texts]) => ({ policy: doc.name, id, texts })));

describe('shipped policy notices', () => {
  it('ships notices', () => expect(notices.length).toBeGreaterThanOrEqual(16));

  it('covers the languages of the enforcement notices, Hindi included', () => expect(LANGS).toEqual(expect.arrayContaining(['en', 'es', 'hi'])));

  it.each(notices)('$policy/$id speaks every language of the notices, with the English arguments', ({ texts }) => {
    expect(Object.keys(texts).sort()).toEqual(LANGS);
    const args = argumentNames(texts.en!, 'en');
    for (const lang of LANGS) {
      const text = texts[lang]!;
      expect(text.trim().length, lang).toBeGreaterThan(20);
      expect(argumentNames(text, lang), lang).toEqual(args);
      for (const count of [1, 2, 5, 21]) {
        const out = String(new IntlMessageFormat(text, lang).format({ count }));
        expect(out, lang).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('notice locale', () => {
  const docs = new Map(defaultPolicies().map((d) => [d.name, d]));
  const matched = (notice: string): PolicyResult[] => [
    {
      name: 'contact-sharing',
      version: 1,
      outcome: 'mask',
      exemptions: [],
      withheld: [],
      matched: [{ rule: 'r', description: '', outcome: 'mask', notice, effects: [], signals: [], mask: [] } as any],
    },
  ];
  const repeat = docs.get('contact-sharing')!.notices!.contact_repeat!;

  it('falls back from a region tag to its language', () => {
    for (const tag of ['pt-BR', 'pt_BR', 'PT-br', 'pt']) {
      const n = noticeFor(matched('contact_shared'), docs, tag)!;
      expect(n.locale, tag).toBe('pt');
      expect(n.text).toMatch(/Ocultamos os dados de contato/);
    }
    expect(noticeFor(matched('contact_shared'), docs, 'fr-CA')!.locale).toBe('fr');
    expect(noticeFor(matched('contact_shared'), docs, 'de-AT')!.locale).toBe('de');
    expect(noticeFor(matched('contact_shared'), docs, 'ja-JP')!.locale).toBe('en');
  });

  it('uses Russian plural categories', () => {
    expect(argumentNames(repeat.en!, 'en')).toEqual(['count']);
    const at = (n: number) => String(new IntlMessageFormat(repeat.ru!, 'ru').format({ count: n }));
    expect(at(1)).toContain('1 раз ');
    expect(at(3)).toContain('3 раза ');
    expect(at(5)).toContain('5 раз ');
    expect(at(21)).toContain('21 раз ');
    const n = noticeFor(matched('contact_repeat'), docs, 'ru-RU', { 'x@30': 3 })!;
    expect(n.text).toContain('4 раза за последние 30 дней');
  });
});

describe('policy titles', () => {
  const docs = defaultPolicies();
  const byName = new Map(docs.map((d) => [d.name, d]));

  it.each(docs.map((d) => d.name))('%s has a title in every language of the notices', (name) => {
    // Stored notices (enforce/notices/render.ts) name the policy from the catalogue in every language.
    for (const lang of LANGS) expect(knownPolicyTitle(lang, name), lang).toBeDefined();
  });

  // The contact policy also forbids paying outside: its name must not tell a user held for a payment
  // proposal that they shared contact details (a new user's finding, German notice).
  it('the contact policy is named for payments too, wherever its payment notice is shown', () => {
    const payment: PolicyResult[] = [
      {
        name: 'contact-sharing',
        version: 1,
        outcome: 'hold',
        exemptions: [],
        withheld: [],
        matched: [{ rule: 'payment-outside', description: '', outcome: 'hold', notice: 'payment_outside', effects: [], signals: [], mask: [] } as any],
      },
    ];
    const paymentWord: Record<string, RegExp> = {
      en: /payments/i,
      de: /Zahlungen/,
      es: /pagos/,
      fr: /paiements/,
      hi: /भुगतान/,
      pt: /pagamentos/,
      ru: /оплата/i,
    };
    for (const lang of LANGS) {
      const title = noticeFor(payment, byName, lang)!.policyTitle;
      expect(title, lang).toMatch(paymentWord[lang] ?? /payments/i);
      expect(knownPolicyTitle(lang, 'contact-sharing'), lang).toMatch(paymentWord[lang] ?? /payments/i);
    }
  });
});
