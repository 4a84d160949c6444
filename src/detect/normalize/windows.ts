// Bounded reading for detectors: a long text is read as overlapping windows of at most
// WINDOW_CHARS characters, so whatever a pattern costs on one window, a text costs at most
// (length / step) windows of it — linear in its length. Without this, one pattern that
// backtracks over a run of digits made "7" × 48,000 take 43 s to screen.
import type { Signal } from '../types.ts';

/** Characters one window holds (UTF-16 code units). */
export const WINDOW_CHARS = 2_048;
/**
 * Characters two neighbouring windows share: every finding shorter than this (identifiers
 * with the words that introduce them) lies whole inside at least one window.
 */
export const WINDOW_OVERLAP = 320;

/**
 * Cuts [0, length) into windows [start, end) of at most WINDOW_CHARS, each starting
 * WINDOW_OVERLAP before the previous one ends. A cut falls on a line break or a space when
 * there is one in the last quarter of a window, and never between the halves of a surrogate
 * pair.
 */
export function windowBounds(text: string): [number, number][] {
  const n = text.length;
  if (n <= WINDOW_CHARS) return [[0, n]];
  const out: [number, number][] = [];
  let start = 0;
  for (;;) {
    let end = start + WINDOW_CHARS;
    if (end >= n) {
      out.push([start, n]);
      return out;
    }
    const floor = end - (WINDOW_CHARS >> 2);
    let cut = end;
    while (cut > floor && !isBreak(text.charCodeAt(cut - 1))) cut--;
    if (cut > floor) end = cut;
    else if (isLowSurrogate(text.charCodeAt(end))) end--;
    out.push([start, end]);
    let next = end - WINDOW_OVERLAP;
    if (isLowSurrogate(text.charCodeAt(next))) next--;
    start = next;
  }
}

function isBreak(c: number): boolean {
  return c === 10 || c === 32 || c === 9 || c === 13;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Runs `detect` on every window of `text` and returns its signals with spans shifted to the
 * whole text. A finding seen by two windows is kept once: of overlapping findings of one
 * type, the widest. Signals without a span (summaries such as scam.combined) are kept once
 * per type.
 */
export function detectInWindows(text: string, detect: (slice: string) => Signal[]): Signal[] {
  const bounds = windowBounds(text);
  if (bounds.length === 1) return detect(text);
  const spanned: Signal[] = [];
  const unspanned = new Map<string, Signal>();
  for (const [from, to] of bounds) {
    for (const s of detect(text.slice(from, to))) {
      if (s.start === undefined || s.end === undefined) {
        const seen = unspanned.get(s.type);
        if (!seen || s.score > seen.score) unspanned.set(s.type, s);
        continue;
      }
      spanned.push({ ...s, start: s.start + from, end: s.end + from });
    }
  }
  spanned.sort((a, b) => (a.start as number) - (b.start as number) || (b.end as number) - (a.end as number));
  const kept: Signal[] = [];
  // Last kept finding per type: findings come sorted by start, so only it can overlap.
  const lastOfType = new Map<string, Signal>();
  for (const s of spanned) {
    const last = lastOfType.get(s.type);
    if (last && (s.start as number) < (last.end as number)) {
      if ((s.end as number) > (last.end as number)) {
        last.end = s.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    kept.push(s);
    lastOfType.set(s.type, s);
  }
  return [...kept, ...unspanned.values()];
}
