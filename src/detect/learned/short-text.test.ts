// The scam gate alone on a short text reports at most weak: a greeting of a few words is too
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
});
