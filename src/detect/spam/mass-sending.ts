// Mass sending: one account sending the same, or nearly the same, text to many distinct
// targets (jobs, freelancers, conversations) in a short window. The fingerprints live in the
// database (via FingerprintStore) so the check works across processes and restarts; this
// module only decides.

import type { Signal, Strength } from '../types.ts';
import { foldString, words } from './fold-text.ts';
import { hammingDistance, simhash } from './simhash.ts';

export type SendKind = 'message' | 'proposal' | 'invite' | 'job' | 'profile';

export interface FingerprintRecord {
  fingerprint: string;
  targetId: string;
  at: number;
}

/** Read side of the fingerprint table; the write side belongs to the wiring. */
export interface FingerprintStore {
  recent(accountId: string, sinceMs: number): Promise<FingerprintRecord[]>;
}

export interface MassSendingInput {
  accountId: string;
  text: string;
  targetId: string;
  atMs: number;
  kind: SendKind;
}

export interface MassSendingLimits {
  windowMs: number;
  /** Distinct targets (the current one included) that make it mass sending. */
  minTargets: number;
}

export interface MassSendingConfig {
  /** Fingerprints this many bits apart or closer count as the same text. */
  maxHamming: number;
  /** Short texts ("Thanks!", "Hi, are you available?") are legitimately repeated; ignore them. */
  minWords: number;
  limits: Record<SendKind, MassSendingLimits>;
}

const HOUR = 3_600_000;

export const DEFAULT_MASS_SENDING_CONFIG: MassSendingConfig = {
  // Proposals and messages are short (40-200 words): one edited greeting moves 3-7 of the 64
  // bits, while unrelated texts sit 32 ± 4 apart (P(≤ 8 bits by chance) ≈ 2e-10). The usual
  // web-page threshold of 3 would miss most copy-paste with a changed name.
  maxHamming: 8,
  minWords: 8,
  limits: {
    proposal: { windowMs: HOUR, minTargets: 10 },
    message: { windowMs: HOUR, minTargets: 10 },
    // Clients legitimately invite a handful of freelancers to one job; hundreds is a broadcast.
    invite: { windowMs: HOUR, minTargets: 25 },
    job: { windowMs: 24 * HOUR, minTargets: 5 },
    profile: { windowMs: 24 * HOUR, minTargets: 5 },
  },
};

/** The fingerprint to store for a text (16 hex digits). */
export function fingerprint(text: string): string {
  return simhash(text);
}

function strengthFor(ratio: number): Strength {
  if (ratio >= 4) return 'strong';
  if (ratio >= 2) return 'medium';
  return 'weak';
}

export function detectMassSending(
  input: MassSendingInput,
  recent: readonly FingerprintRecord[],
  cfg: MassSendingConfig = DEFAULT_MASS_SENDING_CONFIG,
): Signal[] {
  if (words(foldString(input.text)).length < cfg.minWords) return [];
  const limits = cfg.limits[input.kind];
  const own = fingerprint(input.text);
  const since = input.atMs - limits.windowMs;
  const targets = new Set<string>([input.targetId]);
  let firstAt = input.atMs;
  for (const record of recent) {
    if (record.at < since || record.at > input.atMs) continue;
    if (hammingDistance(own, record.fingerprint) > cfg.maxHamming) continue;
    targets.add(record.targetId);
    firstAt = Math.min(firstAt, record.at);
  }
  if (targets.size < limits.minTargets) return [];
  const ratio = targets.size / limits.minTargets;
  return [
    {
      type: 'spam.mass_sending',
      strength: strengthFor(ratio),
      // 0.5 at the threshold, approaching 1 as the count reaches 4× the threshold.
      score: Math.min(1, 0.5 + Math.log(ratio) / Math.log(4) / 2),
      evidence: {
        kind: input.kind,
        distinctTargets: targets.size,
        windowMs: limits.windowMs,
        firstSeenAt: firstAt,
        fingerprint: own,
      },
    },
  ];
}

/** Convenience for the wiring: read the window from the store, then decide. */
export async function detectMassSendingWithStore(
  store: FingerprintStore,
  input: MassSendingInput,
  cfg: MassSendingConfig = DEFAULT_MASS_SENDING_CONFIG,
): Promise<Signal[]> {
  const recent = await store.recent(input.accountId, input.atMs - cfg.limits[input.kind].windowMs);
  return detectMassSending(input, recent, cfg);
}
