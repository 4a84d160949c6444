// Shape checks only for the fifth blind scam set (BLIND-5.md): never detector results.
import { describeBlindSet, FAMILIES, SCHEMES } from './blind-shape.ts';

describeBlindSet('blind-5.jsonl', {
  // [examples, scams] per language, as in BLIND-5.md.
  perLang: {
    en: [36, 18],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'it', 'ru', 'uk', 'pl', 'tr', 'ar', 'hi', 'zh', 'ja', 'ko', 'id', 'vi'].map((l) => [l, [12, 6]])),
  },
  minExamples: 200,
  minLanguages: 15,
  earlier: ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl'],
  // The fifteen issue-11 kinds plus the three the brief adds: investment and romance lures paid in
  // crypto, and fake tech support.
  schemes: [...SCHEMES, 'romance_crypto', 'crypto_investment', 'tech_support'],
  // Every family of LABELLING.md and the issue-11 families none of them covers.
  families: FAMILIES,
});
