// View models of standing, actions, appeals and notices, adapted from enforcement's API
// (src/enforce/*) and from the public standing link (src/console/public-standing.ts).
import type { PublicStanding } from '../../../src/console/public-standing.ts';
import type { AppealMessageView, AppealView, REVIEWER_MESSAGE_KINDS } from '../../../src/enforce/appeals.ts';
import type { Standing } from '../../../src/enforce/standing.ts';
import type { VerificationView } from '../../../src/enforce/verification.ts';
import type { ActionView } from '../../../src/enforce/views.ts';

export type { ActionView, AppealMessageView, AppealView, PublicStanding, Standing, VerificationView };

/**
 * GET /v1/appeals/{id}: the user's words with contact details hidden (`hiddenContacts` runs, over
 * the appeal and the user's messages); POST …/reveal shows them, audited. `messages` is the
 * conversation, oldest first; `awaitingUser` says the last word is a reviewer's question.
 */
export type MaskedAppealView = AppealView & { hiddenContacts: number; messages: AppealMessageView[]; awaitingUser: boolean };

/** What a reviewer may add to an open appeal (POST /v1/appeals/{id}/questions): the user gets it as a notice. */
export type ReviewerTurn = (typeof REVIEWER_MESSAGE_KINDS)[number];

/** How a turn of an appeal's conversation is named in the console. */
export const TURN_LABELS: Record<string, string> = {
  statement: 'added a statement',
  evidence: 'added evidence',
  answer: 'answered',
  question: 'asked',
  reply: 'replied',
};

export const ACTION_TYPES = ['warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];
export const FEATURES = ['new_conversations', 'proposals', 'messaging', 'job_posts'] as const;

export const ACTION_LABELS: Record<string, string> = {
  warning: 'Warning',
  restriction: 'Restriction',
  payment_hold: 'Payment hold',
  suspension: 'Temporary suspension',
  permanent_suspension: 'Permanent suspension',
  notification: 'Reminder',
};

export const STATUS_LABELS: Record<Standing['status'], string> = {
  good: 'In good standing',
  strikes: 'Active strikes',
  restricted: 'Restricted',
  on_hold: 'Payments on hold',
  suspended: 'Suspended',
};

export const STATUS_TONE: Record<Standing['status'], 'ok' | 'warn' | 'bad'> = {
  good: 'ok',
  strikes: 'warn',
  restricted: 'warn',
  on_hold: 'bad',
  suspended: 'bad',
};

export interface StandingSummary {
  status: Standing['status'];
  statusLabel: string;
  tone: 'ok' | 'warn' | 'bad';
  summary: string;
  activeActions: number;
  strikePoints: number;
  activeStrikes: number;
  nextStep: string | null;
  openAppeals: number;
}

export function toStandingSummary(s: Standing | PublicStanding): StandingSummary {
  return {
    status: s.status,
    statusLabel: STATUS_LABELS[s.status],
    tone: STATUS_TONE[s.status],
    summary: s.summary,
    activeActions: s.activeActions.length,
    strikePoints: s.strikes.points,
    activeStrikes: s.strikes.active.length,
    nextStep: s.strikes.next
      ? `${ACTION_LABELS[s.strikes.next.action] ?? s.strikes.next.action} at ${s.strikes.next.atPoints} point${s.strikes.next.atPoints === 1 ? '' : 's'}`
      : null,
    openAppeals: s.appeals.open.length,
  };
}

export interface PreviewNotice {
  subject: string;
  text: string;
  html: string;
  locale: string;
}
