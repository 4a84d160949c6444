// Generic, seeded trainer for hashed linear text classifiers (multinomial logistic regression).
//
// How to train another model (e.g. a multilingual "asks to move off the platform" intent model):
//
//   import { trainModel, saveModel } from '../learned/trainer.ts';
//   const model = trainModel(trainTexts, validationTexts, {
//     name: 'intent', classes: ['none', 'move_offplatform'], bits: 18, seed: 'intent-v1',
//   });
//   saveModel(model, new URL('./models/', import.meta.url));   // <name>.json + <name>.bin.gz
//   // at run time: LinearTextModel.load(new URL('./models/', import.meta.url), 'intent').predict(text)
//
// `trainTexts` and `validationTexts` are `{ text, label, extras?, weight? }` with `label` one of
// `classes` (classes[0] is the negative class). Split by group (near-duplicates and one author's
// texts on one side) before calling; the validation fold calibrates probabilities (Platt) and
// sets the strength thresholds, so keep a third, held-out part for reporting. Same inputs and
// seed give byte-identical artifacts.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Strength } from '../types.ts';
import { featurize, type SparseVector } from './features.ts';
import { calibrate, FEATURE_VERSION, LinearTextModel, logit, type ModelHeader } from './model.ts';

export interface LabelledText {
  text: string;
  label: string;
  /** Whole-string features (metadata, rule hits): see featurize(). */
  extras?: readonly string[];
  /** Sample weight (default 1). */
  weight?: number;
  /**
   * The kind of text, for calibration (`TrainOptions.calibrationDomains`): e.g. `real` (SMS,
   * job ads) or `marketplace` (written chat, proposals and posts). Absent: the default domain.
   */
  domain?: string;
  /**
   * The text's features, when the caller has already computed them with `featurize(text, { bits
   * }, extras)` (the same bits as the model): many trainings over one corpus (leave-one-set-out)
   * featurise each text once. Must be exactly what featurize gives, or the model learns another
   * input than screening shows it.
   */
  vector?: SparseVector;
}

export interface TrainOptions {
  name: string;
  /** classes[0] is the negative class whose complement is calibrated. */
  classes: string[];
  /** log2 of the hashed space; 16–18 keeps artifacts under ~1 MB gzipped. */
  bits: number;
  seed: string;
  epochs?: number;
  /** Adagrad base learning rate. */
  learningRate?: number;
  /** L2 penalty per update on the touched weights. */
  l2?: number;
  /**
   * Weigh classes by the square root of their inverse frequency (capped at 10×), so rare scam
   * kinds are learned without every honest text counting for almost nothing.
   */
  balance?: boolean;
  /**
   * How strength thresholds are set from the validation fold: each is the lowest calibrated
   * probability at which at most this share of negative validation texts scores higher.
   */
  maxNegativeRate?: Record<Strength, number>;
  /** Lower bounds for the thresholds whatever the validation fold says. */
  minThreshold?: Record<Strength, number>;
  /**
   * Per-domain shares of negative validation texts allowed above each threshold. When set, the
   * validation fold is read domain by domain: each listed domain weighs the same in the Platt fit
   * (whatever its size: a few hundred marketplace texts are not drowned by 1,500 SMS), and each
   * threshold is the highest of the domains' own (and `minThreshold`). Texts of unlisted domains
   * are calibrated with `maxNegativeRate` as one more domain.
   */
  calibrationDomains?: Record<string, Record<Strength, number>>;
  /** Weights below this fraction of the largest are stored as zero (smaller artifact). */
  pruneBelow?: number;
}

