// Shape checks only for the eighth scam set (BLIND-8.md): never detector results. Blind until its
// second run (bench/scam/RESULTS.md); tuned on since 2026-11-30 18:00 (branch scam11).
import { describeBlindSet, describeLookAlikes, FAMILIES, SCHEMES } from './blind-shape.ts';

// The fifteen issue-11 kinds plus investment fraud paid in crypto.
const SCHEMES_8 = [...SCHEMES, 'crypto_investment'];

describeBlindSet('blind-8.jsonl', {
  // [examples, scams] per language, as in BLIND-8.md.
  perLang: {
    en: [40, 20],
    ...Object.fromEntries(['es', 'de', 'ru', 'ar', 'zh'].map((l) => [l, [16, 8]])),
    ...Object.fromEntries(['pt', 'fr', 'it', 'pl', 'tr', 'hi', 'ja', 'ko', 'id'].map((l) => [l, [14, 7]])),
  },
  minExamples: 220,
  minLanguages: 12,
  earlier: ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl', 'blind-5.jsonl', 'blind-6.jsonl', 'blind-7.jsonl'],
  schemes: SCHEMES_8,
  // Every family of LABELLING.md and the issue-11 families none of them covers.
  families: FAMILIES,
});

describeLookAlikes('blind-8.jsonl', SCHEMES_8);
