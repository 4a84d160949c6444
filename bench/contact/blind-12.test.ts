// Shape checks only for the twelfth blind contact set (BLIND-12.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-12.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [54, 27],
  es: [24, 12],
  pt: [24, 12],
  fr: [24, 12],
  de: [24, 12],
  it: [18, 9],
  pl: [16, 8],
  nl: [14, 7],
  tr: [20, 10],
  id: [18, 9],
  vi: [16, 8],
  tl: [10, 5],
  sw: [8, 4],
  ru: [24, 12],
  uk: [16, 8],
  ar: [24, 12],
  fa: [10, 5],
  ur: [8, 4],
  hi: [22, 11],
  bn: [18, 9],
  zh: [20, 10],
  ja: [20, 10],
  ko: [20, 10],
  th: [10, 5],
  el: [10, 5],
  he: [16, 8],
};

describeBlindContactSet('contact blind set 12', 'blind-12.jsonl', PER_LANG, { messages: 400, languages: 25, scripts: 11 });
