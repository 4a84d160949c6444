import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';

describe('normalize', () => {
  it.each([
    ['five five five one two three four', '5551234'],
    ['j o h n @ g m a i l . c o m', 'john@gmail.com'],
    ['5 5 5-1 2 3 4', '5551234'],
    ['５５５１２３４', '5551234'],
    ['٠١٢٣ ०१२३', '0123 0123'],
    ['5️⃣5️⃣5️⃣', '555'],
    ['gmаil.сom', 'gmail.com'],
    ['cinco cinco cinco uno dos tres', '555123'],
    ['восемь девять один шесть', '8916'],
    ['555l2O34', '55512034'],
    ['Café TÉLÉPHONE', 'cafe telephone'],
    // Devanagari "five" with either nasal mark (candrabindu पाँच as CLDR spells it, anusvara पांच as often typed).
    ['छह पाँच पाँच दो', '6552'],
    ['छह पांच पांच दो', '6552'],
    // Smart punctuation's apostrophe (U+2019) and the modifier letter apostrophe (U+02BC) are the ASCII one.
    ['I don’t, it’s, п’ять, Naʼvi', "i don't, it's, п'ять, na'vi"],
    // Filipino phone digits said the Spanish way in Tagalog spelling, beside the native ones.
    ['sero siyam, singko otso, isa dalawa, kwatro nuwebe, syete', '095812497'],
  ])('%s -> %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('leaves ordinary prose, versions and lone number words alone', () => {
    expect(normalize('I have two questions about v1.2.3').text).toBe('i have two questions about v1.2.3');
    expect(normalize('собака лает').text).toBe('собака лает');
    expect(normalize('refunded on 2024-03-02').text).toBe('refunded on 2024-03-02');
  });

  it('maps spans back to the original, invisible characters included', () => {
    const original = 'call 5\u200B5\u200B5 1234';
    const n = normalize(original);
    const at = n.text.indexOf('555');
    const span = n.toOriginal(at, at + 3);
    expect(original.slice(span.start, span.end)).toBe('5\u200B5\u200B5');
  });

  it('is idempotent on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it('is idempotent on contact-like text', () => {
    const piece = fc.constantFrom(
      'five',
      'one',
      'l',
      'O',
      ' ',
      '-',
      '.',
      '@',
      '5',
      '0',
      'gmail',
      'at',
      'dot',
      'com',
      '\u200B',
      'а',
      'о',
      '٣',
      'two',
      'on',
      'un',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const once = normalize(parts.join('')).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every map entry inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const n = normalize(s);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.map[i]).toBeGreaterThanOrEqual(0);
          expect(n.ends[i]).toBeLessThanOrEqual(s.length);
          expect(n.map[i]).toBeLessThan(n.ends[i]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('idempotence on the cases random testing found', () => {
  // A mark after an astral letter that folds to Latin, Greek accented letters that fold to
  // Latin look-alikes, polytonic Greek: a second normalisation must change nothing.
  it.each(['𝐀ౢ', 'έ𘠹𔖘⥪ǩ', 'ÖꝚ𒐓𔕂ᾅ㏬', 'మꪌﭩ෭𝔜ꅴῈ', '໐🄰𝌎ȲἋ❖𓌵ᘸ𝌶⭁', '⺙🅂Ὠ𓁮ἇꂀ'])('%s', (s) => {
    const once = normalize(s).text;
    expect(normalize(once).text).toBe(once);
  });
});
