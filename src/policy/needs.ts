// Which signal types a policy set can act on, so screening runs only the detectors some live or
// shadow policy reads (a marketplace that enforces contact rules alone does not pay for the
// scam and spam models).
import type { PolicySet } from './store.ts';

const cache = new WeakMap<PolicySet, readonly string[]>();

/**
 * The signal-type patterns (exact types or `prefix*`) tested anywhere in the set's live and
 * shadow policies: rule conditions, exemptions, nested all/any/not. Cached per set object (the
 * policy cache hands out the same object until a policy changes).
 * @returns patterns in first-seen order, without repeats
 */
export function signalsNeeded(set: PolicySet): readonly string[] {
  const hit = cache.get(set);
  if (hit) return hit;
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'signal' && v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string') found.add((v as { type: string }).type);
        else walk(v);
      }
    }
  };
  for (const p of [...set.live, ...set.shadow]) walk(p.document);
  const needs = [...found];
  cache.set(set, needs);
  return needs;
}
