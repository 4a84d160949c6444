// Shape checks only for the second blind scam set (BLIND-2.md): never detector results.
import { describeBlindSet } from './blind-shape.ts';

describeBlindSet('blind-2.jsonl', {
  // [examples, scams] per language, as in BLIND-2.md.
  perLang: {
    en: [36, 18],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'it', 'ru', 'pl', 'tr', 'ar', 'hi', 'id', 'zh', 'ja', 'vi'].map((l) => [l, [16, 8]])),
    ko: [8, 4],
  },
  minExamples: 240,
  minLanguages: 12,
  earlier: ['corpus.jsonl', 'heldout.jsonl'],
});
