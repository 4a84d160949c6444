// Cases configuration as data: queues and their routing rules, SLA clocks, the report-reason
// catalogue, priority weights and reporter credibility. Defaults here; an operator replaces
// any top-level part with a JSON file named by WARDEN_CASES_CONFIG, read once by the
// composition root (app/wiring.ts) and handed to the CaseService.
import { readFileSync } from 'node:fs';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ConfigError } from '../app/config.ts';
import { SEVERITIES, type Severity } from '../policy/schema.ts';

/** Priority bands share the severity words: a case's band picks its SLA clock. */
export type PriorityBand = Severity;

const Match = Type.Object(
  {
    source: Type.Optional(Type.String()),
    subjectType: Type.Optional(Type.String()),
    /** Exact name, or a prefix ending in '*'. */
    policy: Type.Optional(Type.String()),
    reportReason: Type.Optional(Type.String()),
    /** A signal type, or a namespace prefix ending in '*' (e.g. "malware.*"). */
    signalType: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const RoutingRule = Type.Object({ name: Type.String(), match: Match, queue: Type.String({ minLength: 1 }) }, { additionalProperties: false });

const SlaHours = Type.Object({
  low: Type.Number({ minimum: 0 }),
  medium: Type.Number({ minimum: 0 }),
  high: Type.Number({ minimum: 0 }),
  critical: Type.Number({ minimum: 0 }),
});

export const CasesConfigSchema = Type.Object({
  /** First matching rule wins; a case that matches none goes to defaultQueue. */
  routes: Type.Array(RoutingRule),
  defaultQueue: Type.String({ minLength: 1 }),
  /** Hours from opening until a case is overdue, per queue and priority band. */
  sla: Type.Record(Type.String(), SlaHours),
  slaDefault: SlaHours,
  reportReasons: Type.Array(
    Type.Object({
      code: Type.String({ pattern: '^[a-z_]+$' }),
      label: Type.String(),
      /** Severity a report with this reason brings to its case. */
      severity: Type.Union(SEVERITIES.map((s) => Type.Literal(s))),
    }),
    { minItems: 1 },
  ),
  priority: Type.Object({
    severity: Type.Object({ low: Type.Number(), medium: Type.Number(), high: Type.Number(), critical: Type.Number() }),
    /** Each credible report adds credibility × perReport, up to reportsMax. */
    perReport: Type.Number(),
    reportsMax: Type.Number(),
    /** Reach: log2(1 + distinct accounts messaged) × perReachDoubling, up to reachMax. */
    perReachDoubling: Type.Number(),
    reachMax: Type.Number(),
    /** Earnings: log10(1 + dollars earned) × perEarningsDecade, up to earningsMax. */
    perEarningsDecade: Type.Number(),
    earningsMax: Type.Number(),
    /** Lower bounds of the bands on the 0..100 scale. */
    bands: Type.Object({ medium: Type.Number(), high: Type.Number(), critical: Type.Number() }),
  }),
  credibility: Type.Object({
    /** Beta prior: a new reporter starts at upheldPrior / (upheldPrior + dismissedPrior). */
    upheldPrior: Type.Number({ exclusiveMinimum: 0 }),
    dismissedPrior: Type.Number({ exclusiveMinimum: 0 }),
    /** Below this credibility, after at least minDecided decided reports, a reporter is muted. */
    muteBelow: Type.Number({ minimum: 0, maximum: 1 }),
    minDecided: Type.Integer({ minimum: 1 }),
  }),
  /**
   * Report triage (triage.ts): when a report nothing corroborates waits in the triage queue
   * instead of opening an investigation case.
   */
  triage: Type.Object({
    /** Low report accuracy: below this credibility, after at least minDecided decided reports. */
    accuracyBelow: Type.Number({ minimum: 0, maximum: 1 }),
    minDecided: Type.Integer({ minimum: 1 }),
    /** A burst: this many reports on distinct accounts within burstHours. */
    burstReports: Type.Integer({ minimum: 2 }),
    burstHours: Type.Number({ exclusiveMinimum: 0 }),
    /**
     * A reporter with this many upheld reports (and accuracy at or above the bar) is proven: their
     * reports on accounts they never dealt with, and in bursts, are not triaged for that. Until
     * then such reports wait in triage (0: never triaged for those two reasons).
     */
    provenUpheld: Type.Integer({ minimum: 0 }),
    /** How far back other reports on the same account count (a second reporter, linked reporters). */
    lookbackDays: Type.Number({ exclusiveMinimum: 0 }),
  }),
  bulkMax: Type.Integer({ minimum: 1, maximum: 10_000 }),
});
export type CasesConfig = Static<typeof CasesConfigSchema>;
export type RoutingRule = Static<typeof RoutingRule>;

export const DEFAULT_CASES_CONFIG: CasesConfig = {
  routes: [
    { name: 'appeals', match: { source: 'appeal' }, queue: 'appeals' },
    { name: 'disputes', match: { source: 'dispute' }, queue: 'disputes' },
    { name: 'malware signals', match: { signalType: 'malware.*' }, queue: 'security' },
    { name: 'malware policy', match: { policy: 'malware*' }, queue: 'security' },
    { name: 'attachments', match: { subjectType: 'attachment' }, queue: 'security' },
    { name: 'reported files and links', match: { reportReason: 'suspicious_file_or_link' }, queue: 'security' },
    { name: 'account takeover', match: { signalType: 'account.*' }, queue: 'security' },
    { name: 'harassment reports', match: { reportReason: 'harassment' }, queue: 'safety' },
    { name: 'payment outside', match: { signalType: 'offplatform.payment_outside' }, queue: 'circumvention' },
    { name: 'off-platform signals', match: { signalType: 'offplatform.*' }, queue: 'circumvention' },
    { name: 'circumvention signals', match: { signalType: 'circumvention.*' }, queue: 'circumvention' },
    { name: 'contact policy', match: { policy: 'contact*' }, queue: 'circumvention' },
    { name: 'off-platform reports', match: { reportReason: 'offplatform_contact' }, queue: 'circumvention' },
    { name: 'scam signals', match: { signalType: 'scam.*' }, queue: 'fraud' },
    { name: 'scam reports', match: { reportReason: 'scam_fraud' }, queue: 'fraud' },
    { name: 'identity reports', match: { reportReason: 'fake_identity' }, queue: 'fraud' },
    { name: 'spam signals', match: { signalType: 'spam.*' }, queue: 'spam' },
    { name: 'spam reports', match: { reportReason: 'spam' }, queue: 'spam' },
  ],
  defaultQueue: 'general',
  // Appeals: "most are reviewed within 2 business days" (reference/marketplace-facts.md).
  sla: {
    appeals: { low: 48, medium: 48, high: 24, critical: 12 },
    // Disputes: "a mediator proposes a settlement within 2 days" (reference/marketplace-facts.md).
    disputes: { low: 48, medium: 48, high: 48, critical: 24 },
    security: { low: 24, medium: 8, high: 2, critical: 1 },
    safety: { low: 24, medium: 8, high: 2, critical: 1 },
  },
  slaDefault: { low: 72, medium: 24, high: 8, critical: 2 },
  reportReasons: [
    { code: 'offplatform_contact', label: 'Asked to communicate or pay outside the platform', severity: 'medium' },
    { code: 'spam', label: 'Spam', severity: 'low' },
    { code: 'scam_fraud', label: 'Scam or fraud', severity: 'high' },
    { code: 'fake_identity', label: 'Fake or stolen identity', severity: 'high' },
    { code: 'harassment', label: 'Harassment', severity: 'high' },
    { code: 'suspicious_file_or_link', label: 'Suspicious file or link', severity: 'high' },
    { code: 'other', label: 'Other', severity: 'low' },
  ],
  priority: {
    severity: { low: 10, medium: 30, high: 55, critical: 80 },
    perReport: 8,
    reportsMax: 20,
    perReachDoubling: 2.5,
    reachMax: 15,
    perEarningsDecade: 2,
    earningsMax: 10,
    bands: { medium: 30, high: 55, critical: 80 },
  },
  credibility: { upheldPrior: 2, dismissedPrior: 2, muteBelow: 0.2, minDecided: 5 },
  // With the Beta(2, 2) prior: two dismissed reports and none upheld give 0.33, 1 upheld and 3
  // dismissed 0.375; one of each 0.5. A burst of three in a day is more than what reaches an
  // honest user; one upheld report earns a reporter's word on strangers and in bursts.
  triage: { accuracyBelow: 0.4, minDecided: 2, burstReports: 3, burstHours: 24, provenUpheld: 1, lookbackDays: 30 },
  bulkMax: 1000,
};

/** The environment variable naming a JSON file whose top-level keys replace the defaults. */
export const CASES_CONFIG_ENV = 'WARDEN_CASES_CONFIG';

/** Defaults, overlaid with the file named by WARDEN_CASES_CONFIG; fails naming the variable and the field. */
export function loadCasesConfig(env: NodeJS.ProcessEnv = process.env): CasesConfig {
  const file = env[CASES_CONFIG_ENV];
  if (!file) return DEFAULT_CASES_CONFIG;
  let patch: unknown;
  try {
    patch = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`invalid configuration: ${CASES_CONFIG_ENV} (${file}) is not a readable JSON file: ${(err as Error).message}`);
  }
  const next = { ...DEFAULT_CASES_CONFIG, ...(patch as object) };
  const e = Value.Errors(CasesConfigSchema, next).First();
  if (e) throw new ConfigError(`invalid configuration: ${CASES_CONFIG_ENV} (${file}) ${e.path} ${e.message}`);
  return next;
}
