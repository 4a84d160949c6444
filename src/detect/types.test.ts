import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IDENTIFIER_KINDS } from '../network/identifiers.ts';
import { SIGNAL_TYPES, STRENGTH_ORDER, signalPatternMatchesAny } from './types.ts';

describe('strength order', () => {
  it('orders weak < medium < strong', () => {
    expect(STRENGTH_ORDER.weak).toBeLessThan(STRENGTH_ORDER.medium);
    expect(STRENGTH_ORDER.medium).toBeLessThan(STRENGTH_ORDER.strong);
  });
});

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

describe('SIGNAL_TYPES, the one list of emitted signal types', () => {
  it('names every signal type literal the detectors, patterns and network graph write', () => {
    const files = [...sources(join(SRC, 'detect')), ...sources(join(SRC, 'patterns')), join(SRC, 'network', 'signals.ts'), ...sources(join(SRC, 'security'))];
    const namespaces = [...new Set(SIGNAL_TYPES.map((t) => t.split('.')[0]))].join('|');
    const re = new RegExp(`['"\`]((?:${namespaces})\\.[a-z_]+)['"\`]`, 'g');
    const missing = new Set<string>();
    for (const f of files)
      for (const m of readFileSync(f, 'utf8').matchAll(re))
        if (!(SIGNAL_TYPES as readonly string[]).includes(m[1])) missing.add(`${m[1]} (${f.slice(SRC.length)})`);
    expect([...missing]).toEqual([]);
  });

  it('names every class of the learned scam model and every linked identifier kind (types built at run time)', () => {
    const scam = JSON.parse(readFileSync(join(SRC, 'detect', 'learned', 'models', 'scam.json'), 'utf8')) as { classes: string[] };
    for (const c of scam.classes.filter((c) => c !== 'honest' && c !== 'spam')) expect(SIGNAL_TYPES).toContain(`scam.${c}`);
    const job = JSON.parse(readFileSync(join(SRC, 'detect', 'learned', 'models', 'job.json'), 'utf8')) as { classes: string[] };
    for (const c of job.classes.filter((c) => c !== 'honest')) expect(SIGNAL_TYPES).toContain(`scam.${c}`);
    for (const k of IDENTIFIER_KINDS) expect(SIGNAL_TYPES).toContain(`linked.${k}`);
  });

  it('matches patterns the way the engine does: exact types and namespace prefixes ending in *', () => {
    expect(signalPatternMatchesAny('contact.email')).toBe(true);
    expect(signalPatternMatchesAny('contact.*')).toBe(true);
    expect(signalPatternMatchesAny('*')).toBe(true);
    expect(signalPatternMatchesAny('contact.telepathy')).toBe(false);
    expect(signalPatternMatchesAny('telepathy.*')).toBe(false);
    expect(signalPatternMatchesAny('contact')).toBe(false);
  });
});
