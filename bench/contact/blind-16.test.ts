// Shape checks only for the sixteenth blind contact set (BLIND-16.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-16.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [25, 13],
  ru: [33, 17],
  uk: [33, 16],
  bn: [32, 16],
  el: [34, 18],
  ta: [33, 17],
  th: [19, 10],
  pl: [20, 11],
  id: [20, 11],
  ar: [19, 10],
  vi: [19, 10],
  es: [16, 8],
  pt: [16, 8],
  fr: [16, 8],
  de: [18, 9],
  it: [15, 7],
  tr: [17, 8],
  hi: [17, 8],
  zh: [17, 8],
  ja: [18, 9],
  ko: [18, 9],
  fa: [14, 7],
  he: [13, 6],
  ur: [13, 6],
  bg: [13, 6],
  sr: [13, 6],
  ro: [13, 6],
  cs: [13, 6],
  hu: [13, 6],
  ms: [13, 6],
  sw: [13, 6],
  ne: [13, 6],
  ka: [11, 5],
};

describeBlindContactSet('contact blind set 16', 'blind-16.jsonl', PER_LANG, { messages: 600, languages: 33, scripts: 13 });
