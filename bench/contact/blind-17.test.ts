// Shape checks only for the seventeenth blind contact set (BLIND-17.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describeBlindContactSet } from './blind-shape.ts';

// [messages, positives] per language, as in BLIND-17.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [28, 14],
  es: [22, 11],
  pt: [22, 11],
  fr: [20, 10],
  de: [20, 10],
  ru: [22, 11],
  uk: [20, 10],
  ar: [20, 10],
  hi: [20, 10],
  zh: [20, 10],
  ja: [20, 10],
  ko: [20, 10],
  id: [20, 10],
  vi: [20, 10],
  tr: [20, 10],
  th: [20, 10],
  pl: [20, 10],
  am: [12, 6],
  my: [12, 6],
  km: [12, 6],
  si: [12, 6],
  te: [12, 6],
  gu: [12, 6],
  pa: [12, 6],
  hy: [12, 6],
  kk: [12, 6],
  uz: [12, 6],
  az: [12, 6],
  sk: [12, 6],
  hr: [12, 6],
  lt: [12, 6],
  tl: [12, 6],
  yo: [12, 6],
  ha: [12, 6],
  ms: [12, 6],
  ro: [12, 6],
  ne: [12, 6],
  ka: [12, 6],
};

describeBlindContactSet('contact blind set 17', 'blind-17.jsonl', PER_LANG, { messages: 600, languages: 38, scripts: 17 });
