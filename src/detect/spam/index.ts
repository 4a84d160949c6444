export { classifySpam, DEFAULT_SPAM_TEXT_CONFIG, detectSpamText, loadSpamClassifier, type SpamTextConfig } from './classifier.ts';
export { DEFAULT_LINK_CONFIG, detectLinks, type LinkConfig } from './links.ts';
export {
  DEFAULT_MASS_SENDING_CONFIG,
  detectMassSending,
  detectMassSendingWithStore,
  type FingerprintRecord,
  type FingerprintStore,
  fingerprint,
  type MassSendingConfig,
  type MassSendingInput,
} from './mass-sending.ts';
export { hammingDistance, simhash, simhashBigInt } from './simhash.ts';
export { DEFAULT_VELOCITY_CONFIG, detectVelocity, type VelocityConfig, type VelocityCounts } from './velocity.ts';
