// What the simulator produces: a timeline Warden sees, and a ground truth it never sees.
export const HONEST_KINDS = [
  'plain',
  'enterprise',
  'long_trusted',
  'unverified_payment',
  'vpn',
  'traveller',
  'top_earner',
  'post_contract_sharer',
  'refuser',
] as const;
export const ABUSE_TYPES = [
  'circumvention',
  'proposal_spam',
  'scam_job',
  'mule_recruiter',
  'malware',
  'account_takeover',
  'multi_account',
  'false_reporter',
  // Only with GenerateOptions.moneyFlows (src/simulate/flows.ts): behaviour visible across events alone.
  'direct_hire',
  'money_mule',
  // Also only with moneyFlows (src/simulate/pattern-actors.ts).
  'contract_undercut',
  'invite_fishing',
  'laundering',
] as const;
/** The abuse types played only with GenerateOptions.moneyFlows. */
export const MONEY_FLOW_ABUSE: readonly string[] = ['direct_hire', 'money_mule', 'contract_undercut', 'invite_fishing', 'laundering'];
/** How a false reporter picks targets (src/simulate/false-reporters.ts): strangers en masse, one counterparty after a dispute, or as one of a ring of linked accounts. */
export const FALSE_REPORTING = ['mass', 'retaliation', 'ring'] as const;
export type FalseReporting = (typeof FALSE_REPORTING)[number];
export type HonestKind = (typeof HONEST_KINDS)[number];
export type AbuseType = (typeof ABUSE_TYPES)[number];
export type Role = 'client' | 'freelancer' | 'agency';

export interface SimAccount {
  id: string;
  role: Role;
  name: string;
  country: string;
  /** Honest accounts have a kind; bad ones an abuse type (an account taken over was honest until the takeover). */
  honest: boolean;
  kind: HonestKind;
  abuse: AbuseType | null;
  registeredAt: string;
  /** Several accounts run by one person share a group. */
  group?: string;
  /** Honest people of one household (one computer, one home connection) share this id. */
  household?: string;
  /**
   * The part an account created by pattern-actors.ts plays: a bad actor, a counterpart of one, or
   * an honest look-alike (its PLAYS value). Absent on every other account.
   */
  plays?: string;
  /** False reporters only: how they pick whom to report. */
  falseReporting?: FalseReporting;
}

export interface SimEvent {
  id: string;
  type: string;
  occurredAt: string;
  actor: { id: string; ip?: string; deviceId?: string; userAgent?: string };
  data: Record<string, unknown>;
}

export type TimelineItem =
  | { kind: 'event'; at: string; event: SimEvent }
  | {
      kind: 'upload';
      at: string;
      upload: { attachmentId: string; name: string; mimeType: string; messageId: string; accountId: string; recipientId: string; base64: string };
    }
  | {
      kind: 'report';
      at: string;
      id: string;
      report: { reporterId: string; subject: { type: string; id: string; accountId: string; text?: string }; reason: string; comment?: string };
    }
  | { kind: 'appeal'; at: string; id: string; accountId: string; text: string }
  /** The simulated review team works the open queues (see stream.ts). */
  | { kind: 'review'; at: string; id: string };

export interface AbusiveItem {
  /** Event id, or report id for false reports. */
  id: string;
  accountId: string;
  abuse: AbuseType;
  at: string;
}

export interface GroundTruth {
  version: 1;
  seed: number;
  scale: { accounts: number; days: number };
  startAt: string;
  endAt: string;
  /** 'real+templates' when ../shared/data/real was read, else 'templates'. */
  textSource: 'real+templates' | 'templates';
  realDataDir: string | null;
  accounts: SimAccount[];
  abusive: AbusiveItem[];
  /** Account taken over: when the attacker got in (before that its events are the owner's). */
  takeovers: { accountId: string; at: string }[];
}

export interface Simulation {
  timeline: TimelineItem[];
  truth: GroundTruth;
}
