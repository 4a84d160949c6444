// The cheap gates in front of finders must never skip a text the finder would have read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';
import { hasAlnumRun } from './identifiers.ts';

// Letters and digits, separators, and characters a naive ASCII test might count as letters.
const unit = fc.constantFrom(...'aZ09xQ', ' ', '-', '_', '.', '\n', 'é', 'ß', 'а', '０', '\u200b');

describe('hasAlnumRun (the wallet finder gate)', () => {
  it('answers as /[0-9A-Za-z]{n}/ does on generated text', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (units, n) => {
        const text = units.join('');
        expect(hasAlnumRun(text, n)).toBe(new RegExp(`[0-9A-Za-z]{${n}}`).test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a run across its whole length and restarts after any other character', () => {
    expect(hasAlnumRun('a'.repeat(24), 25)).toBe(false);
    expect(hasAlnumRun(`x ${'b'.repeat(25)} y`, 25)).toBe(true);
    // A non-ASCII letter breaks the run as the old pattern's class did.
    expect(hasAlnumRun(`${'a'.repeat(12)}é${'a'.repeat(12)}`, 25)).toBe(false);
  });

  it('lets a wallet address through to the finder', () => {
    const found = detectContact({ text: 'send the USDT to 0x52908400098527886E0F7030069857D2E4169EE7 please' });
    expect(found.map((s) => s.type)).toContain('contact.payment_handle');
  });
});
