// Kind: precise scam rules the learned gate vetoed. A rule (or two rule families together) that
// no honest text we hold matches speaks on its own (lexicon.ts `standalone`, measured by
// bench/scam/rule-precision.ts); a loose rule of the same family still needs the gate.
// Sentences written for the kind, in several languages; none from an evaluation set.
import { describe, expect, it } from 'vitest';
import { detectScam } from '../scam/detect-scam.ts';
import { SCAM_RULES } from '../scam/lexicon.ts';
import { detectLearned } from './index.ts';

const scamTypes = (text: string) =>
  detectLearned({ text, kind: 'message', ruleSignals: detectScam({ text, kind: 'message' }) })
    .filter((s) => s.type.startsWith('scam.'))
    .map((s) => s.type);

describe('an interview moved to a messenger speaks without the gate', () => {
  it.each([
    ['en', 'Hi Maria, thanks for applying. Next step: interview via Telegram, handle is in my profile.'],
    ['es', 'Hola, gracias. La entrevista la hacemos por Telegram mañana a las 10.'],
    ['de', 'Danke für Ihre Bewerbung. Das Interview machen wir morgen per WhatsApp.'],
    ['fr', 'Merci pour votre candidature, on fait l’entretien sur Telegram demain.'],
    ['pt', 'Obrigado! A entrevista fica para amanhã no WhatsApp, combinado?'],
    ['ru', 'Спасибо за отклик, интервью проведём завтра в WhatsApp.'],
    ['it', 'Grazie per la candidatura, il colloquio lo facciamo domani su Telegram.'],
  ])('%s', (_lang, text) => {
    expect(scamTypes(text)).toContain('scam.offplatform_interview');
  });

  // Kind: ordinary work words (details, instructions, a contract) beside a messenger are a contact
  // share, the contact detector's business; only words of hiring make the interview scam alone.
  it.each([
    ['en', 'Sure, my Telegram is in the bio, write me there and we can sort out the details'],
    ['es', 'Escríbeme por WhatsApp y vemos los detalles del diseño'],
    ['de', 'Schreib mir auf WhatsApp, dann klären wir die Einzelheiten zum Vertrag'],
    ['ru', 'Напишите мне в телеграм, обсудим детали договора'],
  ])('%s: details moved to a messenger are not an interview scam by themselves', (_lang, text) => {
    expect(scamTypes(text)).not.toContain('scam.offplatform_interview');
  });

  it('an interview on a meeting tool in the chat is no scam', () => {
    expect(scamTypes('Let us do the interview on Zoom tomorrow, link follows here in the chat.')).toEqual([]);
  });
});

describe('pay for trivial work speaks without the gate', () => {
  it('de: a week’s pay for liking videos', () => {
    expect(scamTypes('Verdiene 700 € pro Woche nur mit dem Liken von Videos.')).toContain('scam.too_good_to_be_true');
  });
});

describe('standalone is per rule, not per family', () => {
  it('a loose rule of a family with a standalone rule still needs the gate', () => {
    // Paying with a gift card is ordinary (honest texts match that rule): no signal alone.
    expect(scamTypes('I used a gift card to pay for the stock photos, invoice attached.')).toEqual([]);
    const loose = SCAM_RULES.filter((r) => r.family === 'upfront_payment' && !r.standalone);
    expect(loose.length).toBeGreaterThan(0);
  });

  it('two families together mark each signal standalone, and the learned layer reports them', () => {
    const text = 'Cash the cheque at your bank, keep $200 for yourself and send the rest as Steam gift cards.';
    const rules = detectScam({ text, kind: 'message' });
    const families = rules.filter((s) => s.type !== 'scam.combined');
    expect(new Set(families.map((s) => s.type)).size).toBeGreaterThanOrEqual(2);
    for (const s of families) expect(s.evidence?.standalone).toBeTruthy();
    // On a text the gate has no opinion of, the pair's signals still come through.
    const neutral = 'ok';
    const out = detectLearned({ text: neutral, kind: 'message', ruleSignals: families.map((s) => ({ ...s, start: 0, end: 2, text: neutral })) });
    expect(out.map((s) => s.type).sort()).toEqual([...new Set(families.map((s) => s.type))].sort());
  });

  it('a single loose rule on a neutral text is not reported', () => {
    const neutral = 'ok';
    const loose = {
      type: 'scam.gift_card_or_crypto_payment',
      strength: 'medium' as const,
      score: 0.65,
      start: 0,
      end: 2,
      text: neutral,
      evidence: { kind: 'message' },
    };
    expect(detectLearned({ text: neutral, kind: 'message', ruleSignals: [loose] })).toEqual([]);
  });
});