/** Deterministic PRNG (mulberry32) seeded from a string, for shuffles. */
export function seededRandom(seed: string): () => number {
  let a = 0;
  for (let i = 0; i < seed.length; i++) a = (Math.imul(a ^ seed.charCodeAt(i), 0x01000193) + 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

export interface TrainedModel {
  header: ModelHeader;
  weights: Int8Array;
  model: LinearTextModel;
  /** trainModelCrossValidated only: each text's out-of-fold raw score, for model selection. */
  outOfFold?: number[];
}

/**
 * Fits σ(a·x + b) to (x, y) by Newton's method (Platt scaling, with Platt's target smoothing);
 * `weights` (default 1 each) weigh the texts, and the smoothing counts weighted classes.
 */
export function fitPlatt(xs: readonly number[], ys: readonly boolean[], weights?: readonly number[]): { a: number; b: number } {
  const w0 = (i: number) => weights?.[i] ?? 1;
  let nPos = 0;
  let nNeg = 0;
  for (let i = 0; i < ys.length; i++) {
    if (ys[i]) nPos += w0(i);
    else nNeg += w0(i);
  }
  if (!nPos || !nNeg) return { a: 1, b: 0 };
  const tPos = (nPos + 1) / (nPos + 2);
  const tNeg = 1 / (nNeg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-6;
    let hAB = 0;
    let hBB = 1e-6;
    for (let i = 0; i < xs.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * xs[i] + b)));
      const d = (p - (ys[i] ? tPos : tNeg)) * w0(i);
      const w = p * (1 - p) * w0(i);
      gA += d * xs[i];
      gB += d;
      hAA += w * xs[i] * xs[i];
      hAB += w * xs[i];
      hBB += w;
    }
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const da = (hBB * gA - hAB * gB) / det;
    const db = (hAA * gB - hAB * gA) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** Weights of a multinomial logistic regression before calibration. */
interface Fitted {
  weights: Int8Array;
  bias: number[];
  scale: number;
  trainTexts: number;
}

function fitWeights(train: readonly LabelledText[], opts: TrainOptions): Fitted {
  const k = opts.classes.length;
  const dim = 1 << opts.bits;
  const classIndex = new Map(opts.classes.map((c, i) => [c, i]));
  const rows = train.map((t) => {
    const y = classIndex.get(t.label);
    if (y === undefined) throw new Error(`${opts.name}: unknown label ${t.label}`);
    return { x: t.vector ?? featurize(t.text, { bits: opts.bits }, t.extras), y, w: t.weight ?? 1 };
  });
  if (!rows.length) throw new Error(`${opts.name}: no training texts`);
  const classWeight = new Float64Array(k).fill(1);
  if (opts.balance) {
    const counts = new Float64Array(k);
    for (const r of rows) counts[r.y] += r.w;
    const total = counts.reduce((s, c) => s + c, 0);
    const present = counts.filter((c) => c > 0).length;
    for (let c = 0; c < k; c++) classWeight[c] = counts[c] ? Math.min(10, Math.sqrt(total / (present * counts[c]))) : 1;
  }
  const w = new Float32Array(dim * k);
  const g2 = new Float32Array(dim * k);
  const bias = new Float64Array(k);
  const bias2 = new Float64Array(k);
  const lr = opts.learningRate ?? 0.5;
  const l2 = opts.l2 ?? 1e-5;
  const random = seededRandom(opts.seed);
  const order = rows.map((_, i) => i);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < (opts.epochs ?? 12); epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { x, y, w: sw } = rows[i];
      z.set(bias);
      for (let j = 0; j < x.indices.length; j++) {
        const base = x.indices[j] * k;
        for (let c = 0; c < k; c++) z[c] += x.values[j] * w[base + c];
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) max = Math.max(max, z[c]);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp(z[c] - max);
        sum += z[c];
      }
      const scale = sw * classWeight[y];
      for (let c = 0; c < k; c++) {
        const g = (z[c] / sum - (c === y ? 1 : 0)) * scale;
        z[c] = g;
        bias2[c] += g * g;
        bias[c] -= (lr * g) / Math.sqrt(bias2[c] + 1e-8);
      }
      for (let j = 0; j < x.indices.length; j++) {
        const base = x.indices[j] * k;
        const v = x.values[j];
        for (let c = 0; c < k; c++) {
          const idx = base + c;
          const g = z[c] * v + l2 * w[idx];
          g2[idx] += g * g;
          w[idx] -= (lr * g) / Math.sqrt(g2[idx] + 1e-8);
        }
      }
    }
  }
  // Quantise: int8 with one scale; tiny weights become zero (they barely move a score and
  // would otherwise keep the artifact from compressing).
  let maxAbs = 0;
  for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127 || 1;
  const prune = (opts.pruneBelow ?? 0.01) * maxAbs;
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.abs(w[i]) < prune ? 0 : Math.round(w[i] / scale);
  return { weights, bias: [...bias], scale, trainTexts: rows.length };
}

