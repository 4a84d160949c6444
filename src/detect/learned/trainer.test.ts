import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION, LinearTextModel } from './model.ts';
import { artifactFiles, fitPlatt, type LabelledText, saveModel, trainModel, trainModelCrossValidated } from './trainer.ts';

// A small synthetic task in two languages: requests for a fee vs ordinary project talk, with
// varied fillers so that the model must generalise from the key phrases to unseen sentences.
const FEE = [
  'pay the training fee',
  'send the activation fee',
  'transfer a refundable deposit',
  'paga la cuota de inscripción',
  'envía la tarifa de activación',
];
const WORK = [
  'the design review is on monday',
  'i pushed the fix to the branch',
  'la reunión es el lunes',
  'subí el cambio al repositorio',
  'the invoice is in the platform',
];
const FILLER = ['hello', 'thanks', 'please', 'today', 'hola', 'gracias', 'ok', 'before friday', 'antes del viernes', 'as discussed'];

function texts(n: number, offset: number): LabelledText[] {
  const out: LabelledText[] = [];
  for (let i = 0; i < n; i++) {
    const f1 = FILLER[(i + offset) % FILLER.length];
    const f2 = FILLER[(i * 3 + offset + 1) % FILLER.length];
    out.push({ text: `${f1} ${FEE[i % FEE.length]} ${f2}`, label: 'fee' });
    out.push({ text: `${f2} ${WORK[(i + offset) % WORK.length]} ${f1}`, label: 'honest' });
  }
  return out;
}

const OPTS = { name: 'toy', classes: ['honest', 'fee'], bits: 14, seed: 'toy-1', epochs: 5 };

