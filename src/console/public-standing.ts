// What the holder of a standing link sees: the enforcement service's standing, minus what
// is internal to the review team (who reviewed, case and decision ids). Notices are written
// for users already and pass through unchanged.
import type { Standing } from '../enforce/standing.ts';

type Action = Standing['activeActions'][number];
type Strike = Standing['strikes']['active'][number];
type Appeal = Standing['appeals']['open'][number];
type Verification = Standing['verifications'][number];

const publicAction = (a: Action) => ({
  id: a.id,
  type: a.type,
  feature: a.feature,
  status: a.status,
  policy: a.policy,
  reason: a.reason,
  evidence: { quote: a.evidence?.quote, spans: a.evidence?.spans },
  strikeId: a.strikeId,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  lifted: a.lifted ? { at: a.lifted.at, reason: a.lifted.reason } : null,
  restored: a.restored,
  appealDeadline: a.appealDeadline,
  createdAt: a.createdAt,
});

const publicStrike = (s: Strike) => ({
  id: s.id,
  policy: s.policy,
  severity: s.severity,
  points: s.points,
  evidence: { quote: s.evidence?.quote, spans: s.evidence?.spans },
  status: s.status,
  createdAt: s.createdAt,
  expiresAt: s.expiresAt,
  appealDeadline: s.appealDeadline,
});

type Conversation = { messages: { id: string; author: 'user' | 'reviewer'; kind: string; text: string; createdAt: string }[]; awaitingUser: boolean };

/** The appeal and its conversation as the user sees it: who spoke (the user or "a reviewer", never a name), what kind of turn, the words. */
const publicAppeal = (a: Appeal, c: Conversation | undefined) => ({
  id: a.id,
  actionId: a.actionId,
  strikeId: a.strikeId,
  text: a.text,
  status: a.status,
  decision: a.decision ? { at: a.decision.at, reason: a.decision.reason } : null,
  restored: a.restored,
  createdAt: a.createdAt,
  awaitingUser: c?.awaitingUser ?? false,
  messages: (c?.messages ?? []).map((m) => ({ id: m.id, author: m.author, kind: m.kind, text: m.text, createdAt: m.createdAt })),
});

const publicVerification = (v: Verification) => ({
  id: v.id,
  status: v.status,
  reason: v.reason,
  dueAt: v.dueAt,
  requestedAt: v.requestedAt,
  submittedAt: v.submittedAt,
  decision: v.decision ? { at: v.decision.at, reason: v.decision.reason } : null,
});

export type PublicStanding = ReturnType<typeof toPublicStanding>;

export function toPublicStanding(s: Standing, link: { expiresAt: string }, conversations: ReadonlyMap<string, Conversation> = new Map()) {
  return {
    accountId: s.accountId,
    locale: s.locale,
    asOf: s.asOf,
    linkExpiresAt: link.expiresAt,
    status: s.status,
    summary: s.summary,
    activeActions: s.activeActions.map(publicAction),
    strikes: { active: s.strikes.active.map(publicStrike), points: s.strikes.points, next: s.strikes.next, history: s.strikes.history.map(publicStrike) },
    appeals: {
      open: s.appeals.open.map((a) => publicAppeal(a, conversations.get(a.id))),
      decided: s.appeals.decided.map((a) => publicAppeal(a, conversations.get(a.id))),
    },
    verifications: s.verifications.map(publicVerification),
    notices: s.notices.map((n) => ({ id: n.id, kind: n.kind, createdAt: n.createdAt, locale: n.locale, subject: n.subject, text: n.text, html: n.html })),
    whatYouCanDo: s.whatYouCanDo,
  };
}
