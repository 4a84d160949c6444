// Shape checks only for the tenth blind contact set (BLIND-10.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-10.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [50, 25],
  es: [20, 10],
  pt: [20, 10],
  fr: [18, 9],
  de: [18, 9],
  it: [14, 7],
  pl: [14, 7],
  nl: [12, 6],
  tr: [16, 8],
  id: [14, 7],
  vi: [14, 7],
  sw: [8, 4],
  tl: [8, 4],
  ru: [20, 10],
  uk: [14, 7],
  ar: [18, 9],
  fa: [10, 5],
  hi: [18, 9],
  bn: [10, 5],
  zh: [18, 9],
  ja: [18, 9],
  ko: [18, 9],
  th: [10, 5],
  el: [10, 5],
  he: [10, 5],
};

describeBlindContactSet('contact blind set 10', 'blind-10.jsonl', PER_LANG, { messages: 320, languages: 18, scripts: 10 });
