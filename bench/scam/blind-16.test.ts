// Shape checks only for the sixteenth blind scam set (BLIND-16.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-16.jsonl', {
  // [examples, scams] per language, as in BLIND-16.md: French and Polish, weak in blind set 15, carry 14 texts; six languages (sk, hr, el, tl, ur, ta) are new to the scam sets.
  perLang: {
    en: [50, 25],
    fr: [14, 7],
    pl: [14, 7],
    ...Object.fromEntries(['es', 'pt', 'de', 'it', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi', 'id', 'vi', 'tr', 'nl'].map((l) => [l, [12, 6]])),
    he: [10, 5],
    ro: [10, 5],
    ...Object.fromEntries(['hu', 'cs', 'sk', 'hr', 'el', 'tl', 'ur', 'ta'].map((l) => [l, [8, 4]])),
    sw: [6, 3],
    ms: [6, 3],
  },
  minExamples: 340,
  minLanguages: 25,
});

describeLookAlikes('blind-16.jsonl');
