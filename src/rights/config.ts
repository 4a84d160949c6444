// Retention periods per kind of data, read from the environment in two steps (raw values,
// then checked with the variable's name in the error), with defaults and the reason for each.
import { ConfigError } from '../app/config.ts';

export interface RetentionConfig {
  /** Days a message's, proposal's or invitation's text is kept (event, decision, case once resolved). 0 = for ever. */
  messageTextDays: number;
  /** Days an attachment's content is kept after it arrived (its record and verdict stay). 0 = for ever. */
  attachmentDays: number;
  /** Days login IPs and device ids are kept (the country and success stay, for counts). 0 = for ever. */
  loginDays: number;
  /** Minutes a screening message tail is kept (the detector reads only the last 10 minutes). */
  messageTailMinutes: number;
  /** How often the worker runs the retention sweep, in minutes. */
  sweepEveryMinutes: number;
  /** Rows changed at most per kind and run, so a first sweep over years of data stays short; the next run goes on. */
  batchSize: number;
}

/**
 * Defaults, and why: texts 365 days (appeals come within 30 days, disputes and chargebacks
 * within 180 — marketplace-facts.md — and a year of texts lets policies be backtested);
 * attachments 90 days (a scan is done in minutes; a reviewer's look within the SLA); logins 180
 * days (new-country and impossible-travel checks compare with months of history); tails 60
 * minutes (read for 10).
 */
export const DEFAULT_RETENTION: RetentionConfig = {
  messageTextDays: 365,
  attachmentDays: 90,
  loginDays: 180,
  messageTailMinutes: 60,
  sweepEveryMinutes: 60,
  batchSize: 5_000,
};

const ENV: Record<keyof RetentionConfig, string> = {
  messageTextDays: 'WARDEN_RETENTION_MESSAGE_TEXT_DAYS',
  attachmentDays: 'WARDEN_RETENTION_ATTACHMENT_DAYS',
  loginDays: 'WARDEN_RETENTION_LOGIN_DAYS',
  messageTailMinutes: 'WARDEN_RETENTION_MESSAGE_TAIL_MINUTES',
  sweepEveryMinutes: 'WARDEN_RETENTION_SWEEP_MINUTES',
  batchSize: 'WARDEN_RETENTION_BATCH',
};

/** Reads WARDEN_RETENTION_*; throws ConfigError naming the variable for anything but a whole number in range. */
export function loadRetentionConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<RetentionConfig> = {}): RetentionConfig {
  const out: RetentionConfig = { ...DEFAULT_RETENTION };
  for (const key of Object.keys(ENV) as (keyof RetentionConfig)[]) {
    const raw = env[ENV[key]];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    // Periods may be 0 (keep for ever); the tail, the schedule and the batch must be positive.
    const min = key === 'messageTailMinutes' || key === 'sweepEveryMinutes' || key === 'batchSize' ? 1 : 0;
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min)
      throw new ConfigError(
        `invalid configuration: ${ENV[key]} must be a whole number${min ? ' above 0' : ' (0 = keep for ever)'} (got ${JSON.stringify(raw)})`,
      );
    out[key] = n;
  }
  return { ...out, ...overrides };
}
