export { detectScam, type ScamInput } from './detect-scam.ts';
export type { ScamFamily } from './lexicon.ts';
export { STANDALONE_TYPES } from './lexicon.ts';
