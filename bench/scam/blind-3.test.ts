// Shape checks only for the third blind scam set (BLIND-3.md): never detector results.
import { describeBlindSet } from './blind-shape.ts';

describeBlindSet('blind-3.jsonl', {
  // [examples, scams] per language, as in BLIND-3.md.
  perLang: {
    en: [32, 16],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'it', 'nl', 'ru', 'uk', 'pl', 'tr', 'ar', 'hi', 'id', 'zh', 'ja', 'th'].map((l) => [l, [14, 7]])),
  },
  minExamples: 250,
  minLanguages: 15,
  earlier: ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl'],
});
