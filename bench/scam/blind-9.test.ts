// Shape checks only for the ninth blind scam set (BLIND-9.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-9.jsonl', {
  // [examples, scams] per language, as in BLIND-9.md.
  perLang: {
    en: [36, 18],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'ru', 'ar', 'zh', 'hi', 'ja', 'tr', 'id', 'ko'].map((l) => [l, [16, 8]])),
  },
  minExamples: 220,
  minLanguages: 12,
});

describeLookAlikes('blind-9.jsonl');