function uncalibrated(fit: Fitted, opts: TrainOptions): LinearTextModel {
  const header: ModelHeader = {
    name: opts.name,
    featureVersion: FEATURE_VERSION,
    bits: opts.bits,
    classes: opts.classes,
    bias: fit.bias,
    scale: fit.scale,
    calibration: { a: 1, b: 0 },
    thresholds: { weak: 2, medium: 2, strong: 2 },
    training: {},
  };
  return new LinearTextModel(header, fit.weights);
}

/**
 * A model fitted on `train` without calibration (identity Platt, thresholds above 1): for callers
 * that calibrate and set thresholds themselves from held-apart scores (e.g. leave-one-set-out
 * in contact-intent.ts). Same inputs and seed, same weights as trainModel's.
 */
export function fitUncalibrated(train: readonly LabelledText[], opts: TrainOptions): { model: LinearTextModel; weights: Int8Array } {
  const fit = fitWeights(train, opts);
  return { model: uncalibrated(fit, opts), weights: fit.weights };
}

/** Raw (uncalibrated) probability of "not classes[0]" for each text. */
function rawScores(model: LinearTextModel, texts: readonly LabelledText[]): number[] {
  return texts.map((t) => 1 - model.predictVector(featurize(t.text, { bits: model.header.bits }, t.extras) as SparseVector).probabilities[0]);
}

/** The calibrated score of the negative text ranked just past `rate` of `negatives` (sorted high to low), nudged above it. */
function quantileThreshold(negatives: readonly number[], rate: number, floor: number): number {
  const atLimit = negatives[Math.floor(rate * negatives.length)] ?? 0;
  return Math.min(0.999, Math.max(floor, atLimit + 1e-6));
}

/**
 * Platt calibration and strength thresholds from held-apart scores. With
 * `opts.calibrationDomains`, each domain of `domains` weighs the same in the fit and bounds each
 * threshold by its own negatives (see TrainOptions).
 */
