import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralSets } from './literal-sets.ts';

const escapeLiteral = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Small alphabets so that strings overlap, share prefixes and suffixes, and occur by chance;
// a few characters outside ASCII (and a surrogate pair) to cover the symbol table.
const CHARS = ['a', 'b', 'c', '.', ' ', 'é', 'ж', '微', '\ud83d\udcde'];
const word = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
const text = fc.array(fc.constantFrom(...CHARS, 'x'), { maxLength: 60 }).map((cs) => cs.join(''));

describe('LiteralSets', () => {
  it('answers like a regular expression alternation of each list, for every list and text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 40 }),
        fc.array(text, { maxLength: 5 }),
        (lists, texts) => {
          const sets = new LiteralSets();
          const ids = lists.map((l) => sets.add(l));
          const res = lists.map((l) => new RegExp(l.map(escapeLiteral).join('|')));
          for (const t of texts) for (let i = 0; i < lists.length; i++) expect(sets.has(t, ids[i])).toBe(res[i].test(t));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a list whose string ends where another list’s string is a failed longer match', () => {
    const sets = new LiteralSets();
    const long = sets.add(['abcd']);
    const short = sets.add(['bcx']);
    expect(sets.has('abcx', long)).toBe(false);
    expect(sets.has('abcx', short)).toBe(true);
  });

  it('answers again after a list is added once texts were scanned', () => {
    const sets = new LiteralSets();
    const a = sets.add(['gmail']);
    expect(sets.has('my gmail', a)).toBe(true);
    const b = sets.add(['my']);
    expect(sets.has('my gmail', b)).toBe(true);
    expect(sets.has('your inbox', a)).toBe(false);
  });

  it('refuses empty strings (they would occur in every text)', () => {
    expect(() => new LiteralSets().add([''])).toThrow();
  });
});
