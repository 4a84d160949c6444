// The learned layer of text screening: the scam gate and scam-kind models for every kind of content, the
// fake-job model for job posts, the message-spam model for messages and profiles (the e-mail
// naive Bayes of spam/ judges nothing here; proposals are judged for spam by sending behaviour). Models are the committed artifacts in models/ (trained by
// `npm run train`), loaded once per process on first use (or eagerly with loadLearnedModels()).

import type { ContentKind, Signal, Strength } from '../types.ts';
import { type JobMeta, jobMetaExtras } from './datasets.ts';
import { LinearTextModel } from './model.ts';

export type { JobMeta } from './datasets.ts';
export { LinearTextModel } from './model.ts';

const MODELS_DIR = new URL('./models/', import.meta.url);

let gateModel: LinearTextModel | undefined;
let scamModel: LinearTextModel | undefined;
let jobModel: LinearTextModel | undefined;
let spamModel: LinearTextModel | undefined;

/** Loads the models (about 50 ms); later calls return the loaded ones. */
export function loadLearnedModels(): { gate: LinearTextModel; scam: LinearTextModel; job: LinearTextModel; spam: LinearTextModel } {
  gateModel ??= LinearTextModel.load(MODELS_DIR, 'scam-gate');
  scamModel ??= LinearTextModel.load(MODELS_DIR, 'scam');
  jobModel ??= LinearTextModel.load(MODELS_DIR, 'job');
  spamModel ??= LinearTextModel.load(MODELS_DIR, 'message-spam');
  const bits = scamModel.header.bits;
  if ([gateModel, jobModel, spamModel].some((m) => m.header.bits !== bits)) throw new Error('the learned models must share one hashed space (bits)');
  return { gate: gateModel, scam: scamModel, job: jobModel, spam: spamModel };
}

export interface LearnedInput {
  text: string;
  kind: ContentKind;
  /** What the marketplace sends with a job post (job.posted); absent for other kinds. */
  job?: JobMeta;
  /** Signals of the rule detector on the same text: their families are model features and their spans evidence. */
  ruleSignals?: readonly Signal[];
}

/** A second scam kind is reported when it holds at least this share of the non-honest probability. */
const SECOND_KIND_SHARE = 0.35;

function spanFor(model: LinearTextModel, text: string, cls: string, rules: readonly Signal[]): Pick<Signal, 'start' | 'end' | 'text'> {
  const rule = rules.find((s) => s.type === `scam.${cls}` && s.start !== undefined);
  const span = rule?.start !== undefined && rule.end !== undefined ? { start: rule.start, end: rule.end } : model.evidence(text, cls);
  return span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : {};
}

/**
 * Learned scam and spam signals of a text.
 * - `scam.<kind>` (kinds: see train.ts SCAM_CLASSES) for any content kind;
 * - `spam.content` for messages and profiles only, from the message-spam model (for proposals
 *   and jobs, sending behaviour is the spam evidence).
 * - `scam.fake_job` for job posts, from the text and the post's metadata.
 * Strength comes from the calibrated probability and the model's thresholds (models/*.json;
 * for scam kinds the gate's); `score` is that probability. Spans: the rule's span of the same kind when a rule fired,
 * else the word or word pair that weighs most towards the kind.
 */
export function detectLearned(input: LearnedInput): Signal[] {
  const { gate, scam, job, spam } = loadLearnedModels();
  const rules = input.ruleSignals ?? [];
  const extras = [...new Set(rules.filter((s) => s.type !== 'scam.combined').map((s) => `rule:${s.type}`))];
  if (input.kind === 'job') extras.push(...jobMetaExtras(input.job));
  // Both models share one hashed space, so a job post is featurised once for both.
  const x = scam.vector(input.text, extras);
  const signals: Signal[] = [];
  // The two-class gate decides whether and how strongly; the kind model names the kind.
  const g = gate.predictVector(x);
  if (g.strength) {
    const p = scam.predictVector(x).probabilities;
    const classes = scam.header.classes;
    // Among the scam kinds only (honest and spam are the gate's business).
    let mass = 0;
    let top = -1;
    for (let i = 0; i < classes.length; i++) {
      if (classes[i] === 'honest' || classes[i] === 'spam') continue;
      mass += p[i];
      if (top < 0 || p[i] > p[top]) top = i;
    }
    for (let i = 0; i < classes.length; i++) {
      if (classes[i] === 'honest' || classes[i] === 'spam') continue;
      if (i !== top && p[i] / mass < SECOND_KIND_SHARE) continue;
      signals.push({
        type: `scam.${classes[i]}`,
        strength: g.strength,
        score: g.positive,
        ...spanFor(scam, input.text, classes[i], rules),
        evidence: { kind: input.kind, model: 'scam-gate' },
      });
    }
  }
  if (input.kind === 'message' || input.kind === 'profile') {
    const q = spam.predictVector(x);
    if (q.strength) signals.push({ type: 'spam.content', strength: q.strength, score: q.positive, evidence: { model: 'message-spam' } });
  }
  if (input.kind === 'job') {
    const j = job.predictVector(x);
    if (j.strength) signals.push(fakeJobSignal(job, input.text, j.strength, j.positive));
  }
  return signals;
}

function fakeJobSignal(model: LinearTextModel, text: string, strength: Strength, score: number): Signal {
  const span = model.evidence(text, 'fake_job');
  return {
    type: 'scam.fake_job',
    strength,
    score,
    ...(span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : {}),
    evidence: { kind: 'job', model: 'job' },
  };
}
