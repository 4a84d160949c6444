// The notice a user would get if the reviewer applied this action now: rendered by
// enforcement's own templates from the facts the action would carry, so the preview
// and the real notice come from one renderer. Nothing is written. The quote of the user's
// content has its contact details masked: the reviewer reads this, and contact details are
// shown to reviewers only through the audited reveal (the user's real notice quotes them).

import { validationError } from '../app/errors.ts';
import type { CaseService } from '../cases/service.ts';
import { maskSubject, subjectSpans } from '../detect/contact/masking.ts';
import { ACTION_TYPES, type ActionType, type EnforceConfig, type Feature } from '../enforce/config.ts';
import { type RenderedNotice, renderNotice, resolveLocale } from '../enforce/notices/render.ts';
import { accountLocale } from '../enforce/notices/store.ts';
import { nextStep, strikeStanding } from '../enforce/strikes.ts';
import type { Severity } from '../policy/schema.ts';
import type { DbOrTx } from '../store/db.ts';

export interface NoticePreviewInput {
  caseId: string;
  type: ActionType;
  feature?: Feature;
  durationDays?: number;
  severity?: Severity;
  policy?: string;
  locale?: string;
}

const DAY = 86_400_000;

export async function previewActionNotice(
  db: DbOrTx,
  input: NoticePreviewInput,
  deps: { cases: CaseService; config: EnforceConfig },
  now = new Date(),
): Promise<RenderedNotice & { kind: 'action' }> {
  if (!ACTION_TYPES.includes(input.type)) throw validationError('/type', `must be one of ${ACTION_TYPES.join(', ')}`);
  const cfg = deps.config;
  const kase = await deps.cases.getCaseView(db, input.caseId);
  const accountId = kase.subject.accountId;
  const severity = input.severity ?? (input.type === 'warning' ? 'low' : undefined);
  const current = await strikeStanding(db, accountId, cfg, now);
  // As applyAction records it: the action's strike counts at least its step's points, and the
  // account stands at that step afterwards, so "next" is the step after it (never itself).
  const stepIndex = cfg.ladder.findIndex((s) => s.action === input.type);
  const points = current.activePoints + (severity ? Math.max(cfg.severityPoints[severity], cfg.ladder[stepIndex]?.minPoints ?? 0) : 0);
  const next = nextStep(cfg, Math.max(current.position, stepIndex), points);
  const strikeExpires = new Date(now.getTime() + cfg.strikeTtlDays * DAY).toISOString();
  const endsAt =
    input.type === 'warning'
      ? severity
        ? strikeExpires
        : null
      : input.type === 'permanent_suspension' || !input.durationDays
        ? null
        : new Date(now.getTime() + input.durationDays * DAY).toISOString();
  const locale = resolveLocale(input.locale ?? (await accountLocale(db, accountId, cfg)), cfg.defaultLocale);
  const rendered = renderNotice(
    {
      kind: 'action',
      accountId,
      policy: { name: input.policy ?? kase.policy ?? kase.policies[0] ?? 'reviewer_decision' },
      action: {
        id: 'preview',
        type: input.type,
        feature: input.type === 'restriction' ? (input.feature ?? 'new_conversations') : null,
        status: 'active',
        startsAt: now.toISOString(),
        endsAt,
      },
      strike: severity ? { id: 'preview', expiresAt: strikeExpires } : undefined,
      quote: kase.subject.text === null ? undefined : maskSubject(kase.subject.text, subjectSpans(kase.subject.text, kase.signals)).text,
      standing: {
        activePoints: points,
        activeStrikes: current.activeStrikes + (severity ? 1 : 0),
        next,
      },
      appealDeadline: new Date(now.getTime() + cfg.appealWindowDays * DAY).toISOString(),
    },
    locale,
    cfg,
  );
  return { kind: 'action', ...rendered };
}
