// An account's standing, written for the person it belongs to: what is in force, what counts
// against them and until when, what they said and what we decided, and what they can do next.
import type { DbOrTx } from '../store/db.ts';
import { type AppealView, toAppealView } from './appeals.ts';
import { type CaseDesk, type EnforceSettings, settingsOf } from './deps.ts';
import { isHoldOrSuspension } from './ladder.ts';
import { type Notice, noticeWordsIn } from './notices/render.ts';
import { listNotices } from './notices/store.ts';
import { type HeldPayoutView, heldPayouts } from './payout-holds.ts';
import { standingWords } from './standing-messages.ts';
import { strikeStanding } from './strikes.ts';
import { listVerifications, type VerificationView } from './verification.ts';
import { type ActionView, type StrikeView, toActionView, toStrikeView } from './views.ts';
import './tables.ts';

export interface NextStep {
  kind: 'verify_identity' | 'appeal' | 'wait' | 'read_policy' | 'nothing';
  text: string;
  by?: string;
  actionId?: string;
  strikeId?: string;
  verificationId?: string;
}

export interface Standing {
  accountId: string;
  /** The language of `summary` and `whatYouCanDo` (en, es, pt, fr, de, ru). */
  locale: string;
  asOf: string;
  status: 'good' | 'strikes' | 'restricted' | 'on_hold' | 'suspended';
  summary: string;
  activeActions: ActionView[];
  /** Payouts held by a payment-risk decision while a reviewer looks (newest first); each counts as a measure in force. */
  heldPayouts: HeldPayoutView[];
  strikes: { active: StrikeView[]; points: number; next: { atPoints: number; action: string } | null; history: StrikeView[] };
  appeals: { open: AppealView[]; decided: AppealView[] };
  verifications: VerificationView[];
  notices: Notice[];
  whatYouCanDo: NextStep[];
}

const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function describeAction(a: ActionView, w: StandingWords): string {
  const what = a.type === 'restriction' ? w.say('restrictionOn', { feature: w.feature(a.feature) }) : w.say('item', { action: w.action(a.type) });
  if (a.type === 'permanent_suspension') return what;
  return a.endsAt ? w.say('untilDay', { what, day: day(a.endsAt) }) : w.say('untilLifted', { what });
}

type StandingWords = ReturnType<typeof standingWords>;

/**
 * The account's standing. `locale` picks the language of the summary, the steps and the
 * notices (the notices' own language when absent; the sentences then in English). The HTTP route and
 * the signed page pass the account's language when the caller names none (notices/store.accountLocale).
 */
