// Shape checks only for the thirteenth blind scam set (BLIND-13.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-13.jsonl', {
  // [examples, scams] per language, as in BLIND-13.md: more texts in the languages blind set 12 found weak.
  perLang: {
    en: [72, 36],
    nl: [28, 14],
    pl: [28, 14],
    zh: [28, 14],
    ...Object.fromEntries(['de', 'fr', 'es', 'pt', 'it', 'ru', 'ja', 'ko', 'ar', 'hi', 'tr', 'id', 'vi'].map((l) => [l, [12, 6]])),
  },
  minExamples: 300,
  minLanguages: 17,
});

describeLookAlikes('blind-13.jsonl');
