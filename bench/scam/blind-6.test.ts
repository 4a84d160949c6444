// Shape checks only for the sixth blind scam set (BLIND-6.md): never detector results.
import { describeBlindSet, FAMILIES, SCHEMES } from './blind-shape.ts';

describeBlindSet('blind-6.jsonl', {
  // [examples, scams] per language, as in BLIND-6.md.
  perLang: {
    en: [16, 8],
    ...Object.fromEntries(
      ['es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'fa', 'hi', 'zh', 'ja', 'ko', 'vi', 'id', 'th', 'sw'].map((l) => [l, [12, 6]]),
    ),
  },
  minExamples: 240,
  minLanguages: 15,
  earlier: ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl', 'blind-5.jsonl'],
  // The fifteen issue-11 kinds plus the two the brief adds: romance lures and investment pitches paid in crypto.
  schemes: [...SCHEMES, 'romance_crypto', 'crypto_investment'],
  // Every family of LABELLING.md and the issue-11 families none of them covers.
  families: FAMILIES,
});