describe('trainModel', () => {
  const trained = trainModel(texts(40, 0), texts(15, 5), OPTS);

  it('separates the classes on sentences it was not trained on', () => {
    expect(trained.model.predict('ok gracias paga la cuota de inscripción hoy').positive).toBeGreaterThan(0.5);
    expect(trained.model.predict('thanks, the design review is on monday as discussed').positive).toBeLessThan(0.5);
  });

  it('is reproducible: same data and seed give identical weights', () => {
    const again = trainModel(texts(40, 0), texts(15, 5), OPTS);
    expect(Buffer.from(again.weights.buffer).equals(Buffer.from(trained.weights.buffer))).toBe(true);
    const other = trainModel(texts(40, 0), texts(15, 5), { ...OPTS, seed: 'toy-2' });
    expect(Buffer.from(other.weights.buffer).equals(Buffer.from(trained.weights.buffer))).toBe(false);
  });

  it('writes byte-identical artifacts (header and weights) for the same data and seed', () => {
    const again = trainModel(texts(40, 0), texts(15, 5), OPTS);
    const a = artifactFiles(trained);
    const b = artifactFiles(again);
    expect(a.map((f) => f.name)).toEqual(['toy.json', 'toy.bin.gz']);
    for (const [i, f] of a.entries()) expect(f.bytes.equals(b[i].bytes), f.name).toBe(true);
  });

  it('orders thresholds weak ≤ medium ≤ strong', () => {
    const t = trained.header.thresholds;
    expect(t.weak).toBeLessThanOrEqual(t.medium);
    expect(t.medium).toBeLessThanOrEqual(t.strong);
  });

  it('round-trips through the committed artifact format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warden-model-'));
    try {
      saveModel(trained, dir);
      const loaded = LinearTextModel.load(dir, 'toy');
      const text = 'hello send the activation fee please';
      expect(loaded.predict(text).positive).toBeCloseTo(trained.model.predict(text).positive, 10);
      expect(JSON.parse(readFileSync(join(dir, 'toy.json'), 'utf8')).classes).toEqual(['honest', 'fee']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('points evidence at the words that carry the class', () => {
    const text = 'Hello! Please transfer a refundable deposit before Friday.';
    const span = trained.model.evidence(text, 'fee');
    expect(span).not.toBeNull();
    expect(['transfer', 'refundable', 'deposit', 'transfer a', 'a refundable', 'refundable deposit']).toContain(
      text.slice(span!.start, span!.end).toLowerCase(),
    );
  });

  it('refuses labels outside its classes', () => {
    expect(() => trainModel([{ text: 'x', label: 'other' }], [], OPTS)).toThrow(/unknown label/);
  });
});

// The scam gate's operating point (train.ts): out-of-fold scores of every text, per domain, set
// each threshold so that at most the domain's share of its honest texts scores above it.
describe('trainModelCrossValidated with calibration domains', () => {
  const grouped = (domain: string, offset: number) => texts(30, offset).map((t, i) => ({ ...t, domain, group: `${domain}-${offset}-${Math.floor(i / 2)}` }));
  const data = [...grouped('a', 0), ...grouped('b', 3)];
  const opts = {
    ...OPTS,
    calibrationDomains: { a: { weak: 0.1, medium: 0.05, strong: 0.05 }, b: { weak: 0.2, medium: 0.1, strong: 0.05 } },
    minThreshold: { weak: 0.01, medium: 0.01, strong: 0.01 },
  };
  const trained = trainModelCrossValidated(data, 5, opts);
  const record = trained.header.training.calibrationDomains as Record<string, { negatives: number; negativeRate: number; quantiles: Record<string, number> }>;

  it('scores every text out of fold and records each domain', () => {
    expect(trained.outOfFold?.every((x) => Number.isFinite(x))).toBe(true);
    expect(Object.keys(record).sort()).toEqual(['a', 'b']);
    expect(record.a.negatives).toBe(30);
  });

  it('takes each threshold as the highest domain quantile, and keeps each domain within its share', () => {
    for (const s of ['weak', 'medium', 'strong'] as const)
      expect(trained.header.thresholds[s]).toBeGreaterThanOrEqual(Math.max(record.a.quantiles[s], record.b.quantiles[s]));
    expect(trained.header.thresholds.weak).toBe(Math.max(record.a.quantiles.weak, record.b.quantiles.weak, 0.01));
    expect(record.a.negativeRate).toBeLessThanOrEqual(0.1);
    expect(record.b.negativeRate).toBeLessThanOrEqual(0.2);
  });

  it('is reproducible', () => {
    const again = trainModelCrossValidated(data, 5, opts);
    expect(again.header).toEqual(trained.header);
  });
});

describe('fitPlatt', () => {
  it('recovers a monotone mapping from scores to probabilities', () => {
    const xs = [-3, -2, -1, -0.5, 0.5, 1, 2, 3, -2.5, 2.5];
    const ys = [false, false, false, true, false, true, true, true, false, true];
    const { a, b } = fitPlatt(xs, ys);
    expect(a).toBeGreaterThan(0);
    const p = (x: number) => 1 / (1 + Math.exp(-(a * x + b)));
    expect(p(-3)).toBeLessThan(0.2);
    expect(p(3)).toBeGreaterThan(0.8);
  });
});

describe('a model restricted to some classes', () => {
  it('gives the full softmax renormalised over those classes', () => {
    const k = 4;
    const bits = 4;
    const weights = Int8Array.from({ length: k << bits }, (_, i) => ((i * 37) % 41) - 20);
    const header = {
      name: 't',
      featureVersion: FEATURE_VERSION,
      bits,
      classes: ['honest', 'a', 'b', 'c'],
      bias: [0.1, -0.2, 0.3, 0],
      scale: 0.05,
      calibration: { a: 1, b: 0 },
      thresholds: { weak: 0.5, medium: 0.7, strong: 0.9 },
      training: {},
    };
    const full = new LinearTextModel(header, weights);
    const sub = full.restrictedTo(['c', 'a']);
    const x = { indices: Uint32Array.from([1, 5, 9, 14]), values: Float32Array.from([0.5, 0.5, 0.5, 0.5]) };
    const p = full.predictVector(x).probabilities;
    const q = sub.predictVector(x).probabilities;
    expect(q[0]).toBeCloseTo(p[3] / (p[1] + p[3]), 10);
    expect(q[1]).toBeCloseTo(p[1] / (p[1] + p[3]), 10);
    expect(() => full.restrictedTo(['d'])).toThrow(/no class d/);
  });
});

// `npm run train -- --check` compares bytes: a committed header rewritten by a formatter (biome
// once folded its arrays onto one line) would differ from the trainer's output with the same
// weights, and nobody could tell a reformatting from a different model.
describe('committed artifacts', () => {
  it.each(['scam-gate', 'scam', 'job', 'message-spam', 'contact-intent'])('%s.json is byte for byte what saveModel writes for its header', (name) => {
    const written = readFileSync(new URL(`./models/${name}.json`, import.meta.url), 'utf8');
    expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
  });
});
