// Audit of every regular expression of the text detectors (issue 15: a message of "7" × 48,000
// took 43 s to screen). Patterns are collected two ways: literals from the source files (via
// the TypeScript parser) and every RegExp the modules construct (by wrapping the constructor
// while they load and run once). Each goes through recheck (ReDoS static analysis + fuzzing):
//   - exponential backtracking: never allowed;
//   - polynomial: allowed only because every detector reads text in windows of WINDOW_CHARS
//     (normalize/windows.ts); recheck's own attack string, pumped to that length, must then
//     run within a fixed budget, which bounds the cost per window and so keeps screening
//     linear in the length of the text.
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

/** recheck's attack string grown to about one window of text. */
function pumped(d: Extract<Diagnostics, { status: 'vulnerable' }>): string {
  const { pumps, suffix } = d.attack;
  let out = '';
  const unit = pumps.map((p) => p.pump).join('') || 'a';
  const times = Math.max(
    1,
    Math.floor((WINDOW_CHARS - pumps.reduce((n, p) => n + p.prefix.length, 0) - suffix.length) / unit.length / Math.max(1, pumps.length)),
  );
  for (const p of pumps) out += p.prefix + p.pump.repeat(times);
  return (out + suffix).slice(0, WINDOW_CHARS + suffix.length);
}

function runTime(source: string, flags: string, input: string): number {
  const re = new RegExp(source, flags.includes('g') || flags.includes('y') ? flags : `${flags}g`);
  const t = performance.now();
  for (let m = re.exec(input); m !== null; m = re.exec(input)) if (m[0].length === 0) re.lastIndex++;
  return performance.now() - t;
}

/** Window-sized runs of what patterns repeat over, for patterns recheck could not decide. */
const GENERIC_ATTACKS = ['7', 'a', 'a ', '7.', '1 ', 'a@', 'a.', '1-', 'a_', ' ', 'aa.', '\n'].map((unit) =>
  unit.repeat(Math.ceil(WINDOW_CHARS / unit.length)).slice(0, WINDOW_CHARS),
);

/** Milliseconds one pattern may take on its worst window-sized input. */
const BUDGET_MS = 150;

describe('regular expressions of the text detectors', () => {
  it('have no exponential backtracking, and polynomial ones stay within budget on a window', { timeout: 600_000 }, async () => {
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
          const ms = runTime(p.source, p.flags, input);
          if (ms > BUDGET_MS) slow.push(`${p.where}: ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 6))}…: /${p.source.slice(0, 120)}/${p.flags}`);
        }
        continue;
      }
      if (d.status !== 'vulnerable') continue;
      if (d.complexity.type === 'exponential') {
        exponential.push(`${p.where}: /${p.source.slice(0, 120)}/${p.flags}`);
        continue;
      }
      polynomial++;
      const ms = runTime(p.source, p.flags, pumped(d));
      if (ms > BUDGET_MS) slow.push(`${p.where}: ${ms.toFixed(0)} ms on ${WINDOW_CHARS} chars: /${p.source.slice(0, 120)}/${p.flags}`);
    }
    console.log(
      `regex audit: ${unique.size} patterns (${[...statuses].map(([k, v]) => `${v} ${k}`).join(', ')}), ${polynomial} polynomial, ${exponential.length} exponential`,
    );
    expect(exponential).toEqual([]);
    expect(slow).toEqual([]);
  });
});