function finish(
  fit: Fitted,
  opts: TrainOptions,
  raw: readonly number[],
  isPositive: readonly boolean[],
  record: Record<string, unknown>,
  domains: readonly (string | undefined)[] = [],
): TrainedModel {
  const rates = opts.maxNegativeRate ?? { weak: 0.03, medium: 0.01, strong: 0.003 };
  const floor = opts.minThreshold ?? { weak: 0.5, medium: 0.7, strong: 0.9 };
  const byDomain = opts.calibrationDomains;
  const domainOf = (i: number) => (byDomain && domains[i] && byDomain[domains[i]] ? (domains[i] as string) : '');
  const sizes = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) sizes.set(domainOf(i), (sizes.get(domainOf(i)) ?? 0) + 1);
  // Equal total weight per domain (mean weight 1): the fit is not the largest domain's alone.
  const weights = byDomain ? raw.map((_, i) => raw.length / (sizes.size * (sizes.get(domainOf(i)) ?? 1))) : undefined;
  const calibration = fitPlatt(raw.map(logit), isPositive, weights);
  const calibrated = raw.map((r) => calibrate(calibration, r));
  const negativesOf = (d: string | undefined) => calibrated.filter((_, i) => !isPositive[i] && (d === undefined || domainOf(i) === d)).sort((a, b) => b - a);
  const negatives = negativesOf(undefined);
  const domainRates: [string, Record<Strength, number>][] = byDomain ? [...sizes.keys()].map((d) => [d, d ? byDomain[d] : rates]) : [['', rates]];
  const domainNegatives = new Map(domainRates.map(([d]) => [d, byDomain ? negativesOf(d) : negatives]));
  // What each domain's own honest texts ask for, before the floors (recorded: the numbers the
  // thresholds come from).
  const asked = (d: string, r: Record<Strength, number>, s: Strength) => quantileThreshold(domainNegatives.get(d) ?? [], r[s], 0);
  const thresholdFor = (s: Strength) => Math.max(floor[s], ...domainRates.map(([d, r]) => asked(d, r, s)));
  const thresholds = { weak: thresholdFor('weak'), medium: 0, strong: 0 };
  thresholds.medium = Math.max(thresholds.weak, thresholdFor('medium'));
  thresholds.strong = Math.max(thresholds.medium, thresholdFor('strong'));
  if (byDomain) {
    // Each domain's share of negatives and positives above the weak threshold (printed by train.ts).
    record.calibrationDomains = Object.fromEntries(
      domainRates.map(([d]) => {
        const of = raw.map((_, i) => i).filter((i) => domainOf(i) === d);
        const neg = of.filter((i) => !isPositive[i]);
        const pos = of.filter((i) => isPositive[i]);
        const above = (ix: number[]) => (ix.length ? ix.filter((i) => calibrated[i] >= thresholds.weak).length / ix.length : 0);
        const r = domainRates.find(([k]) => k === d)?.[1] ?? rates;
        const quantiles = { weak: asked(d, r, 'weak'), medium: asked(d, r, 'medium'), strong: asked(d, r, 'strong') };
        return [d || 'other', { texts: of.length, negatives: neg.length, quantiles, negativeRate: above(neg), recall: above(pos) }];
      }),
    );
  }
  const flagged = calibrated.map((p) => p >= thresholds.weak);
  const tp = flagged.filter((f, i) => f && isPositive[i]).length;
  const fp = flagged.filter((f, i) => f && !isPositive[i]).length;
  const pos = isPositive.filter(Boolean).length;
  const header: ModelHeader = {
    ...uncalibrated(fit, opts).header,
    calibration,
    thresholds,
    training: {
      seed: opts.seed,
      trainTexts: fit.trainTexts,
      epochs: opts.epochs ?? 12,
      learningRate: opts.learningRate ?? 0.5,
      l2: opts.l2 ?? 1e-5,
      nonZeroWeights: fit.weights.reduce((n, v) => n + (v ? 1 : 0), 0),
      ...record,
      calibrationFigures: { precision: tp + fp ? tp / (tp + fp) : 1, recall: pos ? tp / pos : 1, negativeRate: negatives.length ? fp / negatives.length : 0 },
    },
  };
  return { header, weights: fit.weights, model: new LinearTextModel(header, fit.weights) };
}

/**
 * Trains a multinomial logistic regression on hashed features with Adagrad, quantises the
 * weights to int8, calibrates on `validation` (Platt) and sets the strength thresholds there.
 * @throws when a label is not one of `opts.classes` or there is nothing to train on.
 */
export function trainModel(train: readonly LabelledText[], validation: readonly LabelledText[], opts: TrainOptions): TrainedModel {
  const fit = fitWeights(train, opts);
  const raw = rawScores(uncalibrated(fit, opts), validation);
  return finish(
    fit,
    opts,
    raw,
    validation.map((t) => t.label !== opts.classes[0]),
    { calibratedOn: `validation fold (${validation.length} texts)` },
    validation.map((t) => t.domain),
  );
}

/**
 * k models on grouped folds give out-of-fold scores for every text, which calibrate and set
 * thresholds (per `opts.calibrationDomains` domain, as trainModel) for a final model trained on
 * everything. Texts of one group (near-duplicates, one company, one template's translations)
 * share a fold. Costs k + 1 trainings, and in return every text sets the operating point instead
 * of one validation fold's: a quantile of thousands of honest scores moves little when a
 * retrain adds a few hundred texts (the job model: small data; the scam gate: a steady operating
 * point).
 */
