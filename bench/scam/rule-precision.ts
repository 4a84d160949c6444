// Each scam rule's and each pair of rule families' hits on every honest and scam text we may
// measure on (bench/scam corpus, held-out, blind sets 2-10; the learned layer's written training
// data; the real EMSCAD, SMS and SMS-phishing development sets), to find which rules are precise
// enough to speak without the learned gate (lexicon.ts `standalone`, STANDALONE_PAIRS).
//   node bin/tsx.mjs bench/scam/rule-precision.ts
// Blind set 6 is tuned on since its third run, blind set 7 since its first, blind set 8 since its
// second, blind sets 9 and 10 since their second runs, blind set 11 since its first run (RESULTS.md);
// blind set 12 and later are never read here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchedRules } from '../../src/detect/scam/detect-scam.ts';
import { SCAM_RULES } from '../../src/detect/scam/lexicon.ts';

const here = new URL('.', import.meta.url).pathname;
const learned = join(here, '../../src/detect/learned/training-data');
const real = join(here, '../../../shared/data/real');

interface Text {
  text: string;
  scam: boolean;
  source: string;
}

function lines(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function load(): Text[] {
  const texts: Text[] = [];
  for (const f of ['corpus', 'heldout', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-9', 'blind-10', 'blind-11'])
    for (const l of lines(join(here, `${f}.jsonl`))) texts.push({ text: String(l.text), scam: l.label === 'scam', source: `scam/${f}` });
  for (const f of readdirSync(learned)
    .filter((n) => n.endsWith('.jsonl'))
    .sort())
    for (const l of lines(join(learned, f))) texts.push({ text: String(l.text), scam: l.label === 'scam', source: 'training-data' });
  // Real sets: label 1 is fraudulent (EMSCAD), spam (SMS) or smishing/spam (SMS phishing).
  for (const f of ['emscad', 'sms', 'smish'])
    for (const l of lines(join(real, `${f}-dev.jsonl`))) texts.push({ text: String(l.text), scam: l.label === 1, source: `real/${f}` });
  return texts;
}

/** Per rule index and per family pair: honest hits by source, scam hits by source. */
export function measure(texts: Text[]) {
  const rules = SCAM_RULES.map(() => ({ honest: new Map<string, number>(), scam: new Map<string, number>() }));
  const pairs = new Map<string, { honest: Map<string, number>; scam: Map<string, number> }>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const t of texts) {
    const hit = matchedRules(t.text);
    for (const r of hit) bump(t.scam ? rules[r].scam : rules[r].honest, t.source);
    const families = [...new Set(hit.map((r) => SCAM_RULES[r].family))].sort();
    for (let i = 0; i < families.length; i++)
      for (let j = i + 1; j < families.length; j++) {
        const key = `${families[i]} + ${families[j]}`;
        const p = pairs.get(key) ?? { honest: new Map(), scam: new Map() };
        pairs.set(key, p);
        bump(t.scam ? p.scam : p.honest, t.source);
      }
  }
  return { rules, pairs };
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const show = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join(', ') || '—';

const texts = load();
const { rules, pairs } = measure(texts);
const count = (scam: boolean) => texts.filter((t) => t.scam === scam).length;
console.log(`texts: ${count(false)} honest, ${count(true)} scam/spam/fraud`);
console.log('| rule | family | strength | standalone | honest hits | scam hits |');
console.log('|---|---|---|---|---|---|');
SCAM_RULES.forEach((r, i) => {
  const h = rules[i];
  console.log(
    `| ${i} | ${r.family} | ${r.strength} | ${r.standalone ? 'yes' : ''} | ${total(h.honest)} (${show(h.honest)}) | ${total(h.scam)} (${show(h.scam)}) |`,
  );
});
console.log('\n| family pair | honest hits | scam hits |');
console.log('|---|---|---|');
for (const [k, p] of [...pairs].sort((x, y) => total(y[1].scam) - total(x[1].scam)))
  console.log(`| ${k} | ${total(p.honest)} (${show(p.honest)}) | ${total(p.scam)} (${show(p.scam)}) |`);
