// Public surface of enforcement: what the decision layer, the cases wiring, the scheduler
// and the CLI call.
export {
  activateProposedAction,
  applyAction,
  applyAutomaticAction,
  expireActions,
  getAction,
  liftAction,
  recordViolation,
  type ViolationResult,
} from './actions.ts';
export { createAppeal, decideAppeal, falsePositiveReport } from './appeals.ts';
export { DEFAULT_ENFORCE_CONFIG, ENFORCE_ENV_NAMES, type EnforceConfig, loadEnforceConfig } from './config.ts';
export { openDocument, parseKey, resolveEncryptionKey, sealDocument } from './document-crypto.ts';
export type { Notice, NoticeFacts } from './notices/render.ts';
export { availableLocales, renderNotice } from './notices/render.ts';
export { enforceMetrics, registerEnforcement } from './register.ts';
export { enforceRoutes } from './routes.ts';
export { getStanding } from './standing.ts';
export {
  addVerificationDocument,
  decideVerification,
  expireVerifications,
  purgeVerificationDocuments,
  registerVerificationProvider,
  requestRecurringVerifications,
  requestVerification,
  type VerificationProvider,
} from './verification.ts';
export { deliverDue, startWebhookWorker } from './webhooks/delivery.ts';
export { signPayload, verifySignature } from './webhooks/signing.ts';
