// Shape checks only for the eleventh blind contact set (BLIND-11.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-11.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [52, 26],
  es: [26, 13],
  pt: [24, 12],
  fr: [22, 11],
  de: [24, 12],
  it: [16, 8],
  pl: [16, 8],
  nl: [14, 7],
  tr: [18, 9],
  id: [16, 8],
  vi: [16, 8],
  sw: [10, 5],
  tl: [8, 4],
  ru: [24, 12],
  uk: [18, 9],
  ar: [22, 11],
  fa: [10, 5],
  ur: [8, 4],
  hi: [22, 11],
  bn: [10, 5],
  zh: [22, 11],
  ja: [22, 11],
  ko: [22, 11],
  th: [12, 6],
  el: [10, 5],
  he: [10, 5],
};

describeBlindContactSet('contact blind set 11', 'blind-11.jsonl', PER_LANG, { messages: 400, languages: 25, scripts: 11 });
