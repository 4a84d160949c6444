// Shape checks only for the fourteenth blind contact set (BLIND-14.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-14.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [68, 34],
  es: [26, 13],
  pt: [22, 11],
  fr: [22, 11],
  de: [24, 12],
  it: [18, 9],
  pl: [14, 7],
  nl: [16, 8],
  tr: [20, 10],
  id: [20, 10],
  vi: [18, 9],
  tl: [10, 5],
  sw: [14, 7],
  ru: [22, 11],
  uk: [16, 8],
  ar: [20, 10],
  fa: [16, 8],
  ur: [12, 6],
  hi: [20, 10],
  bn: [14, 7],
  zh: [18, 9],
  ja: [22, 11],
  ko: [36, 18],
  th: [12, 6],
  el: [34, 17],
  he: [18, 9],
  ta: [30, 15],
};

describeBlindContactSet('contact blind set 14', 'blind-14.jsonl', PER_LANG, { messages: 400, languages: 27, scripts: 12 });
