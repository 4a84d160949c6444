// Enforcement settings: read the environment (WARDEN_ENFORCE_*), validate, apply defaults.
// Defaults follow ../shared/reference/marketplace-facts.md where it has a number; the
// ladder is ours: education first, then a warning, and money or access only after repeats.
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ConfigError } from '../app/config.ts';
import { availableLocales } from './notices/render.ts';

/** What a ladder step does. `notification` records the strike and explains it; nothing is taken away. */
export const LADDER_ACTIONS = ['notification', 'warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension'] as const;
export type LadderAction = (typeof LADDER_ACTIONS)[number];
export const ACTION_TYPES = ['warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const RESTRICTABLE_FEATURES = ['new_conversations', 'proposals', 'messaging', 'job_posts'] as const;
export type Feature = (typeof RESTRICTABLE_FEATURES)[number];

const LadderStep = Type.Object({
  minPoints: Type.Integer({ minimum: 1 }),
  action: Type.Union(LADDER_ACTIONS.map((a) => Type.Literal(a))),
  feature: Type.Optional(Type.Union(RESTRICTABLE_FEATURES.map((f) => Type.Literal(f)))),
  durationDays: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type LadderStep = Static<typeof LadderStep>;

const EnforceConfigSchema = Type.Object({
  severityPoints: Type.Object(
    { low: Type.Integer({ minimum: 0 }), medium: Type.Integer({ minimum: 0 }), high: Type.Integer({ minimum: 0 }), critical: Type.Integer({ minimum: 0 }) },
    { default: { low: 1, medium: 2, high: 3, critical: 5 } },
  ),
  /** Violations within this many minutes of the last strike's notice (before the user could read it) are one incident: one strike. */
  incidentWindowMinutes: Type.Integer({ minimum: 0, default: 60 }),
  /** The ladder moves one step at a time, and only this many hours after the previous step's notice. */
  stepCooldownHours: Type.Number({ minimum: 0, default: 24 }),
  /** How long a strike counts towards the ladder (6 months). */
  strikeTtlDays: Type.Integer({ minimum: 1, default: 180 }),
  ladder: Type.Array(LadderStep, {
    minItems: 1,
    default: [
      { minPoints: 1, action: 'notification' },
      { minPoints: 2, action: 'warning' },
      { minPoints: 4, action: 'restriction', feature: 'new_conversations', durationDays: 7 },
      { minPoints: 6, action: 'payment_hold' },
      { minPoints: 8, action: 'suspension', durationDays: 14 },
      { minPoints: 12, action: 'permanent_suspension' },
    ],
  }),
  /** Reputation bar: accounts above it are never held or suspended automatically. */
  reputationBadges: Type.Array(Type.String(), { default: ['top_rated', 'top_rated_plus', 'expert_vetted'] }),
  reputationEarnedCents: Type.Integer({ minimum: 0, default: 1_000_000 }),
  reputationTenureYears: Type.Number({ minimum: 0, default: 2 }),
  /** Signal types that never justify more than a case on their own. */
  weakSignalTypes: Type.Array(Type.String(), { default: ['account.vpn', 'account.datacenter_ip', 'account.new_device', 'account.unusual_hours'] }),
  /** Priority points added to the case when a guardrail turns an action into a proposal. */
  guardrailPriorityBoost: Type.Integer({ minimum: 0, maximum: 100, default: 40 }),
  appealWindowDays: Type.Integer({ minimum: 1, default: 20 }),
  appealMaxChars: Type.Integer({ minimum: 1, default: 2000 }),
  appealPriorityBoost: Type.Integer({ minimum: 0, maximum: 100, default: 30 }),
  /** Where a notice links the policy: `${policyBaseUrl}/${policy}`. */
  policyBaseUrl: Type.String({ default: 'https://www.example-marketplace.com/legal/policies' }),
  /** Where a notice says to appeal or see standing; `{accountId}` is replaced. */
  standingUrl: Type.String({ default: 'https://www.example-marketplace.com/account/standing' }),
  /** Notice language for an account that has none: one of the template files in notices/templates (en, es, pt, fr, de, ru, hi). */
  defaultLocale: Type.String({ default: 'en' }),
  verificationDueDays: Type.Integer({ minimum: 1, default: 7 }),
  verificationRetentionDays: Type.Integer({ minimum: 1, default: 30 }),
  verificationMaxBytes: Type.Integer({ minimum: 1024, default: 5 * 1024 * 1024 }),
  /** Recurring verification for high earners: every N months above this many cents earned. */
  recurringVerificationMonths: Type.Integer({ minimum: 1, default: 12 }),
  recurringVerificationEarnedCents: Type.Integer({ minimum: 0, default: 1_000_000 }),
  /** Ask for identity verification before a payment hold is lifted (unless verified recently). */
  verifyBeforeLiftingHold: Type.Boolean({ default: true }),
  /** 32-byte AES key, base64 or hex; generated into the data folder when absent. */
  encryptionKey: Type.Optional(Type.String({ minLength: 32 })),
  webhookMaxAttempts: Type.Integer({ minimum: 1, default: 10 }),
  webhookBackoffBaseMs: Type.Integer({ minimum: 1, default: 30_000 }),
  webhookBackoffMaxMs: Type.Integer({ minimum: 1, default: 6 * 3600_000 }),
  webhookTimeoutMs: Type.Integer({ minimum: 100, default: 10_000 }),
  /** Let webhooks target private, loopback and link-local addresses (a receiver inside the network); off by default against SSRF. */
  webhookAllowPrivateTargets: Type.Boolean({ default: false }),
  /** A claimed delivery is retried after this long if its worker died mid-flight. */
  webhookLeaseMs: Type.Integer({ minimum: 1000, default: 60_000 }),
  webhookBatchSize: Type.Integer({ minimum: 1, default: 50 }),
  /**
   * Days a delivered webhook (its delivery row and its outbox row) is kept, for the deliveries
   * list and replays; 0 keeps them for ever. Pending and dead deliveries are never pruned.
   * Default 7: receivers dedupe on Warden-Event-Id and a replay after a week is an incident, not
   * routine.
   */
  webhookRetentionDays: Type.Integer({ minimum: 0, default: 7 }),
  /** Rows deleted per statement when pruning delivered history (short statements, no long lock). */
  webhookPruneBatch: Type.Integer({ minimum: 1, default: 5000 }),
});

export type EnforceConfig = Static<typeof EnforceConfigSchema>;

const ENV_NAMES: Record<keyof EnforceConfig, string> = {
  severityPoints: 'WARDEN_ENFORCE_SEVERITY_POINTS',
  incidentWindowMinutes: 'WARDEN_ENFORCE_INCIDENT_WINDOW_MINUTES',
  stepCooldownHours: 'WARDEN_ENFORCE_STEP_COOLDOWN_HOURS',
  strikeTtlDays: 'WARDEN_ENFORCE_STRIKE_TTL_DAYS',
  ladder: 'WARDEN_ENFORCE_LADDER',
  reputationBadges: 'WARDEN_ENFORCE_REPUTATION_BADGES',
  reputationEarnedCents: 'WARDEN_ENFORCE_REPUTATION_EARNED_CENTS',
  reputationTenureYears: 'WARDEN_ENFORCE_REPUTATION_TENURE_YEARS',
  weakSignalTypes: 'WARDEN_ENFORCE_WEAK_SIGNAL_TYPES',
  guardrailPriorityBoost: 'WARDEN_ENFORCE_GUARDRAIL_PRIORITY_BOOST',
  appealWindowDays: 'WARDEN_APPEAL_WINDOW_DAYS',
  appealMaxChars: 'WARDEN_APPEAL_MAX_CHARS',
  appealPriorityBoost: 'WARDEN_APPEAL_PRIORITY_BOOST',
  policyBaseUrl: 'WARDEN_POLICY_BASE_URL',
  standingUrl: 'WARDEN_STANDING_URL',
  defaultLocale: 'WARDEN_NOTICE_DEFAULT_LOCALE',
  verificationDueDays: 'WARDEN_VERIFICATION_DUE_DAYS',
  verificationRetentionDays: 'WARDEN_VERIFICATION_RETENTION_DAYS',
  verificationMaxBytes: 'WARDEN_VERIFICATION_MAX_BYTES',
  recurringVerificationMonths: 'WARDEN_VERIFICATION_RECURRING_MONTHS',
  recurringVerificationEarnedCents: 'WARDEN_VERIFICATION_RECURRING_EARNED_CENTS',
  verifyBeforeLiftingHold: 'WARDEN_VERIFY_BEFORE_LIFTING_HOLD',
  encryptionKey: 'WARDEN_ENCRYPTION_KEY',
  webhookMaxAttempts: 'WARDEN_WEBHOOK_MAX_ATTEMPTS',
  webhookBackoffBaseMs: 'WARDEN_WEBHOOK_BACKOFF_BASE_MS',
  webhookBackoffMaxMs: 'WARDEN_WEBHOOK_BACKOFF_MAX_MS',
  webhookTimeoutMs: 'WARDEN_WEBHOOK_TIMEOUT_MS',
  webhookAllowPrivateTargets: 'WARDEN_WEBHOOK_ALLOW_PRIVATE_TARGETS',
  webhookLeaseMs: 'WARDEN_WEBHOOK_LEASE_MS',
  webhookBatchSize: 'WARDEN_WEBHOOK_BATCH_SIZE',
  webhookRetentionDays: 'WARDEN_WEBHOOK_RETENTION_DAYS',
  webhookPruneBatch: 'WARDEN_WEBHOOK_PRUNE_BATCH',
};
const JSON_KEYS = new Set<keyof EnforceConfig>(['severityPoints', 'ladder']);
const LIST_KEYS = new Set<keyof EnforceConfig>(['reputationBadges', 'weakSignalTypes']);

/** A ConfigError, so `warden serve` stops with one line naming the variable (exit 2) like any other bad setting. */
export class EnforceConfigError extends ConfigError {
  constructor(message: string) {
    super(message);
    this.name = 'EnforceConfigError';
  }
}

export function loadEnforceConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<EnforceConfig> = {}): EnforceConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV_NAMES) as [keyof EnforceConfig, string][]) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    if (JSON_KEYS.has(key)) {
      try {
        raw[key] = JSON.parse(v);
      } catch {
        throw new EnforceConfigError(`invalid configuration: ${name} must be JSON`);
      }
    } else if (LIST_KEYS.has(key)) {
      raw[key] = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else raw[key] = v;
  }
  Object.assign(raw, overrides);
  const cfg = Value.Default(EnforceConfigSchema, Value.Convert(EnforceConfigSchema, raw)) as EnforceConfig;
  const errors = [...Value.Errors(EnforceConfigSchema, cfg)];
  if (errors.length) {
    const e = errors[0];
    const key = e.path.split('/')[1] as keyof EnforceConfig;
    throw new EnforceConfigError(`invalid configuration: ${ENV_NAMES[key] ?? e.path} ${e.message}`);
  }
  // A notice language without templates would silently fall back to English: refuse it at start.
  const locales = availableLocales();
  if (!locales.includes(cfg.defaultLocale))
    throw new EnforceConfigError(`invalid configuration: ${ENV_NAMES.defaultLocale} must be one of ${locales.join(', ')} (got "${cfg.defaultLocale}")`);
  const steps = [...cfg.ladder].sort((a, b) => a.minPoints - b.minPoints);
  if (new Set(steps.map((s) => s.minPoints)).size !== steps.length)
    throw new EnforceConfigError(`invalid configuration: ${ENV_NAMES.ladder} has two steps at the same points`);
  return { ...cfg, ladder: steps };
}
