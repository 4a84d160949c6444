// Shape checks only for the tenth blind scam set (BLIND-10.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-10.jsonl', {
  // [examples, scams] per language, as in BLIND-10.md.
  perLang: {
    en: [40, 20],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'it', 'pl', 'ru', 'ar', 'zh', 'hi', 'ja', 'ko', 'vi'].map((l) => [l, [16, 8]])),
  },
  minExamples: 240,
  minLanguages: 13,
});

describeLookAlikes('blind-10.jsonl');
