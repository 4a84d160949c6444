// A trained linear text classifier as committed in models/: a JSON header (classes, hashed
// space, bias, calibration, thresholds, training record) and gzipped int8 weights. Loaded once
// per process; scoring a text is one pass over its hashed features (see features.ts).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { foldTextOnce, originalSpan } from '../spam/fold-text.ts';
import type { Strength } from '../types.ts';
import { bigramBucket, featurize, foldedWords, MAX_FEATURE_CHARS, type SparseVector, wordBucket } from './features.ts';

export interface ModelHeader {
  name: string;
  /** Bump when features.ts changes hashing, so stale artifacts are refused. */
  featureVersion: number;
  bits: number;
  /** Class names; classes[0] is the negative class ("honest"). */
  classes: string[];
  bias: number[];
  /** Weight = int8 × scale. */
  scale: number;
  /** Platt scaling of logit(1 − p(classes[0])), fitted on the validation fold: p = σ(a·x + b). */
  calibration: { a: number; b: number };
  /** Calibrated probability at which a signal of each strength is emitted. */
  thresholds: Record<Strength, number>;
  /** Free-form record of the training run (data sizes, seed, validation figures). */
  training: Record<string, unknown>;
}

export const FEATURE_VERSION = 1;

export interface Prediction {
  /** Softmax probability of every class, in header order. */
  probabilities: Float64Array;
  /** Calibrated probability that the text is not of the negative class. */
  positive: number;
  /** The most probable non-negative class. */
  topClass: string;
  /** Strength for `positive`, or null below the weak threshold. */
  strength: Strength | null;
}

export class LinearTextModel {
  readonly header: ModelHeader;
  private readonly weights: Int8Array;
  private readonly k: number;

  constructor(header: ModelHeader, weights: Int8Array) {
    if (header.featureVersion !== FEATURE_VERSION)
      throw new Error(`model ${header.name}: feature version ${header.featureVersion}, expected ${FEATURE_VERSION}`);
    if (weights.length !== header.classes.length << header.bits)
      throw new Error(`model ${header.name}: ${weights.length} weights for ${header.classes.length} × 2^${header.bits}`);
    this.header = header;
    this.weights = weights;
    this.k = header.classes.length;
  }

  /** Loads `<dir>/<name>.json` and `<dir>/<name>.bin.gz`. */
  static load(dir: string | URL, name: string): LinearTextModel {
    const base = typeof dir === 'string' ? dir : fileURLToPath(dir);
    const header = JSON.parse(readFileSync(`${base}/${name}.json`, 'utf8')) as ModelHeader;
    const raw = gunzipSync(readFileSync(`${base}/${name}.bin.gz`));
    return new LinearTextModel(header, new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  }

  vector(text: string, extras: readonly string[] = []): SparseVector {
    return featurize(text, { bits: this.header.bits }, extras);
  }

  /** Raw class scores (logits) of a feature vector. */
  logits(x: SparseVector): Float64Array {
    const { k, weights } = this;
    const z = Float64Array.from(this.header.bias);
    const scale = this.header.scale;
    for (let i = 0; i < x.indices.length; i++) {
      const base = x.indices[i] * k;
      const v = x.values[i] * scale;
      for (let c = 0; c < k; c++) z[c] += v * weights[base + c];
    }
    return z;
  }

  /**
   * This model restricted to some of its classes, weights laid out anew (class count × 2^bits
   * int8): scoring touches fewer bytes per feature (16 scam kinds = 16 bytes, a quarter of a
   * cache line, instead of 18 straddling two). Its softmax is the full model's renormalised over
   * those classes. Calibration and thresholds are not carried over (use `probabilities` only).
   */
  restrictedTo(classes: readonly string[]): LinearTextModel {
    const idx = classes.map((c) => {
      const i = this.header.classes.indexOf(c);
      if (i < 0) throw new Error(`model ${this.header.name}: no class ${c}`);
      return i;
    });
    const n = 1 << this.header.bits;
    const k = idx.length;
    const weights = new Int8Array(n * k);
    for (let b = 0; b < n; b++) for (let j = 0; j < k; j++) weights[b * k + j] = this.weights[b * this.k + idx[j]];
    const header: ModelHeader = {
      ...this.header,
      classes: [...classes],
      bias: idx.map((i) => this.header.bias[i]),
      thresholds: { weak: 2, medium: 2, strong: 2 },
    };
    return new LinearTextModel(header, weights);
  }

  predictVector(x: SparseVector): Prediction {
    const z = this.logits(x);
    let max = Number.NEGATIVE_INFINITY;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    const p = new Float64Array(z.length);
    for (let c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    let top = 1;
    for (let c = 0; c < z.length; c++) {
      p[c] /= sum;
      if (c > 0 && p[c] > p[top]) top = c;
    }
    const positive = calibrate(this.header.calibration, 1 - p[0]);
    const t = this.header.thresholds;
    const strength: Strength | null = positive >= t.strong ? 'strong' : positive >= t.medium ? 'medium' : positive >= t.weak ? 'weak' : null;
    return { probabilities: p, positive, topClass: this.header.classes[top] ?? this.header.classes[0], strength };
  }

  predict(text: string, extras: readonly string[] = []): Prediction {
    return this.predictVector(this.vector(text, extras));
  }

  /**
   * The span of the original text that pushes hardest towards `cls` against the negative class:
   * the word or word pair with the largest weight difference (class minus negative class).
   * Null when no word pushes that way. Only called for texts already flagged.
   */
  evidence(text: string, cls: string): { start: number; end: number } | null {
    const c = this.header.classes.indexOf(cls);
    if (c <= 0) return null;
    const { bits } = this.header;
    const folded = foldTextOnce(text.length > MAX_FEATURE_CHARS ? text.slice(0, MAX_FEATURE_CHARS) : text);
    const words = foldedWords(folded.text);
    const push = (bucket: number) => this.weights[bucket * this.k + c] - this.weights[bucket * this.k];
    let best = 0;
    let span: [number, number] | null = null;
    let prevHash = 0;
    for (let i = 0; i < words.length; i++) {
      const { hash, bucket } = wordBucket(words[i].word, bits);
      const w = push(bucket);
      if (w > best) {
        best = w;
        span = [words[i].start, words[i].end];
      }
      if (i > 0) {
        const wb = push(bigramBucket(prevHash, hash, bits));
        if (wb > best) {
          best = wb;
          span = [words[i - 1].start, words[i].end];
        }
      }
      prevHash = hash;
    }
    return span ? originalSpan(folded, span[0], span[1]) : null;
  }
}

export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

export function calibrate(cal: { a: number; b: number }, rawPositive: number): number {
  return 1 / (1 + Math.exp(-(cal.a * logit(rawPositive) + cal.b)));
}
