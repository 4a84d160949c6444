import * as id from '../../src/detect/contact/identifiers.ts';
import * as it from '../../src/detect/contact/intent.ts';
import * as ic from '../../src/detect/contact/intent-cues.ts';
import { findSpelledEmails } from '../../src/detect/contact/spelled-email.ts';
import { normalize } from '../../src/detect/normalize/normalize.ts';
import { windowBounds } from '../../src/detect/normalize/windows.ts';
import { loadCorpus } from './evaluate.ts';

const corpus = loadCorpus().map((l) => l.text);
let seed = 7;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = () => corpus[Math.floor(rand() * corpus.length)];
const out: string[] = [];
for (let i = 0; i < 4000; i++) {
  const target = rand() < 0.03 ? 1500 + rand() * 3500 : rand() < 0.5 ? 60 + rand() * 140 : 150 + rand() * 250;
  let t = pick();
  while (t.length < target) t += ` ${pick()}`;
  out.push(t.slice(0, 5000));
}
const phases: [string, (c: any) => void][] = [
  ['findEmails', id.findEmails],
  ['findSpelledEmails', findSpelledEmails],
  ['findPhones', id.findPhones],
  ['findLinks', id.findLinks],
  ['findHandles', id.findHandles],
  ['findPaymentIdentifiers', id.findPaymentIdentifiers],
  ['markPaymentAccounts', id.markPaymentAccounts],
  ['findIntents', it.findIntents],
  ['findChannelRequests', ic.findChannelRequests],
  ['findPointers', ic.findPointers],
  ['findPointersAnyLanguage', ic.findPointersAnyLanguage],
  ['findMeetingsOutside', ic.findMeetingsOutside],
  ['findIntentNearIdentifiers', it.findIntentNearIdentifiers],
];
const acc = new Map<string, number>();
const add = (k: string, t: number) => acc.set(k, (acc.get(k) ?? 0) + t);
for (let pass = 0; pass < 3; pass++)
  for (const full of out)
    for (const [a, b] of windowBounds(full)) {
      const original = full.slice(a, b);
      let t = performance.now();
      const norm = normalize(original);
      add('normalize', performance.now() - t);
      const ctx = { original, norm, text: norm.text, country: undefined, localeRegion: 'US', code: [], signals: [] as any[] };
      for (const [name, fn] of phases) {
        t = performance.now();
        fn(ctx);
        add(name, performance.now() - t);
      }
    }
const tot = [...acc.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...acc].sort((a, b) => b[1] - a[1])) console.log(k.padEnd(28), ((100 * v) / tot).toFixed(1) + '%', (v / 3).toFixed(0) + 'ms');
