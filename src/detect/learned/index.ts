// The learned layer of text screening: the scam-kind model for every kind of content, the
// fake-job model for job posts, the message-spam model for messages and profiles (the e-mail
// naive Bayes of spam/ judges nothing here; proposals are judged for spam by sending behaviour). Models are the committed artifacts in models/ (trained by
// `npm run train`), loaded once per process on first use (or eagerly with loadLearnedModels()).

import type { ContentKind, Signal, Strength } from '../types.ts';
import { type JobMeta, jobMetaExtras } from './datasets.ts';
import { LinearTextModel } from './model.ts';

export type { JobMeta } from './datasets.ts';
export { LinearTextModel } from './model.ts';

const MODELS_DIR = new URL('./models/', import.meta.url);

let scamModel: LinearTextModel | undefined;
let jobModel: LinearTextModel | undefined;
let spamModel: LinearTextModel | undefined;

/** Loads the models (about 50 ms); later calls return the loaded ones. */
export function loadLearnedModels(): { scam: LinearTextModel; job: LinearTextModel; spam: LinearTextModel } {
  scamModel ??= LinearTextModel.load(MODELS_DIR, 'scam');
  jobModel ??= LinearTextModel.load(MODELS_DIR, 'job');
  spamModel ??= LinearTextModel.load(MODELS_DIR, 'message-spam');
  if (jobModel.header.bits !== scamModel.header.bits || spamModel.header.bits !== scamModel.header.bits) {
    throw new Error('the learned models must share one hashed space (bits)');
  }
  return { scam: scamModel, job: jobModel, spam: spamModel };
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
 * Strength comes from the calibrated probability and the model's thresholds (models/*.json);
 * `score` is that probability. Spans: the rule's span of the same kind when a rule fired,
 * else the word or word pair that weighs most towards the kind.
 */
export function detectLearned(input: LearnedInput): Signal[] {
  const { scam, job, spam } = loadLearnedModels();
  const rules = input.ruleSignals ?? [];
  const extras = [...new Set(rules.filter((s) => s.type !== 'scam.combined').map((s) => `rule:${s.type}`))];
  if (input.kind === 'job') extras.push(...jobMetaExtras(input.job));
  // Both models share one hashed space, so a job post is featurised once for both.
  const x = scam.vector(input.text, extras);
  const signals: Signal[] = [];
  const p = scam.predictVector(x);
  if (p.strength) {
    const classes = scam.header.classes;
    const mass = 1 - p.probabilities[0];
    const kinds = classes
      .map((c, i) => ({ c, share: p.probabilities[i] / mass }))
      .filter(({ c, share }, i) => i > 0 && (c === p.topClass || share >= SECOND_KIND_SHARE));
    for (const { c } of kinds) {
      if (c === 'spam') {
        if (input.kind === 'message' || input.kind === 'profile')
          signals.push({ type: 'spam.content', strength: p.strength, score: p.positive, evidence: { model: 'scam' } });
        continue;
      }
      signals.push({
        type: `scam.${c}`,
        strength: p.strength,
        score: p.positive,
        ...spanFor(scam, input.text, c, rules),
        evidence: { kind: input.kind, model: 'scam' },
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
