// Shape checks only for the eleventh blind scam set (BLIND-11.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-11.jsonl', {
  // [examples, scams] per language, as in BLIND-11.md: more texts in the languages blind set 10 found weak.
  perLang: {
    en: [48, 24],
    ...Object.fromEntries(['ja', 'de', 'ko', 'vi'].map((l) => [l, [20, 10]])),
    ...Object.fromEntries(['es', 'pt', 'fr', 'it', 'pl', 'ru', 'ar', 'zh', 'hi', 'tr', 'nl', 'id'].map((l) => [l, [16, 8]])),
  },
  minExamples: 300,
  minLanguages: 16,
});

describeLookAlikes('blind-11.jsonl');
