// Loader and scoring for the labelled scam corpus (see LABELLING.md), shared by evaluate.ts
// and the floor test.

import { localeHint } from '../locale.ts';
import { readFileSync } from 'node:fs';
import { detectText } from '../../src/detect/index.ts';
import { LABEL_TO_SIGNAL_FAMILY } from '../../src/detect/learned/datasets.ts';
import { detectScam } from '../../src/detect/scam/detect-scam.ts';
import type { ContentKind, Signal } from '../../src/detect/types.ts';

export interface ScamExample {
  id: string;
  lang: string;
  kind: ContentKind;
  label: 'scam' | 'honest';
  types: string[];
  /** On blind sets 2 and 3: the issue-11 scam kind the text was written for. */
  scheme?: string;
  /** On blind set 8 on, honest texts only: the issue-11 scam kind the honest text was written to resemble. */
  like?: string;
  text: string;
}

/** `corpus.jsonl` is the development set of the lexicon; `heldout.jsonl` and `blind-*.jsonl` were written without reading it. */
export function loadScamCorpus(file: string = 'corpus.jsonl'): ScamExample[] {
  return readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as ScamExample);
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

function score(tp: number, fp: number, fn: number): Score {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export interface Evaluation {
  overall: Score;
  byType: Record<string, Score>;
  byLang: Record<string, Score>;
  errors: { id: string; expected: string[]; found: string[]; text: string }[];
}

export type ScamDetector = (e: ScamExample) => Signal[];

/** The phrase rules alone (what the floors in evaluate.test.ts guard). */
export const rulesDetector: ScamDetector = (e) => detectScam({ text: e.text, kind: e.kind, locale: localeHint(e.lang) });

/** The whole text screening (learned layer included), as `warden screen` runs it. */
export const screeningDetector: ScamDetector = (e) => detectText({ text: e.text, kind: e.kind, locale: localeHint(e.lang) });

/**
 * Overall: an example is flagged when any scam.* signal fires (with the screening detector,
 * spam.content too: honest look-alikes must not come out as spam either). Per type: that family fires.
 */
/** Whether a detector flags the example (any scam.* signal, or spam.content), as `evaluate` counts it. */
export function flagged(detect: ScamDetector, e: ScamExample): boolean {
  return detect(e).some((s) => (s.type.startsWith('scam.') && s.type !== 'scam.combined') || s.type === 'spam.content');
}

/** The signal family (`scam.<family>` without the prefix) a label names (datasets.ts LABEL_TO_SIGNAL_FAMILY). */
export const signalFamily = (label: string): string => LABEL_TO_SIGNAL_FAMILY[label] ?? label;

export function evaluate(examples: readonly ScamExample[], detect: ScamDetector = rulesDetector): Evaluation {
  const types = [...new Set(examples.flatMap((e) => e.types.map(signalFamily)))].sort();
  const typeCounts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const langCounts: Record<string, { tp: number; fp: number; fn: number }> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: Evaluation['errors'] = [];
  for (const e of examples) {
    const found = [
      ...new Set(
        detect(e)
          .filter((s) => s.type.startsWith('scam.') || s.type === 'spam.content')
          .map((s) => s.type.replace(/^scam\./, '')),
      ),
    ].filter((t) => t !== 'combined');
    const flagged = found.length > 0;
    const isScam = e.label === 'scam';
    const lang = (langCounts[e.lang] ??= { tp: 0, fp: 0, fn: 0 });
    if (flagged && isScam) {
      tp++;
      lang.tp++;
    } else if (flagged) {
      fp++;
      lang.fp++;
    } else if (isScam) {
      fn++;
      lang.fn++;
    }
    const expectedTypes = e.types.map(signalFamily);
    for (const t of types) {
      const expected = expectedTypes.includes(t);
      const got = found.includes(t);
      if (expected && got) typeCounts[t].tp++;
      else if (got) typeCounts[t].fp++;
      else if (expected) typeCounts[t].fn++;
    }
    const sortedFound = found.sort();
    if (sortedFound.join() !== [...expectedTypes].sort().join()) errors.push({ id: e.id, expected: expectedTypes, found: sortedFound, text: e.text });
  }
  return {
    overall: score(tp, fp, fn),
    byType: Object.fromEntries(Object.entries(typeCounts).map(([t, c]) => [t, score(c.tp, c.fp, c.fn)])),
    byLang: Object.fromEntries(Object.entries(langCounts).sort().map(([l, c]) => [l, score(c.tp, c.fp, c.fn)])),
    errors,
  };
}
