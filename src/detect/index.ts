// All text detectors behind one call. Pure and synchronous: the same function serves the
// API, event hooks, `warden screen`, backtests and benchmarks.
//
// Scams and content spam are judged by the learned models (learned/, trained by `npm run
// train`); the phrase rules of scam/ run first and feed them (rule hits are model features and
// evidence spans) instead of deciding alone: on real job ads they flagged duties, qualifications
// and benefits ("handle deposits", "valid driver's license required") as requests to the reader.
import { detectContact, type PlatformIdentity } from './contact/detect-contact.ts';
import { detectContactIntent, detectLearned, type JobMeta } from './learned/index.ts';
import { detectInWindows } from './normalize/windows.ts';
import { detectScam } from './scam/detect-scam.ts';
import { detectSpamText } from './spam/classifier.ts';
import { detectLinks } from './spam/links.ts';
import type { ContentKind, Signal } from './types.ts';

export interface TextDetectionInput {
  text: string;
  kind: ContentKind;
  country?: string;
  locale?: string;
  /** The marketplace's own domains and addresses: mail to them is not contact off the platform. */
  platform?: PlatformIdentity;
  /** Job posts: what the marketplace knows about the post (company logo, salary, questions). */
  job?: JobMeta;
}

export interface TextDetectionOptions {
  /**
   * false: the rules-only screening of before the learned layer (scam phrase rules decide alone,
   * the e-mail naive-Bayes model judges content spam). Kept for comparisons (bench/real).
   */
  learned?: boolean;
  /** Rules-only path: the e-mail spam model is trained on first use; callers that need a fast start can skip it. */
  spamModel?: boolean;
  /**
   * Signal types the caller's policies can use (exact or `prefix*`, e.g. from policy/needs.ts):
   * learned models whose signals none of them matches are skipped. Absent: every model runs.
   */
  needs?: readonly string[];
}

const SPAM_MODEL_CHARS = 1_500;

export function detectText(input: TextDetectionInput, opts: TextDetectionOptions = {}): Signal[] {
  if (!input.text) return [];
  // Contact reads in windows itself; scam and link patterns are bounded the same way here, so
  // that screening time stays linear in the length of any text. The learned models read a
  // bounded prefix (learned/features.ts MAX_FEATURE_CHARS).
  const rules = detectInWindows(input.text, (text) => detectScam({ text, kind: input.kind, locale: input.locale }));
  const contact = detectContact(input);
  const signals = [...contact, ...detectInWindows(input.text, (text) => detectLinks(text))];
  // The contact-intent model (learned/contact-intent.ts) reads messages and proposals where the
  // rules found no intent; it was trained on chat, not job posts or profiles. Its readings are
  // gated (detectContactIntent): alone only at its medium threshold, beside an identifier at
  // weak, and always reported as weak, so the model alone never acts beyond one weak signal.
  if (opts.learned !== false && (input.kind === 'message' || input.kind === 'proposal')) signals.push(...detectContactIntent(input.text, contact, opts.needs));
  if (opts.learned === false) {
    signals.push(...rules);
    // The content model reads the opening of long texts only: spam shows itself early, and the
    // model's cost grows with length (a 5,000-character proposal would dominate screening time).
    if (opts.spamModel !== false) signals.push(...detectSpamText(input.text.length > SPAM_MODEL_CHARS ? input.text.slice(0, SPAM_MODEL_CHARS) : input.text));
  } else {
    signals.push(...detectLearned({ text: input.text, kind: input.kind, job: input.job, ruleSignals: rules, needs: opts.needs }));
  }
  return signals.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
}

export { findAcrossMessages, messageTail } from './contact/across-messages.ts';
export { maskText } from './contact/detect-contact.ts';
export { isScopingAccessRequest } from './contact/scoping.ts';
export type { JobMeta } from './learned/index.ts';
