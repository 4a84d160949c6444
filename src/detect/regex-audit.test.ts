// Audit of every regular expression of the text detectors (issue 15: a message of "7" × 48,000
// took 43 s to screen). Patterns are collected two ways: literals from the source files (via
// the TypeScript parser) and every RegExp the modules construct (by wrapping the constructor
// while they load and run once). Each goes through recheck (ReDoS static analysis + fuzzing):
//   - exponential backtracking: never allowed;
//   - polynomial: allowed only because every detector reads text in windows of WINDOW_CHARS
//     (normalize/windows.ts), and only up to quadratic: recheck's own attack string (recheck's
//     degree is an upper bound, pessimistic for bounded repeats) must grow no faster than quadratically when measured
//     (time per run at a full window / time per run at a quarter window, in the same test: 4
//     when linear, 16 when quadratic, 64 when cubic). A window then costs a bounded multiple
//     of its length squared whatever the machine, and screening stays linear in the text.
//   - unknown (recheck gave up): the same measured growth on generic worst cases.
// No wall-clock budget: a ratio of two runs on the same machine at the same moment holds on a
// loaded CI runner as on a laptop.
// Malware checks read file bytes, not messages, and are audited by their own size limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { WINDOW_CHARS } from './normalize/windows.ts';

const root = new URL('.', import.meta.url).pathname;
const AUDITED = ['normalize', 'contact', 'scam', 'spam', 'account', '.'];

