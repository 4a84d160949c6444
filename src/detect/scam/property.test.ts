import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySpam } from '../spam/classifier.ts';
import { detectLinks } from '../spam/links.ts';
import { fingerprint } from '../spam/mass-sending.ts';
import { hammingDistance } from '../spam/simhash.ts';
import { detectScam } from './detect-scam.ts';

// Mixes arbitrary Unicode with the fragments the detectors look for, so matches actually happen.
const fragments = fc.constantFrom(
  'telegram',
  'interview ',
  'pay the training fee',
  'bit.ly/x',
  'upw0rk.com',
  'x@mailinator.com',
  '\u200B',
  'é',
  'Ｔｅｌｅｇｒａｍ',
  '🙂',
  'İ',
  'ß',
  'собеседование ',
  '\uD800',
);
const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fragments), { maxLength: 12 }).map((parts) => parts.join(' '));

function spansInside(signals: { start?: number; end?: number; text?: string }[], input: string) {
  for (const s of signals) {
    if (s.start === undefined) continue;
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('detectors on arbitrary Unicode', () => {
  it('never throw and keep spans inside the text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('job', 'message', 'proposal', 'profile' as const), (input, kind) => {
        spansInside(detectScam({ text: input, kind }), input);
        spansInside(detectLinks(input), input);
        expect(hammingDistance(fingerprint(input), fingerprint(input))).toBe(0);
        const { spamProbability } = classifySpam(input);
        expect(spamProbability).toBeGreaterThanOrEqual(0);
        expect(spamProbability).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
