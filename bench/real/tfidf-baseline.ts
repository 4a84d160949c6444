// The reference point of issue 11: a plain TF-IDF + logistic-regression classifier (word
// uni- and bigrams, min document frequency 2, smoothed idf, L2-normalised rows, binary LR by
// Adagrad, threshold 0.5), trained on the same training split as Warden's models.

import { seededRandom, shuffle } from '../../src/detect/learned/trainer.ts';

const TOKEN = /[\p{L}\p{N}]+/gu;

function terms(text: string): string[] {
  const words = text.toLowerCase().match(TOKEN) ?? [];
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

export interface TfidfModel {
  predict(text: string): number;
}

export function trainTfidfBaseline(train: readonly { text: string; label: 0 | 1 }[], seed = 'tfidf-baseline'): TfidfModel {
  const df = new Map<string, number>();
  const docs = train.map((t) => terms(t.text));
  for (const d of docs) for (const term of new Set(d)) df.set(term, (df.get(term) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [term, n] of df) if (n >= 2) vocab.set(term, vocab.size);
  const idf = new Float64Array(vocab.size);
  for (const [term, i] of vocab) idf[i] = Math.log((1 + docs.length) / (1 + (df.get(term) ?? 0))) + 1;
  const vectorize = (ts: string[]) => {
    const counts = new Map<number, number>();
    for (const t of ts) {
      const i = vocab.get(t);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    let norm = 0;
    const entries = [...counts].map(([i, c]) => {
      const v = c * idf[i];
      norm += v * v;
      return [i, v] as const;
    });
    const inv = norm ? 1 / Math.sqrt(norm) : 0;
    return entries.map(([i, v]) => [i, v * inv] as const);
  };
  const rows = docs.map((d, i) => ({ x: vectorize(d), y: train[i].label }));
  const w = new Float64Array(vocab.size);
  const g2 = new Float64Array(vocab.size);
  let b = 0;
  let b2 = 0;
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  const pos = rows.filter((r) => r.y === 1).length;
  // Balanced class weights, as scikit-learn's class_weight="balanced".
  const weight = [rows.length / (2 * Math.max(1, rows.length - pos)), rows.length / (2 * Math.max(1, pos))];
  for (let epoch = 0; epoch < 15; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const { x, y } = rows[k];
      let z = b;
      for (const [i, v] of x) z += w[i] * v;
      const g = (1 / (1 + Math.exp(-z)) - y) * weight[y];
      b2 += g * g;
      b -= (0.5 * g) / Math.sqrt(b2 + 1e-8);
      for (const [i, v] of x) {
        const gi = g * v + 1e-5 * w[i];
        g2[i] += gi * gi;
        w[i] -= (0.5 * gi) / Math.sqrt(g2[i] + 1e-8);
      }
    }
  }
  return {
    predict(text) {
      let z = b;
      for (const [i, v] of vectorize(terms(text))) z += w[i] * v;
      return 1 / (1 + Math.exp(-z));
    },
  };
}
