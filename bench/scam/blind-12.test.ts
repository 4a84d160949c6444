// Shape checks only for the twelfth blind scam set (BLIND-12.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-12.jsonl', {
  // [examples, scams] per language, as in BLIND-12.md: more texts in the languages blind set 11 found weak.
  perLang: {
    en: [76, 38],
    zh: [28, 14],
    ko: [28, 14],
    ...Object.fromEntries(['ja', 'de', 'it', 'es', 'pt', 'fr', 'pl', 'ru', 'ar', 'hi', 'tr', 'nl', 'id', 'vi'].map((l) => [l, [16, 8]])),
  },
  minExamples: 300,
  minLanguages: 17,
});

describeLookAlikes('blind-12.jsonl');