export async function getStanding(
  db: DbOrTx,
  accountId: string,
  o: EnforceSettings & { cases: Pick<CaseDesk, 'openCaseIds'>; locale?: string; maskQuote?: (quote: string) => string },
): Promise<Standing> {
  const { cfg, now } = settingsOf(o);
  const w = standingWords(o.locale ?? 'en');
  const actions = (await db.selectFrom('enforcement_actions').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()).map(
    (r) => toActionView(r, cfg, now),
  );
  const strikes = (await db.selectFrom('enforcement_strikes').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()).map(
    (r) => toStrikeView(r, cfg, now),
  );
  const appeals = (await db.selectFrom('appeals').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()).map(toAppealView);
  // The request's reason is written for reviewers, in the policy's language; the user reads why
  // in their own language, from the trigger (the reviewer-facing words stay on GET /v1/verifications/{id}).
  const words = noticeWordsIn(w.locale);
  const verifications = (await listVerifications(db, accountId)).map((v) => ({
    ...v,
    reason: w.say('verifyWhy', { trigger: words.verificationTrigger(v.trigger) }),
  }));
  const notices = await listNotices(db, accountId, cfg, o.locale, 50, o.maskQuote);
  const st = await strikeStanding(db, accountId, cfg, now);
  const payouts = await heldPayouts(db, accountId, o.cases);

  const active = actions.filter((a) => a.status === 'active');
  const activeStrikes = strikes.filter((s) => s.status === 'active');
  const appealed = new Set(appeals.flatMap((a) => [a.actionId, a.strikeId]).filter(Boolean));
  const steps: NextStep[] = [];
  for (const v of verifications.filter((v) => v.status === 'requested')) {
    steps.push({
      kind: 'verify_identity',
      verificationId: v.id,
      by: v.dueAt,
      text:
        w.say(v.level === 'light' ? 'verifyLight' : 'verify', { due: day(v.dueAt) }) +
        w.say(
          v.holdActionId
            ? 'verifyHold'
            : v.level === 'light'
              ? 'verifyLightLapse'
              : v.trigger === 'policy' || v.trigger === 'suspicious_login'
                ? 'verifyReview'
                : 'verifyMissHold',
        ),
    });
  }
  // A proposed action is not in force: it is what a person decides next, so it is the next step
  // (never listed with activeActions, never in the status).
  const proposed = actions.filter((a) => a.status === 'proposed');
  for (const a of proposed)
    steps.push({
      kind: 'wait',
      actionId: a.id,
      text: a.type === 'payment_hold' ? w.say('holdProposed') : w.say('actionProposed', { action: w.action(a.type) }),
    });
  for (const v of verifications.filter((v) => v.status === 'submitted')) {
    steps.push({
      kind: 'wait',
      verificationId: v.id,
      text: w.say('submitted'),
    });
  }
  for (const a of active) {
    if (appealed.has(a.id) || (a.strikeId && appealed.has(a.strikeId))) continue;
    if (new Date(a.appealDeadline) > now)
      steps.push({
        kind: 'appeal',
        actionId: a.id,
        by: a.appealDeadline,
        text: w.say('appealAction', { action: w.action(a.type), by: day(a.appealDeadline), max: cfg.appealMaxChars }),
      });
  }
  for (const s of activeStrikes) {
    if (appealed.has(s.id) || actions.some((a) => a.strikeId === s.id && a.status === 'active')) continue;
    if (new Date(s.appealDeadline) > now)
      steps.push({
        kind: 'appeal',
        strikeId: s.id,
        by: s.appealDeadline,
        text: w.say('appealStrike', { day: day(s.createdAt), by: day(s.appealDeadline) }),
      });
  }
  for (const p of payouts) steps.push({ kind: 'wait', text: w.say('payoutReview', { day: day(p.heldAt) }) });
  for (const a of appeals.filter((a) => a.status === 'open')) steps.push({ kind: 'wait', text: w.say('appealWaiting', { day: day(a.createdAt) }) });
  const timed = active.filter((a) => a.endsAt && a.type !== 'warning');
  for (const a of timed)
    steps.push({
      kind: 'wait',
      actionId: a.id,
      by: a.endsAt as string,
      text: w.say('endsOnItsOwn', { action: w.action(a.type), day: day(a.endsAt as string) }),
    });
  if (activeStrikes.length) {
    const oldest = [...activeStrikes].sort((x, y) => x.expiresAt.localeCompare(y.expiresAt))[0];
    steps.push({
      kind: 'read_policy',
      text: w.say('strikesExpire', { days: cfg.strikeTtlDays, day: day(oldest.expiresAt) }),
    });
  }
  if (!steps.length) steps.push({ kind: 'nothing', text: w.say('nothing') });

  const status: Standing['status'] = active.some((a) => a.type === 'suspension' || a.type === 'permanent_suspension')
    ? 'suspended'
    : active.some((a) => a.type === 'payment_hold') || payouts.length
      ? 'on_hold'
      : active.some((a) => a.type === 'restriction')
        ? 'restricted'
        : activeStrikes.length
          ? 'strikes'
          : 'good';
  const parts: string[] = [];
  const restrictive = active.filter((a) => a.type !== 'warning');
  if (restrictive.length) parts.push(w.say('inForce', { list: w.list(restrictive.map((a) => describeAction(a, w))) }));
  if (payouts.length) parts.push(w.say('payoutHeld', { count: payouts.length }));
  if (activeStrikes.length) {
    const counts = { count: activeStrikes.length, points: st.activePoints };
    const reviewed = st.next && isHoldOrSuspension(st.next.action) ? w.say('reviewedFirst') : '';
    // While a step waits on a reviewer the ladder does not move (incidents.ts: pending_proposal),
    // so the summary names that step, not a further one.
    parts.push(st.next && !proposed.length ? w.say('strikesNext', { ...counts, action: w.action(st.next.action), reviewed }) : w.say('strikes', counts));
  }
  const first = steps[0];
  if (first.kind !== 'nothing' && first.kind !== 'read_policy') parts.push(w.say('next', { step: first.text }));
  const summary = parts.length ? parts.join(' ') : w.say('good');
  return {
    accountId,
    locale: w.locale,
    asOf: now.toISOString(),
    status,
    summary,
    activeActions: active,
    heldPayouts: payouts,
    strikes: {
      active: activeStrikes,
      points: st.activePoints,
      next: st.next ? { atPoints: st.next.minPoints, action: st.next.action } : null,
      history: strikes.filter((s) => s.status !== 'active'),
    },
    appeals: { open: appeals.filter((a) => a.status === 'open'), decided: appeals.filter((a) => a.status !== 'open') },
    verifications,
    notices,
    whatYouCanDo: steps,
  };
}
