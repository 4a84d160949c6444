// The scam gate alone on a short text reports at most weak, and nothing on a weak reading (round
// 16): a greeting of a few words is too
// little text for a learned reading to hold a message (index.ts SHORT_TEXT). Sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { detectLearned, SHORT_TEXT } from './index.ts';

const scamSignals = (text: string) => detectLearned({ text, kind: 'message' }).filter((s) => s.type.startsWith('scam.'));

describe('the scam gate alone on a short text', () => {
  it.each(['Hello, I saw your job post.', 'Hi! Got your invite, thanks.', 'Ok, sending the draft soon.', 'Can we start on Monday?'])(
    '%s: weak at most',
    (text) => {
      expect(text.length).toBeLessThan(SHORT_TEXT);
      for (const s of scamSignals(text)) expect(s.strength, s.type).toBe('weak');
    },
  );

  it('a longer scam text keeps the strength the gate gives it', () => {
    const text = 'Before we start you must pay a refundable registration fee of 80 USD by gift card, send me the card codes today';
    const found = scamSignals(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s.strength !== 'weak')).toBe(true);
  });

  // Round 16, by kind: short greetings and generic openers carry no scheme at all. The gate read
  // "Hello, I saw your job post." as account trading (0.99): the written honest texts were
  // look-alikes, hardly plain chat, until the everyday chat joined the scam models' data. Sentences
  // written for this test (not from contact-data/everyday-chat.jsonl or a bench set).
  it.each([
    'Hello, I saw your job post.',
    'Hi, I read your project brief.',
    'Good morning, I came across your listing.',
    'Hola, vi tu anuncio del proyecto.',
    "Bonjour, j'ai lu votre offre de mission.",
    'Hallo, ich habe Ihr Projekt gesehen.',
    'Olá, vi o seu anúncio agora.',
    'Здравствуйте, увидел ваш заказ.',
  ])('%s: no scam kind', (text) => {
    expect(scamSignals(text).map((s) => s.type)).toEqual([]);
  });
});
