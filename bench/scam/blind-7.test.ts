// Shape checks only for the seventh blind scam set (BLIND-7.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, FAMILIES, SCHEMES } from './blind-shape.ts';

describeBlindSet('blind-7.jsonl', {
  // [examples, scams] per language, as in BLIND-7.md.
  perLang: {
    en: [24, 12],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'it', 'pl', 'ru', 'uk', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'id'].map((l) => [l, [16, 8]])),
  },
  minExamples: 250,
  minLanguages: 12,
  earlier: ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl', 'blind-5.jsonl', 'blind-6.jsonl'],
  // The fifteen issue-11 kinds plus investment fraud paid in crypto.
  schemes: [...SCHEMES, 'crypto_investment'],
  // Every family of LABELLING.md and the issue-11 families none of them covers.
  families: FAMILIES,
});
