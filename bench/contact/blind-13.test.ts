// Shape checks only for the thirteenth blind contact set (BLIND-13.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-13.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [54, 27],
  es: [22, 11],
  pt: [22, 11],
  fr: [20, 10],
  de: [24, 12],
  it: [16, 8],
  pl: [16, 8],
  nl: [26, 13],
  tr: [18, 9],
  id: [26, 13],
  vi: [24, 12],
  tl: [10, 5],
  sw: [22, 11],
  ru: [24, 12],
  uk: [16, 8],
  ar: [20, 10],
  fa: [20, 10],
  ur: [20, 10],
  hi: [26, 13],
  bn: [22, 11],
  zh: [18, 9],
  ja: [16, 8],
  ko: [18, 9],
  th: [10, 5],
  el: [20, 10],
  he: [22, 11],
  ta: [6, 3],
  ka: [6, 3],
};

describeBlindContactSet('contact blind set 13', 'blind-13.jsonl', PER_LANG, { messages: 400, languages: 27, scripts: 13 });