export function trainModelCrossValidated(
  data: readonly (LabelledText & { group: string; score?: boolean })[],
  folds: number,
  opts: TrainOptions,
): TrainedModel {
  const raw = outOfFoldScores(data, folds, opts);
  const fit = fitWeights(data, opts);
  // Texts marked score: false are trained on only: calibration and thresholds come from the rest.
  const scored = data.map((_, i) => i).filter((i) => !Number.isNaN(raw[i]));
  const trained = finish(
    fit,
    opts,
    scored.map((i) => raw[i]),
    scored.map((i) => data[i].label !== opts.classes[0]),
    { calibratedOn: `${folds}-fold grouped out-of-fold scores (${scored.length} of ${data.length} training texts)` },
    scored.map((i) => data[i].domain),
  );
  return { ...trained, outOfFold: raw };
}

/** The fold (0 … folds − 1) of a group: a hash of its key, so a group never straddles folds. */
export function foldOfGroup(group: string, folds: number): number {
  let h = 0;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}

/**
 * Grouped k-fold cross-validation: each text's raw (uncalibrated) probability of "not
 * classes[0]" from a model trained on the other folds. Texts with `score: false` are trained on
 * but not scored (their entry is NaN), e.g. extra training texts that are not part of the
 * evaluated set.
 */
export function outOfFoldScores(data: readonly (LabelledText & { group: string; score?: boolean })[], folds: number, opts: TrainOptions): number[] {
  const foldOf = data.map((t) => foldOfGroup(t.group, folds));
  const raw = new Array<number>(data.length).fill(Number.NaN);
  for (let f = 0; f < folds; f++) {
    const inFold = data.map((_, i) => i).filter((i) => foldOf[i] === f && data[i].score !== false);
    if (!inFold.length) continue;
    const model = uncalibrated(
      fitWeights(
        data.filter((_, i) => foldOf[i] !== f),
        opts,
      ),
      opts,
    );
    const scores = rawScores(
      model,
      inFold.map((i) => data[i]),
    );
    inFold.forEach((i, j) => {
      raw[i] = scores[j];
    });
  }
  return raw;
}

/**
 * The committed artifact's two files as bytes: `<name>.json` (the header, JSON with two-space
 * indent and a final newline) and `<name>.bin.gz` (int8 weights, gzip level 9). Deterministic:
 * same model, same bytes. The JSON is written as-is and never reformatted (biome.json excludes
 * models/), so `npm run train -- --check` can compare bytes.
 */
export function artifactFiles(trained: TrainedModel): { name: string; bytes: Buffer }[] {
  const weights = new Uint8Array(trained.weights.buffer, trained.weights.byteOffset, trained.weights.byteLength);
  return [
    { name: `${trained.header.name}.json`, bytes: Buffer.from(`${JSON.stringify(trained.header, null, 2)}\n`) },
    { name: `${trained.header.name}.bin.gz`, bytes: gzipSync(weights, { level: 9 }) },
  ];
}

/** Writes `<dir>/<name>.json` and `<dir>/<name>.bin.gz` (artifactFiles: deterministic bytes). */
export function saveModel(trained: TrainedModel, dir: string | URL): void {
  const base = typeof dir === 'string' ? dir : fileURLToPath(dir);
  mkdirSync(base, { recursive: true });
  for (const f of artifactFiles(trained)) writeFileSync(`${base}/${f.name}`, f.bytes);
}

/**
 * `--check` of the training scripts: compares each artifact of `trained` byte for byte with the
 * committed one in `dir`, prints one line per file, and returns the names that differ (none: the
 * committed model is exactly what training makes of its data).
 */
export function differingArtifacts(trained: TrainedModel, dir: URL): string[] {
  const differing: string[] = [];
  for (const f of artifactFiles(trained)) {
    const committed = new URL(f.name, dir);
    const same = existsSync(committed) && readFileSync(committed).equals(f.bytes);
    console.log(`  ${f.name}: ${same ? 'identical to the committed artifact' : 'DIFFERS from the committed artifact'}`);
    if (!same) differing.push(f.name);
  }
  return differing;
}
