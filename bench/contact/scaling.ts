// Screening time per character on pathological inputs, from 1,000 to 50,000 characters: the
// full text path (`detectText`: contact + scam + links + spam model) must stay linear, so the
// time per character must not grow with length.
//   node bin/tsx.mjs bench/contact/scaling.ts
import { pathToFileURL } from 'node:url';
import { detectText } from '../../src/detect/index.ts';

/** Inputs that make backtracking patterns work hardest: long runs of what they repeat over. */
export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  '"7" repeated': (n) => '7'.repeat(n),
  'digits and dots': (n) => '7.1'.repeat(Math.ceil(n / 3)).slice(0, n),
  'digits and spaces': (n) => '12 '.repeat(Math.ceil(n / 3)).slice(0, n),
  'digits and dashes': (n) => '1-'.repeat(Math.ceil(n / 2)).slice(0, n),
  'letters and @': (n) => 'a@'.repeat(Math.ceil(n / 2)).slice(0, n),
  'spaced letters': (n) => 'a '.repeat(Math.ceil(n / 2)).slice(0, n),
  'letters and dots': (n) => 'ab.'.repeat(Math.ceil(n / 3)).slice(0, n),
  'one long word': (n) => 'x'.repeat(n),
  'number words': (n) => 'one two '.repeat(Math.ceil(n / 8)).slice(0, n),
  'Devanagari digits': (n) => '७'.repeat(n),
  'repeated request': (n) => 'send me your whatsapp '.repeat(Math.ceil(n / 22)).slice(0, n),
};

export const SIZES = [1_000, 5_000, 20_000, 50_000];

/** Microseconds per character of one detectText call (best of `repeats`). */
export function perChar(text: string, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    detectText({ text, kind: 'message', locale: 'en' });
    best = Math.min(best, performance.now() - t);
  }
  return (best * 1000) / text.length;
}

export async function run(): Promise<void> {
  detectText({ text: 'warm up 555 123 4567 me@example.org', kind: 'message' });
  const rows = [
    '| input | ' + SIZES.map((s) => `${s.toLocaleString('en')} chars µs/char`).join(' | ') + ' | 50k ms | 50k / 1k |',
    `|---|${SIZES.map(() => '---:|').join('')}---:|---:|`,
  ];
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const cells = SIZES.map((n) => perChar(make(n), n <= 5_000 ? 3 : 1));
    const last = cells[cells.length - 1];
    rows.push(
      `| ${name} | ${cells.map((c) => c.toFixed(2)).join(' | ')} | ${((last * SIZES[SIZES.length - 1]) / 1000).toFixed(0)} | ${(last / cells[0]).toFixed(2)} |`,
    );
  }
  console.log('Screening time per character (detectText, one core, best of 3 up to 5k, one run above):\n');
  console.log(rows.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
