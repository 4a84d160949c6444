// Shape checks only for the fourteenth blind scam set (BLIND-14.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { describeBlindSet, describeLookAlikes } from './blind-shape.ts';

describeBlindSet('blind-14.jsonl', {
  // [examples, scams] per language, as in BLIND-14.md: more texts in the languages blind set 13 found weak.
  perLang: {
    en: [70, 35],
    es: [28, 14],
    nl: [28, 14],
    zh: [28, 14],
    ...Object.fromEntries(['de', 'fr', 'pt', 'it', 'pl', 'ru', 'uk', 'ja', 'ko', 'ar', 'hi', 'tr', 'id', 'vi', 'th', 'he'].map((l) => [l, [12, 6]])),
  },
  minExamples: 340,
  minLanguages: 20,
});

describeLookAlikes('blind-14.jsonl');
