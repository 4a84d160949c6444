import { describe, expect, it } from 'vitest';
import { detectContact } from '../contact/index.ts';
import { detectText } from '../index.ts';
import { detectInWindows, WINDOW_CHARS, WINDOW_OVERLAP, windowBounds } from './windows.ts';

describe('windowBounds', () => {
  it('covers the text with overlapping windows no longer than WINDOW_CHARS', () => {
    for (const n of [0, 10, WINDOW_CHARS, WINDOW_CHARS + 1, 10_000, 50_001]) {
      const text = 'lorem ipsum dolor '.repeat(Math.ceil(n / 18)).slice(0, n);
      const bounds = windowBounds(text);
      expect(bounds[0][0]).toBe(0);
      expect(bounds[bounds.length - 1][1]).toBe(n);
      for (let i = 0; i < bounds.length; i++) {
        expect(bounds[i][1] - bounds[i][0]).toBeLessThanOrEqual(WINDOW_CHARS);
        if (i > 0) expect(bounds[i - 1][1] - bounds[i][0]).toBeGreaterThanOrEqual(WINDOW_OVERLAP - 1);
      }
    }
  });

  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(5_000);
    for (const [s, e] of windowBounds(text)) {
      expect(text.charCodeAt(s)).toBeLessThan(0xdc00);
      expect(e === text.length || text.charCodeAt(e) < 0xdc00 || text.charCodeAt(e) > 0xdfff).toBe(true);
    }
  });
});

describe('detectInWindows', () => {
  it('finds an identifier that straddles a window boundary once, with its span in the whole text', () => {
    for (const pad of [WINDOW_CHARS - 20, WINDOW_CHARS - 5, 2 * WINDOW_CHARS - 400]) {
      const text = `${'lorem ipsum '.repeat(Math.ceil(pad / 12)).slice(0, pad)} write to ana.vidal@proton.me today ${'x '.repeat(3000)}`;
      const emails = detectContact({ text }).filter((s) => s.type === 'contact.email');
      expect(emails).toHaveLength(1);
      expect(text.slice(emails[0].start, emails[0].end)).toBe('ana.vidal@proton.me');
    }
  });

  it('keeps one summary signal per type', () => {
    const out = detectInWindows('a '.repeat(5_000), () => [{ type: 'x.summary', strength: 'weak', score: 0.4 }]);
    expect(out).toEqual([{ type: 'x.summary', strength: 'weak', score: 0.4 }]);
  });
});

describe('screening cost is linear in the length of pathological text', () => {
  // Was 43 s for "7" × 48,000 (patterns backtracking over the whole run, cost growing with the
  // square of the length). Time per character at 96,000 characters is compared with time per
  // character at 12,000 in the same test, so the check holds on a loaded machine: quadratic
  // cost would make the ratio about 8 (below 12,000 caches and fixed costs blur the measure).
  // The full table is in bench/contact/scaling.ts.
  const best = (text: string, runs: number) => {
    let min = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      detectText({ text, kind: 'message' });
      min = Math.min(min, performance.now() - t);
    }
    return min / text.length;
  };
  it.each([
    ['7 repeated', (n: number) => '7'.repeat(n)],
    ['digits and dots', (n: number) => '7.1'.repeat(n / 3)],
    ['digits and spaces', (n: number) => '12 '.repeat(n / 3)],
  ])('%s: time per character at 96,000 within 6x of that at 12,000', (_, make) => {
    detectText({ text: make(12_000), kind: 'message' });
    // Interleaved, best of each: a burst of load from other processes hits both sizes alike.
    let small = Number.POSITIVE_INFINITY;
    let big = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      small = Math.min(small, best(make(12_000), 2));
      big = Math.min(big, best(make(96_000), 1));
    }
    expect(big / small).toBeLessThan(6);
  });
});
