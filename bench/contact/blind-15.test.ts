// Shape checks only for the fifteenth blind contact set (BLIND-15.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-15.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [34, 17],
  fr: [32, 16],
  el: [34, 17],
  ta: [30, 15],
  vi: [30, 15],
  bn: [30, 15],
  ru: [32, 16],
  es: [20, 10],
  pt: [20, 10],
  de: [20, 10],
  it: [18, 9],
  pl: [16, 8],
  nl: [16, 8],
  tr: [18, 9],
  id: [20, 10],
  tl: [16, 8],
  sw: [16, 8],
  uk: [18, 9],
  ar: [20, 10],
  fa: [18, 9],
  ur: [16, 8],
  hi: [20, 10],
  zh: [20, 10],
  ja: [20, 10],
  ko: [20, 10],
  th: [16, 8],
  he: [16, 8],
};

describeBlindContactSet('contact blind set 15', 'blind-15.jsonl', PER_LANG, { messages: 580, languages: 27, scripts: 12 });
