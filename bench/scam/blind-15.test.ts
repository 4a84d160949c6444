// Shape checks only for the fifteenth blind scam set (BLIND-15.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-15.jsonl', {
  // [examples, scams] per language, as in BLIND-15.md: more texts in Hebrew and Turkish, which blind set 14 found weakest.
  perLang: {
    en: [60, 30],
    he: [16, 8],
    tr: [16, 8],
    es: [16, 8],
    zh: [14, 7],
    ...Object.fromEntries(['nl', 'de', 'fr', 'pt', 'it', 'pl', 'ru', 'ja', 'ko', 'ar', 'hi', 'id', 'vi'].map((l) => [l, [12, 6]])),
    ...Object.fromEntries(['ro', 'cs', 'hu', 'sw', 'ms', 'fa', 'bn'].map((l) => [l, [10, 5]])),
  },
  minExamples: 340,
  minLanguages: 25,
});

describeLookAlikes('blind-15.jsonl');
