// An account's standing, written for the person it belongs to: what is in force, what counts
// against them and until when, what they said and what we decided, and what they can do next.
import type { DbOrTx } from '../store/db.ts';
import { type AppealView, toAppealView } from './appeals.ts';
import { type EnforceSettings, settingsOf } from './deps.ts';
import type { Notice } from './notices/render.ts';
import { listNotices } from './notices/store.ts';
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
  asOf: string;
  status: 'good' | 'strikes' | 'restricted' | 'on_hold' | 'suspended';
  summary: string;
  activeActions: ActionView[];
  strikes: { active: StrikeView[]; points: number; next: { atPoints: number; action: string } | null; history: StrikeView[] };
  appeals: { open: AppealView[]; decided: AppealView[] };
  verifications: VerificationView[];
  notices: Notice[];
  whatYouCanDo: NextStep[];
}

const ACTION_WORDS: Record<string, string> = {
  warning: 'warning',
  restriction: 'restriction',
  payment_hold: 'payment hold',
  suspension: 'temporary suspension',
  permanent_suspension: 'permanent suspension',
  notification: 'reminder',
};
const FEATURE_WORDS: Record<string, string> = {
  new_conversations: 'starting new conversations with people you have no contract with',
  proposals: 'sending proposals',
  messaging: 'sending messages',
  job_posts: 'posting jobs',
};
const day = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function describeAction(a: ActionView): string {
  const what = a.type === 'restriction' ? `a restriction on ${FEATURE_WORDS[a.feature ?? ''] ?? a.feature}` : `a ${ACTION_WORDS[a.type]}`;
  const until = a.type === 'permanent_suspension' ? '' : a.endsAt ? ` until ${day(a.endsAt)}` : ' until a reviewer lifts it';
  return `${what}${until}`;
}

export async function getStanding(db: DbOrTx, accountId: string, o: EnforceSettings & { locale?: string }): Promise<Standing> {
  const { cfg, now } = settingsOf(o);
  const actions = (await db.selectFrom('enforcement_actions').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()).map(
    (r) => toActionView(r, cfg, now),
  );
  const strikes = (await db.selectFrom('enforcement_strikes').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()).map(
    (r) => toStrikeView(r, cfg, now),
  );
  const appeals = (await db.selectFrom('appeals').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()).map(toAppealView);
  const verifications = await listVerifications(db, accountId);
  const notices = await listNotices(db, accountId, cfg, o.locale);
  const st = await strikeStanding(db, accountId, cfg, now);

  const active = actions.filter((a) => a.status === 'active');
  const activeStrikes = strikes.filter((s) => s.status === 'active');
  const appealed = new Set(appeals.flatMap((a) => [a.actionId, a.strikeId]).filter(Boolean));
  const steps: NextStep[] = [];
  for (const v of verifications.filter((v) => v.status === 'requested')) {
    steps.push({
      kind: 'verify_identity',
      verificationId: v.id,
      by: v.dueAt,
      text: `Verify your identity by ${day(v.dueAt)}: upload a photo of a government ID and a selfie.${v.holdActionId ? ' Your payment hold is lifted once a reviewer approves them.' : v.trigger === 'policy' || v.trigger === 'suspicious_login' ? ' If you miss the date, a person on our team looks at your account before anything changes.' : ' If you miss the date, payments to you are held until you verify.'}`,
    });
  }
  for (const v of verifications.filter((v) => v.status === 'submitted')) {
    steps.push({
      kind: 'wait',
      verificationId: v.id,
      text: 'We received your identity documents; a person is comparing them. Nothing else is needed from you.',
    });
  }
  for (const a of active) {
    if (appealed.has(a.id) || (a.strikeId && appealed.has(a.strikeId))) continue;
    if (new Date(a.appealDeadline) > now)
      steps.push({
        kind: 'appeal',
        actionId: a.id,
        by: a.appealDeadline,
        text: `If the ${ACTION_WORDS[a.type]} is a mistake, appeal it by ${day(a.appealDeadline)} (up to ${cfg.appealMaxChars} characters); a person reviews every appeal.`,
      });
  }
  for (const s of activeStrikes) {
    if (appealed.has(s.id) || actions.some((a) => a.strikeId === s.id && a.status === 'active')) continue;
    if (new Date(s.appealDeadline) > now)
      steps.push({
        kind: 'appeal',
        strikeId: s.id,
        by: s.appealDeadline,
        text: `If the strike of ${day(s.createdAt)} is a mistake, appeal it by ${day(s.appealDeadline)}.`,
      });
  }
  for (const a of appeals.filter((a) => a.status === 'open'))
    steps.push({ kind: 'wait', text: `Your appeal of ${day(a.createdAt)} is with a reviewer; you will get a notice with the decision.` });
  const timed = active.filter((a) => a.endsAt && a.type !== 'warning');
  for (const a of timed)
    steps.push({ kind: 'wait', actionId: a.id, by: a.endsAt as string, text: `The ${ACTION_WORDS[a.type]} ends on its own on ${day(a.endsAt as string)}.` });
  if (activeStrikes.length) {
    const oldest = [...activeStrikes].sort((x, y) => x.expiresAt.localeCompare(y.expiresAt))[0];
    steps.push({
      kind: 'read_policy',
      text: `Strikes stop counting after ${cfg.strikeTtlDays} days; your oldest one stops counting on ${day(oldest.expiresAt)}. Staying within the policies is what restores your standing.`,
    });
  }
  if (!steps.length) steps.push({ kind: 'nothing', text: 'Nothing to do: your account is in good standing.' });

  const status: Standing['status'] = active.some((a) => a.type === 'suspension' || a.type === 'permanent_suspension')
    ? 'suspended'
    : active.some((a) => a.type === 'payment_hold')
      ? 'on_hold'
      : active.some((a) => a.type === 'restriction')
        ? 'restricted'
        : activeStrikes.length
          ? 'strikes'
          : 'good';
  const parts: string[] = [];
  const restrictive = active.filter((a) => a.type !== 'warning');
  if (restrictive.length) parts.push(`In force on your account: ${restrictive.map(describeAction).join('; ')}.`);
  if (activeStrikes.length) {
    parts.push(
      `You have ${activeStrikes.length} active strike${activeStrikes.length === 1 ? '' : 's'} (${st.activePoints} point${st.activePoints === 1 ? '' : 's'})${st.next ? `; if it happens again after your last notice, the next step is a ${ACTION_WORDS[st.next.action]}${st.next.action === 'permanent_suspension' || st.next.action === 'suspension' || st.next.action === 'payment_hold' ? ', which a person reviews first when the evidence is not strong enough' : ''}` : ''}.`,
    );
  }
  const first = steps[0];
  if (first.kind !== 'nothing' && first.kind !== 'read_policy') parts.push(`Next: ${first.text}`);
  const summary = parts.length ? parts.join(' ') : 'Your account is in good standing: no active actions, no strikes.';
  return {
    accountId,
    asOf: now.toISOString(),
    status,
    summary,
    activeActions: active,
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
