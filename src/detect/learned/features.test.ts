import { describe, expect, it } from 'vitest';
import { foldString, foldTextOnce } from '../spam/fold-text.ts';
import { bigramBucket, featurize, foldedWords, MAX_FEATURE_CHARS, wordBucket } from './features.ts';

const opts = { bits: 16 };
const norm = (v: { values: Float32Array }) => Math.sqrt(v.values.reduce((s, x) => s + x * x, 0));

describe('featurize', () => {
  it('is deterministic, L2-normalised and inside the hashed space', () => {
    const a = featurize('Pay the activation fee of $50 today', opts);
    const b = featurize('Pay the activation fee of $50 today', opts);
    expect([...a.indices]).toEqual([...b.indices]);
    expect(norm(a)).toBeCloseTo(1, 5);
    expect(Math.max(...a.indices)).toBeLessThan(1 << opts.bits);
  });

  it('gives the same features to full-width, accented, zero-width-broken and upper-case spellings', () => {
    const plain = featurize('pay the fee', opts);
    for (const variant of ['ＰＡＹ ＴＨＥ ＦＥＥ', 'PAY THE FEE', 'pa\u200By the fee', 'páy thé fée']) {
      const v = featurize(variant, opts);
      expect([...v.indices].sort(), variant).toEqual([...plain.indices].sort());
    }
  });

  it('gives scripts without spaces character n-grams', () => {
    const v = featurize('请先支付培训费', opts);
    // 7 characters: six bigrams, five trigrams, four 4-grams (with the padding spaces, more).
    expect(v.indices.length).toBeGreaterThanOrEqual(15);
  });

  it('reads a bounded prefix, so cost stays linear in the text', () => {
    const long = 'word '.repeat(MAX_FEATURE_CHARS);
    const longer = `${long}${'other text entirely '.repeat(500)}`;
    expect([...featurize(longer, opts).indices]).toEqual([...featurize(long, opts).indices]);
  });

  it('adds extras as separate features', () => {
    const without = featurize('hello', opts);
    const withExtra = featurize('hello', opts, ['meta:logo:0']);
    expect(withExtra.indices.length).toBe(without.indices.length + 1);
  });
});

describe('foldedWords and word buckets', () => {
  it('give the words and buckets featurize uses, with their positions in the folded text', () => {
    const text = 'Send the CODE';
    const words = foldedWords(foldString(text));
    expect(words.map((w) => w.word)).toEqual(['send', 'the', 'code']);
    expect(words[2]).toMatchObject({ start: 9, end: 13 });
    const all = new Set(featurize(text, opts).indices);
    let prev = 0;
    for (const w of words) {
      const { hash, bucket } = wordBucket(w.word, opts.bits);
      expect(all.has(bucket)).toBe(true);
      if (prev) expect(all.has(bigramBucket(prev, hash, opts.bits))).toBe(true);
      prev = hash;
    }
  });
});

describe('folding shared between the rules, the features and the spans', () => {
  it('folds to the same string with and without offsets, in any script', () => {
    for (const s of ['ＰＡＹ the Fée\u200B now', 'Переведи 500 ₽', '请把验证码发给我', 'مرحباً بك', 'नमस्ते दुनिया', 'ไม่ต้องจ่าย']) {
      expect(foldTextOnce(s).text).toBe(foldString(s));
      expect(foldTextOnce(s)).toBe(foldTextOnce(s)); // memo: the same object for the same text
    }
    expect(foldTextOnce('a').text).toBe('a');
    expect(foldTextOnce('B').text).toBe('b'); // a new text replaces the memo
  });
});