function sourceFiles(): string[] {
  const out: string[] = [];
  for (const dir of AUDITED) {
    for (const f of readdirSync(join(root, dir))) {
      if (f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts')) out.push(join(root, dir, f));
    }
  }
  return out;
}

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

function literalPatterns(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of sourceFiles()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        found.push({
          source: text.slice(1, end),
          flags: text.slice(end + 1),
          where: `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** The detector file (not a dependency) that constructed a pattern, from the call stack. */
function constructedIn(): string | null {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(1)) {
    if (!line.includes('(') && !line.includes('file:')) continue;
    if (line.includes('regex-audit')) continue;
    // The innermost caller decides: a dependency's own pattern is not ours.
    if (line.includes('node_modules')) return null;
    const m = /src\/detect\/([^:)]+):(\d+)/.exec(line);
    return m ? `${m[1]}:${m[2]}` : null;
  }
  return null;
}

/**
 * Patterns built at run time: the RegExp constructor is wrapped while the detectors load and
 * run. Patterns that dependencies build for themselves (libphonenumber-js's RFC 3966 domain
 * check, never reached with our digit-only candidates) are left to those projects.
 */
async function constructedPatterns(): Promise<Pattern[]> {
  const found: Pattern[] = [];
  const Native = globalThis.RegExp;
  const record = (re: RegExp) => {
    const where = constructedIn();
    if (where) found.push({ source: re.source, flags: re.flags, where });
    return re;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    const { detectText } = await import('./index.ts');
    const { normalize } = await import('./normalize/normalize.ts');
    const { isScopingAccessRequest } = await import('./contact/scoping.ts');
    const sample = 'five five five one two three four, john at gmail dot com, +44 7911 123456, 微信 wx_1, pay via paypal';
    normalize(sample);
    detectText({ text: sample, kind: 'message', locale: 'en' });
    isScopingAccessRequest(sample);
  } finally {
    globalThis.RegExp = Native;
  }
  return found;
}

/** recheck's attack string grown to about `length` characters (one window by default), its suffix kept. */
function pumped(d: Extract<Diagnostics, { status: 'vulnerable' }>, length = WINDOW_CHARS): string {
  const { pumps, suffix } = d.attack;
  let out = '';
  const unit = pumps.map((p) => p.pump).join('') || 'a';
  const times = Math.max(1, Math.floor((length - pumps.reduce((n, p) => n + p.prefix.length, 0) - suffix.length) / unit.length / Math.max(1, pumps.length)));
  for (const p of pumps) out += p.prefix + p.pump.repeat(times);
  return (out + suffix).slice(0, length + suffix.length);
}

function runOnce(re: RegExp, input: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(input); m !== null; m = re.exec(input)) if (m[0].length === 0) re.lastIndex++;
}

/** Milliseconds per run, over as many runs as make MEASURE_MS (so sub-millisecond runs are not noise). */
function timePerRun(re: RegExp, input: string): number {
  let runs = 0;
  const t = performance.now();
  do {
    runOnce(re, input);
    runs++;
  } while (performance.now() - t < MEASURE_MS && runs < 10_000);
  return (performance.now() - t) / runs;
}

/**
 * How the pattern's time grows from a quarter window to a full window: 4 for linear, 16 for
 * quadratic. Both sizes are run first (V8 compiles a regular expression to machine code after a
 * few runs), then measured alternately five times; the fastest of each is kept, since a pause
 * of the machine can only make a measurement slower.
 */
function growth(source: string, flags: string, full: string, quarter: string): number {
  const re = new RegExp(source, flags.includes('g') || flags.includes('y') ? flags : `${flags}g`);
  for (let i = 0; i < 3; i++) {
    runOnce(re, quarter);
    runOnce(re, full);
  }
  let fullMs = Number.POSITIVE_INFINITY;
  let quarterMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    quarterMs = Math.min(quarterMs, timePerRun(re, quarter));
    fullMs = Math.min(fullMs, timePerRun(re, full));
  }
  return fullMs / Math.max(quarterMs, 1e-6);
}

/**
 * The growth, confirmed: a pattern over the limit is measured again (up to CONFIRMATIONS more
 * times) and the lowest growth counts. A pattern that really grows faster than quadratically
 * does so every time; one that merely met a busy machine (helpers at load 15-21 saw 3-66
 * measurements of untouched, unchanged patterns over the limit, different ones on every run)
 * does not.
 */
function confirmedGrowth(source: string, flags: string, full: string, quarter: string): number {
  let g = growth(source, flags, full, quarter);
  for (let i = 0; i < CONFIRMATIONS && g > MAX_GROWTH; i++) g = Math.min(g, growth(source, flags, full, quarter));
  return g;
}

/** Window-sized runs of what patterns repeat over, for patterns recheck could not decide. */
const GENERIC_ATTACKS = ['7', 'a', 'a ', '7.', '1 ', 'a@', 'a.', '1-', 'a_', ' ', 'aa.', '\n'].map((unit) =>
  unit.repeat(Math.ceil(WINDOW_CHARS / unit.length)).slice(0, WINDOW_CHARS),
);

/** Time spent measuring each size (a measuring length, not a budget). */
const MEASURE_MS = 5;
/** Quadratic growth from a quarter to a full window is 16; twice that, and the pattern is worse than quadratic. */
const MAX_GROWTH = 32;
/** Extra measurements of a pattern over MAX_GROWTH before it is reported. */
const CONFIRMATIONS = 3;

describe('regular expressions of the text detectors', () => {
  it('have no exponential backtracking, and polynomial ones grow at most quadratically within a window', { timeout: 600_000 }, async () => {
    const all = [...literalPatterns(), ...(await constructedPatterns())];
    const unique = new Map<string, Pattern>();
    for (const p of all) if (!unique.has(`${p.flags}/${p.source}`)) unique.set(`${p.flags}/${p.source}`, p);
    expect(unique.size).toBeGreaterThan(150);
    const exponential: string[] = [];
    const slow: string[] = [];
    let polynomial = 0;
    const statuses = new Map<string, number>();
    // Two checks at a time (recheck runs its native checker in a child process).
    const patterns = [...unique.values()];
    const results: Diagnostics[] = new Array(patterns.length);
    let next = 0;
    const worker = async () => {
      while (next < patterns.length) {
        const k = next++;
        results[k] = await check(patterns[k].source, patterns[k].flags.replace(/[gy]/g, ''), { timeout: 1_500, attackTimeout: 500 });
      }
    };
    await Promise.all([worker(), worker()]);
    for (const [k, p] of patterns.entries()) {
      const d = results[k];
      statuses.set(d.status, (statuses.get(d.status) ?? 0) + 1);
      if (d.status === 'unknown') {
        // recheck gave up (time limit): the generic worst cases must still fit the budget.
        for (const input of GENERIC_ATTACKS) {
          const g = confirmedGrowth(p.source, p.flags, input, input.slice(0, WINDOW_CHARS / 4));
          if (g > MAX_GROWTH)
            slow.push(
              `${p.where}: grows ${g.toFixed(0)}x from ${WINDOW_CHARS / 4} to ${WINDOW_CHARS} chars of ${JSON.stringify(input.slice(0, 6))}…: /${p.source.slice(0, 120)}/${p.flags}`,
            );
        }
        continue;
      }
      if (d.status !== 'vulnerable') continue;
      if (d.complexity.type === 'exponential') {
        exponential.push(`${p.where}: /${p.source.slice(0, 120)}/${p.flags}`);
        continue;
      }
      polynomial++;
      const g = confirmedGrowth(p.source, p.flags, pumped(d), pumped(d, WINDOW_CHARS / 4));
      if (g > MAX_GROWTH)
        slow.push(
          `${p.where}: grows ${g.toFixed(0)}x from ${WINDOW_CHARS / 4} to ${WINDOW_CHARS} chars of recheck's attack: /${p.source.slice(0, 120)}/${p.flags}`,
        );
    }
    console.log(
      `regex audit: ${unique.size} patterns (${[...statuses].map(([k, v]) => `${v} ${k}`).join(', ')}), ${polynomial} polynomial, ${exponential.length} exponential`,
    );
    expect(exponential).toEqual([]);
    expect(slow).toEqual([]);
  });
});
