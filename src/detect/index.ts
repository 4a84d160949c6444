// All text detectors behind one call. Pure and synchronous: the same function serves the
// API, event hooks, `warden screen`, backtests and benchmarks.
import { detectContact } from './contact/detect-contact.ts';
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
}

export interface TextDetectionOptions {
  /** The spam model is trained from a corpus on first use; callers that need a fast start can skip it. */
  spamModel?: boolean;
}

const SPAM_MODEL_CHARS = 1_500;

export function detectText(input: TextDetectionInput, opts: TextDetectionOptions = {}): Signal[] {
  if (!input.text) return [];
  // Contact reads in windows itself; scam and link patterns are bounded the same way here, so
  // that screening time stays linear in the length of any text.
  const signals = [
    ...detectContact(input),
    ...detectInWindows(input.text, (text) => detectScam({ text, kind: input.kind, locale: input.locale })),
    ...detectInWindows(input.text, (text) => detectLinks(text)),
  ];
  // The content model reads the opening of long texts only: spam shows itself early, and the
  // model's cost grows with length (a 5,000-character proposal would dominate screening time).
  if (opts.spamModel !== false) signals.push(...detectSpamText(input.text.length > SPAM_MODEL_CHARS ? input.text.slice(0, SPAM_MODEL_CHARS) : input.text));
  return signals.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
}

export { maskText } from './contact/detect-contact.ts';
export { isScopingAccessRequest } from './contact/scoping.ts';
