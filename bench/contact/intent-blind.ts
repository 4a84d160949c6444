// What the contact-intent model (src/detect/learned/contact-intent.ts, trained on the sets in
// INTENT_TRAINING_SETS only) would add on a contact set, printed as aggregates ONLY — no text,
// id or per-message result — so it may run on a set still in STILL_BLIND without ending its
// blindness (the rules' and the model's figures on a set neither was tuned or trained on).
//   node bin/tsx.mjs bench/contact/intent-blind.ts --file blind-13.jsonl
// Message level: "any" counts a message positive when any contact/offplatform family is labelled
// (found when the system reports any); "intent" only the offplatform.* families. Hard negatives
// are the messages with no label.

import { detectContact } from '../../src/detect/contact/index.ts';
import { INTENT_TRAINING_SETS } from '../../src/detect/learned/contact-intent.ts';
import { detectContactIntent } from '../../src/detect/learned/index.ts';
import { LOCALE_NOTE, localeHint } from '../locale.ts';
import { type CorpusFile, loadCorpus, precision, recall, type Score, tally } from './evaluate.ts';

const at = process.argv.indexOf('--file');
const file = (at >= 0 ? process.argv[at + 1] : 'blind-13.jsonl') as CorpusFile;
if ((INTENT_TRAINING_SETS as readonly string[]).includes(file)) console.error(`note: ${file} is one of the model's training sets (figures in-sample)`);

const empty = (): Score => ({ tp: 0, fp: 0, fn: 0 });
const scores = { rules: { any: empty(), intent: empty() }, both: { any: empty(), intent: empty() } };
const negativesFlagged = { rules: 0, both: 0 };
let negatives = 0;
for (const line of loadCorpus(file)) {
  const rules = detectContact({ text: line.text, locale: localeHint(line.lang) });
  const model = detectContactIntent(line.text, rules);
  const gold = { any: line.labels.length > 0, intent: line.labels.some((l) => l.startsWith('offplatform.')) };
  if (!gold.any) negatives++;
  for (const [name, signals] of [
    ['rules', rules],
    ['both', [...rules, ...model]],
  ] as const) {
    const got = { any: signals.length > 0, intent: signals.some((s) => s.type.startsWith('offplatform.')) };
    tally(scores[name].any, gold.any, got.any);
    tally(scores[name].intent, gold.intent, got.intent);
    if (!gold.any && got.any) negativesFlagged[name]++;
  }
}
const f = (s: Score) => `${precision(s).toFixed(3)} / ${recall(s).toFixed(3)}`;
console.log(`## ${file}: rules vs rules + contact-intent model (aggregates only)\n\nLocale: ${LOCALE_NOTE}.\n`);
console.log('| system | any family P / R | intent families P / R | hard negatives flagged |');
console.log('|---|---|---|---|');
console.log(`| rules (detectContact) | ${f(scores.rules.any)} | ${f(scores.rules.intent)} | ${negativesFlagged.rules} of ${negatives} |`);
console.log(`| rules + model | ${f(scores.both.any)} | ${f(scores.both.intent)} | ${negativesFlagged.both} of ${negatives} |`);
