// Screening: the answer a marketplace needs before it delivers a message, proposal or job
// post. Detectors find signals; the live policies decide; the decision is stored with its
// explanation (when it concerns a known account) and its effects run in the same transaction.

import { type RawBuilder, sql } from 'kysely';
import type { PlatformIdentity } from '../detect/contact/detect-contact.ts';
import { isRefusal } from '../detect/contact/refusal.ts';
import type { JobMeta } from '../detect/index.ts';
import { detectText, findAcrossMessages, isScopingAccessRequest, maskText, messageTail } from '../detect/index.ts';
import { textLanguage } from '../detect/language.ts';
import type { DetectionPool } from '../detect/pool/detection-pool.ts';
import { DEFAULT_MASS_SENDING_CONFIG, detectMassSending, fingerprint, type SendKind } from '../detect/spam/mass-sending.ts';
import { DEFAULT_SCATTER_CONFIG, detectScatteredProposals, type ProposedJob } from '../detect/spam/scattered-proposals.ts';
import { DEFAULT_VELOCITY_CONFIG, detectVelocity } from '../detect/spam/velocity.ts';
import type { ContentKind, Signal } from '../detect/types.ts';
import type { HoldingAction } from '../enforce/held.ts';
import { availableLocales, noticeWordsIn } from '../enforce/notices/render.ts';
import { accountLanguage } from '../events/locale.ts';
import { touchAccount } from '../events/projections.ts';
import { countersSql, type Decision, type DecisionService, evaluateDecision, type HeldBy, type RecipientNotice } from '../policy/decide.ts';
import { type AskPattern, type ContextValues, type Counters, reputationExemptionHolds } from '../policy/engine.ts';
import { signalsNeeded } from '../policy/needs.ts';
import { getPolicyVersion, type PolicySet } from '../policy/store.ts';
import type { DbOrTx, Tx } from '../store/db.ts';
import { deferWrite, type ReadAhead, readAfterCarrier, takeReadAhead } from '../store/write-behind.ts';
import { type AskRow, askDecisionOn, askedCounterparts, asksBetween, isAsk, OFF_PLATFORM_ASKS, recentAskFrom, recentAskSql } from './asks.ts';
import { type PartiesRead, partiesReadSql, type ScreeningParties, screeningContext, screeningFacts, type TrustLookups, unknownContext } from './context.ts';
import './tables.ts';
import type { SubjectType } from '../policy/schema.ts';

export interface ScreenInput {
  text: string;
  kind: ContentKind;
  senderId?: string;
  recipientId?: string;
  locale?: string;
  /** The subject's id (message id, proposal id, job id) when the caller has one. */
  subjectId?: string;
  jobId?: string;
  /** The proposal or invitation a message's conversation started from: its job is the message's job when `jobId` is absent. */
  via?: { proposalId?: string; invitationId?: string };
  eventId?: string;
  at?: Date;
  /** Job posts: what job.posted says beyond the text (logo, questions, salary). */
  job?: JobMeta;
  /** POST /v1/screen: the id the later event will give this content (messageId, proposalId, jobId). */
  contentId?: string;
}

export interface ScreenSignal {
  type: string;
  strength: Signal['strength'];
  start: number | null;
  end: number | null;
  text: string | null;
}

export interface ScreenResult {
  outcome: Decision['outcome'];
  signals: ScreenSignal[];
  maskedText: string;
  notice?: { policy: string; title: string; url?: string; text: string; locale: string };
  decisionId?: string;
  exemptions: { policy: string; id: string; description: string }[];
  /** Exemptions whose condition held but that the engine withheld, and why (a pattern of off-platform asks). */
  exemptionsWithheld: Decision['exemptionsWithheld'];
  policies: Decision['policies'];
  effects?: Decision['effects'];
  /** Not delivered: an enforcement action in force holds it (the notice says which and how to appeal). */
  heldBy?: Decision['heldBy'];
  /** For the recipient of a request to move off the platform: guidance in their language and the one-step report. */
  recipientNotice?: RecipientNotice;
}

/**
 * How far apart a `POST /v1/screen` call and the event reporting the same content may be
 * (1 hour before the event's time, 10 minutes after it, for clocks that disagree) for the
 * event to take the screen's decision instead of being judged again.
 */
const SCREEN_LINK_BEFORE_MS = 60 * 60_000;
const SCREEN_LINK_AFTER_MS = 10 * 60_000;

/** Consecutive messages further apart than this (10 minutes) are not read together. */
const MESSAGE_GAP_MS = 10 * 60_000;

const SUBJECT: Record<ContentKind, SubjectType> = { message: 'message', job: 'job', proposal: 'proposal', profile: 'profile' };
const MASS_KIND: Record<ContentKind, SendKind> = { message: 'message', job: 'job', proposal: 'proposal', profile: 'profile' };

function toScreenSignal(s: Signal): ScreenSignal {
  return { type: s.type, strength: s.strength, start: s.start ?? null, end: s.end ?? null, text: s.text ?? null };
}

/**
 * What the recipient may see: the rule's masked spans, and for held or blocked content every
 * contact detail too (if a reviewer releases it, it goes out masked).
 */
function maskedFor(
  text: string,
  signals: Signal[],
  outcome: Decision['outcome'],
  maskIndexes: number[],
  locale: string | undefined,
  fromText: boolean,
): string {
  const hide = new Set(maskIndexes);
  if (outcome === 'hold' || outcome === 'block') {
    signals.forEach((s, i) => {
      if (s.type.startsWith('contact.')) hide.add(i);
    });
  }
  return hide.size
    ? maskText(
        text,
        [...hide].map((i) => signals[i]),
        placeholderFor(text, locale, fromText),
      )
    : text;
}

/**
 * The words that replace hidden contact details inside `text`, as notices write them
 * (labels.contactHidden: "[contacto oculto]", "[संपर्क छिपा]"…): in the text's own language when
 * it is one the notices speak (a near tie goes to `locale`), else in `locale` (the notice's, the
 * account's), else English.
 */
function placeholderFor(text: string, locale: string | undefined, fromText: boolean): string {
  const lang = (fromText ? textLanguage(text, { prefer: [locale], among: NOTICE_LANGUAGES }) : null) ?? locale;
  return noticeWordsIn(lang).contactHidden;
}
const NOTICE_LANGUAGES = availableLocales();

function reply(
  text: string,
  signals: Signal[],
  d: Pick<Decision, 'outcome' | 'maskIndexes' | 'notice' | 'exemptions' | 'exemptionsWithheld' | 'policies'> & {
    /** The reader's language when no notice says it (the caller's locale, the account's). */
    locale?: string;
    /**
     * Whether the text's own language may choose the placeholder. Off for `warden screen` and
     * other stateless runs: their output is a stable format, localized only when a line names a locale.
     */
    textLanguage?: boolean;
    id?: string;
    effects?: Decision['effects'];
    heldBy?: Decision['heldBy'];
    recipientNotice?: RecipientNotice;
  },
): ScreenResult {
  return {
    outcome: d.outcome,
    signals: signals.map(toScreenSignal),
    maskedText: maskedFor(text, signals, d.outcome, d.maskIndexes, d.notice?.locale ?? d.locale, d.textLanguage !== false),
    ...(d.notice
      ? { notice: { policy: d.notice.policy, title: d.notice.policyTitle, url: d.notice.policyUrl, text: d.notice.text, locale: d.notice.locale } }
      : {}),
    ...(d.id ? { decisionId: d.id } : {}),
    exemptions: d.exemptions,
    exemptionsWithheld: d.exemptionsWithheld,
    policies: d.policies,
    ...(d.effects ? { effects: d.effects } : {}),
    ...(d.heldBy ? { heldBy: d.heldBy } : {}),
    ...(d.recipientNotice ? { recipientNotice: d.recipientNotice } : {}),
  };
}

/**
 * Stateless screening with the shipped or given policies: `warden screen`, dry runs, benchmarks.
 * `noticeLocale` (default `input.locale`) is the language of the inline notice; `input.locale`
 * stays the detectors' hint (phone region, number words), as in the recorded path.
 */
export function screenStateless(
  set: PolicySet,
  input: ScreenInput,
  context: ContextValues = unknownContext(),
  noticeLocale: string | undefined = input.locale,
  /** Let the text's own language choose the contact placeholder (POST /v1/screen; not the CLI's stable format). */
  fromText = false,
  /** The text's signals when already detected (ScreeningService.detect, off the event loop for a long text). */
  detected?: Signal[],
): ScreenResult {
  const signals = detected ?? detectText({ text: input.text, kind: input.kind, locale: input.locale, job: input.job }, { needs: signalsNeeded(set) });
  const ctx = { ...context, text: { scopingAccess: signals.some((s) => s.type === 'contact.email') && isScopingAccessRequest(input.text) } };
  const { combined, notice, policies, exemptions, exemptionsWithheld } = evaluateDecision(
    set,
    { subject: { type: SUBJECT[input.kind], id: input.subjectId ?? '-' }, kind: input.kind, signals, context: ctx, locale: noticeLocale },
    {},
  );
  return reply(input.text, signals, {
    outcome: combined.outcome,
    maskIndexes: combined.maskIndexes,
    notice,
    exemptions,
    exemptionsWithheld,
    policies,
    locale: noticeLocale,
    textLanguage: fromText,
  });
}

/**
 * What screening asks enforcement (given by the composition root): whether an action in force
 * holds this content (a suspended or restricted sender), and to keep what was held against it.
 */
export interface EnforcementLookups {
  contentHold(
    db: DbOrTx,
    q: {
      accountId: string;
      kind: ContentKind;
      recipientId?: string;
      hasContract: boolean;
      messagesBetween: number;
      at: Date;
      /** What `holdingActionsSql` read in screening's prefetch (absent: contentHold reads it). */
      actions?: HoldingAction[] | null;
    },
  ): Promise<(HeldBy & { notice: HeldBy['notice'] }) | null>;
  /**
   * The statement part that reads the sender's actions in force able to hold content, as one
   * JSON value, so screening's prefetch reads them with its other facts (enforce/held.ts).
   */
  holdingActionsSql?(accountId: string, at: Date): RawBuilder<HoldingAction[] | null>;
  recordHeld(
    tx: Tx,
    h: { accountId: string; actionId: string; decisionId: string; subject: { type: string; id: string }; recipientId?: string; at: Date },
  ): Promise<unknown>;
  /** The guidance for the recipient of a request to move off the platform, in `locale` (enforcement's notice templates). */
  askGuidance?(
    f: { askerRole: string | null; asks: number },
    locale: string | null | undefined,
  ): { locale: string; text: string; suggestedReply: string; reportLabel: string };
}

/** What screening records with trust: a request to move off the platform its recipient declined. */
export type DeclinedAskRecorder = (
  tx: Tx,
  d: { accountId: string; askerId: string; askDecisionId: string; via: 'reply' | 'report'; reference: string; at: Date },
) => Promise<boolean>;

/** The job of the proposal or invitation a conversation started from, from their stored events. */
async function jobOf(db: DbOrTx, via: ScreenInput['via']): Promise<string | undefined> {
  if (!via) return undefined;
  const lookups: [string, string, string | undefined][] = [
    ['proposal.submitted', 'proposalId', via.proposalId],
    ['invite.sent', 'inviteId', via.invitationId],
  ];
  for (const [type, field, id] of lookups) {
    if (!id) continue;
    const r = await sql<{ job_id: string | null }>`
      select payload->'data'->>'jobId' as job_id from events where type = ${type} and payload->'data'->>${field} = ${id}
      order by occurred_at desc limit 1`.execute(db);
    if (r.rows[0]?.job_id) return r.rows[0].job_id;
  }
  return undefined;
}

/**
 * The matched rules of a decision stored before the descriptions were kept with it: each rule's
 * description and outcome from the policy version that decided (the rule id when that version is gone).
 */
async function describeMatched(
  tx: Tx,
  versions: { name: string; version: number; outcome: Decision['outcome']; matched: string[] }[],
): Promise<Decision['policies']> {
  const out: Decision['policies'] = [];
  for (const v of versions.filter((x) => x.matched.length)) {
    const doc = await getPolicyVersion(tx, v.name, v.version).then(
      (p) => p.document,
      () => undefined,
    );
    out.push({
      ...v,
      matched: v.matched.map((rule) => {
        const r = doc?.rules.find((x) => x.id === rule);
        return { rule, description: r?.description ?? rule, outcome: r?.outcome ?? v.outcome };
      }),
    });
  }
  return out;
}

/** The prefetch's one row (prefetchSql). */
type PrefetchRow = PartiesRead & {
  screened: ScreenedRow | null;
  velocity: SendingCounts | null;
  ask: AskRow | null;
  holds: HoldingAction[] | null;
  counters: Counters | null;
  recent: [string, string, string][] | null;
  prev: { tail: string; sent_at: string } | null;
};

/** What the prefetch read, as screen uses it. */
interface Prefetched {
  screened: ScreenedRow | null;
  parties: PartiesRead;
  velocity: SendingCounts | null;
  ask: AskRow | null;
  holds?: HoldingAction[] | null;
  counters?: Counters;
  sending?: SendingRead;
}

export class ScreeningService {
  /** Per transaction, the prefetches registered ahead of their events' inserts (readAhead), by event id, with the policy set and time they were built for. */
  private readonly ahead = new WeakMap<Tx, Map<string, { ahead: ReadAhead<PrefetchRow>; set: PolicySet; at: number }>>();

  /**
   * `trust`: trust's lookups (a job's interview policy, the trusted-client and trusted-sender rules); absent ones read as "none".
   * `enforcement`: holds for suspended or restricted senders; absent, nothing is held.
   */
  constructor(
    private readonly decisions: DecisionService,
    private readonly trust: TrustLookups = {},
    private readonly enforcement?: EnforcementLookups,
    /**
     * `declinedAsk`: trust's record of a declined request (absent: declines are not recorded).
     * `askReportReason`: the report reason the recipient's one-step report names (a code of GET /v1/reports/reasons).
     */
    private readonly asks: { declinedAsk?: DeclinedAskRecorder; askReportReason?: string } = {},
    /** The marketplace's own domains and addresses (WARDEN_MARKETPLACE_DOMAINS, WARDEN_MARKETPLACE_ADDRESSES); absent, the detector's defaults. */
    private readonly platform?: PlatformIdentity,
    /** Runs the text detectors, off the event loop for long texts (detect/pool/); absent, inline. */
    private readonly detector?: DetectionPool,
  ) {}

  /** The text detectors' signals for this input, as the given policies need them. */
  detect(input: ScreenInput, set: PolicySet): Promise<Signal[]> {
    const text = { text: input.text, kind: input.kind, locale: input.locale, country: undefined, job: input.job, platform: this.platform };
    const opts = { needs: signalsNeeded(set) };
    return this.detector ? this.detector.detect(text, opts) : Promise.resolve(detectText(text, opts));
  }

  /**
   * What a dry run needs to predict the recorded call: the context and the sender's language
   * (the recorded call writes inline notices in it when the caller names no `locale`).
   */
  async dryRunFacts(db: DbOrTx, input: ScreenInput, at: Date): Promise<{ context: ContextValues; senderLanguage: string | null }> {
    return this.facts(db, input, at);
  }

  /** The context and the sender's language, read together (screeningFacts). */
  private async facts(db: DbOrTx, input: ScreenInput, at: Date) {
    const parties: ScreeningParties = { senderId: input.senderId, recipientId: input.recipientId, at, jobId: input.jobId ?? (await jobOf(db, input.via)) };
    return screeningFacts(db, parties, this.trust);
  }

  /**
   * The context of a stored event replayed by a backtest: today's projections (they keep no
   * history) and the same trusted-client rule; job interview policies are not replayed.
   */
  replayContext(db: DbOrTx, parties: ScreeningParties): Promise<ContextValues> {
    return screeningContext(db, parties, { trustedClient: this.trust.trustedClient });
  }

  /**
   * Screens and records the decision (an account is judged only when a sender is named).
   * Content reported by an event (`eventId`) that the same sender already had screened
   * through `POST /v1/screen` takes that decision: counted, struck and cased once.
   * A direct call (no `eventId`) makes Warden know the sender and recipient as accounts, as
   * an event would, so their standing and context answer.
   */
  async screen(tx: Tx, input: ScreenInput): Promise<ScreenResult> {
    const at = input.at ?? new Date();
    if (!input.eventId && input.senderId) for (const id of [input.senderId, input.recipientId]) if (id) await touchAccount(tx, id, at.toISOString());
    const parties: ScreeningParties = { senderId: input.senderId, recipientId: input.recipientId, at, jobId: input.jobId ?? (await jobOf(tx, input.via)) };
    // The policy set first: the prefetch reads the sender's counters its policies count.
    const set = await this.decisions.policySet(tx);
    const known = await this.prefetch(tx, input, at, set);
    if (known.screened) return this.takeScreened(tx, input, known.screened);
    // A screen call's decision taken: nothing recorded (as before); else what the sending leaves.
    if (input.senderId) await recordSending(tx, input, at);
    // Only the detectors some live or shadow policy reads run (policy/needs.ts).
    const signals = await this.detect(input, set);
    if (input.senderId && known.sending) signals.push(...sendingSignals(input, at, known.sending));
    const { context, senderLanguage } = await screeningFacts(tx, parties, this.trust, known.parties);
    if (input.senderId && known.velocity) signals.push(...this.velocity(known.velocity, context));
    // Read only in a burst: enough proposals in the window to be scattered at all.
    if (input.kind === 'proposal' && input.senderId && (known.velocity?.proposals ?? 0) >= DEFAULT_SCATTER_CONFIG.mediumJobs)
      signals.push(...(await this.scatteredProposals(tx, input.senderId, at, context)));
    context.text = { scopingAccess: signals.some((s) => s.type === 'contact.email') && isScopingAccessRequest(input.text) };
    // A direct screen call: the event that later reports this content takes this decision.
    if (!input.eventId) context.screenCall = { ...(input.contentId ? { contentId: input.contentId } : {}) };
    const pair = context.pair as { hasContract: boolean; messages: number };
    const heldBy =
      input.senderId && this.enforcement
        ? await this.enforcement.contentHold(tx, {
            accountId: input.senderId,
            kind: input.kind,
            recipientId: input.recipientId,
            hasContract: pair.hasContract,
            messagesBetween: pair.messages,
            at,
            ...(known.holds !== undefined ? { actions: known.holds } : {}),
          })
        : null;
    const respondingTo = input.recipientId ? recentAskFrom(known.ask, input.recipientId) : undefined;
    const subjectId = input.subjectId ?? input.eventId ?? `screen:${at.getTime()}`;
    const recipientNotice = await this.askGuidance(tx, input, subjectId, signals, context, respondingTo?.accountId, at);
    const askPattern = await this.askPattern(tx, input, signals, context, at);
    const decision = await this.decisions.decide(tx, {
      ...(askPattern ? { askPattern } : {}),
      ...(respondingTo ? { respondingTo } : {}),
      ...(recipientNotice ? { recipientNotice } : {}),
      subject: { type: SUBJECT[input.kind], id: subjectId, text: input.text },
      kind: input.kind,
      accountId: input.senderId,
      counterpartId: input.recipientId,
      signals,
      context,
      eventId: input.eventId,
      at,
      // Inline notices in the sender's language when the caller did not name one.
      locale: input.locale ?? senderLanguage ?? undefined,
      ...(heldBy ? { heldBy } : {}),
      ...(known.counters ? { counters: { set, values: known.counters } } : {}),
    });
    if (heldBy && input.senderId && this.enforcement)
      await this.enforcement.recordHeld(tx, {
        accountId: input.senderId,
        actionId: heldBy.actionId,
        decisionId: decision.id,
        subject: { type: SUBJECT[input.kind], id: input.subjectId ?? input.eventId ?? decision.id },
        recipientId: input.recipientId,
        at,
      });
    // A reply that refuses the other party's request (sharing nothing and asking for nothing
    // itself) is a decline: trust's positive fact for the one who kept the work here.
    if (
      respondingTo &&
      input.senderId &&
      this.asks.declinedAsk &&
      !signals.some((x) => x.type.startsWith('contact.') || x.type.startsWith('offplatform.')) &&
      isRefusal(input.text)
    )
      await this.asks.declinedAsk(tx, {
        accountId: input.senderId,
        askerId: respondingTo.accountId,
        askDecisionId: respondingTo.decisionId,
        via: 'reply',
        reference: decision.id,
        at,
      });
    return reply(input.text, signals, { ...decision, locale: input.locale ?? senderLanguage ?? undefined });
  }

  /**
   * The sender's requests to move off the platform across counterparts, for the engine's guard
   * on exemptions by reputation: counted (one statement) only when such an exemption holds for
   * this content; absent without a sender or a setting.
   */
  private async askPattern(tx: Tx, input: ScreenInput, signals: Signal[], context: ContextValues, at: Date): Promise<AskPattern | undefined> {
    const setting = this.trust.askPattern;
    if (!setting || !input.senderId) return undefined;
    const set = await this.decisions.policySet(tx);
    if (!reputationExemptionHolds([...set.live, ...set.shadow], { kind: input.kind, signals, context })) return undefined;
    const current = input.recipientId && signals.some(isAsk) ? input.recipientId : undefined;
    const counterparts = await askedCounterparts(tx, input.senderId, at, setting.windowDays, current);
    return { counterparts, threshold: setting.counterparts, windowDays: setting.windowDays };
  }

  /**
   * The guidance for the recipient of a request to move off the platform (undefined when this
   * is none, has no recipient, or answers the recipient's own request): in the recipient's
   * language, with a reply that declines and the one-step report (the body of POST /v1/reports).
   * The decision keeps it only when a rule matched the request and the content is delivered.
   */
  private async askGuidance(
    tx: Tx,
    input: ScreenInput,
    subjectId: string,
    signals: Signal[],
    context: ContextValues,
    answering: string | undefined,
    at: Date,
  ): Promise<(RecipientNotice & { forSignals: string[] }) | undefined> {
    const render = this.enforcement?.askGuidance;
    if (!render || !input.senderId || !input.recipientId || !signals.some(isAsk) || answering === input.recipientId) return undefined;
    const role = (context.sender as { role?: string | null } | undefined)?.role ?? null;
    const asks = 1 + (await asksBetween(tx, input.senderId, input.recipientId, at));
    const g = render({ askerRole: role, asks }, await accountLanguage(tx, input.recipientId));
    return {
      id: 'offplatform_ask_guidance',
      accountId: input.recipientId,
      locale: g.locale,
      text: g.text,
      suggestedReply: g.suggestedReply,
      forSignals: OFF_PLATFORM_ASKS,
      report: {
        label: g.reportLabel,
        method: 'POST',
        path: '/v1/reports',
        body: {
          reporterId: input.recipientId,
          subject: { type: SUBJECT[input.kind], id: subjectId, accountId: input.senderId },
          reason: this.asks.askReportReason ?? 'other',
        },
      },
    };
  }

  /**
   * A report just received (cases calls this in the report's transaction): when its reporter
   * is the recipient of a request to move off the platform found in the reported content, the
   * report is a decline of it (trust's positive fact). Returns whether a decline was recorded.
   */
  async noteReport(tx: Tx, r: { reportId: string; reporterId: string; subject: { type: string; id: string; accountId: string }; at: Date }): Promise<boolean> {
    if (!this.asks.declinedAsk) return false;
    const ask = await askDecisionOn(tx, r.subject, r.subject.accountId, r.reporterId);
    if (!ask) return false;
    return this.asks.declinedAsk(tx, {
      accountId: r.reporterId,
      askerId: r.subject.accountId,
      askDecisionId: ask.id,
      via: 'report',
      reference: r.reportId,
      at: r.at,
    });
  }

  /**
   * What the stored path reads before deciding, in one statement (each part only when it
   * applies): the decision a `POST /v1/screen` call recorded for this content (screenedSql), both
   * parties' accounts rows and their pair (screeningFacts), the sender's sending counts (velocity)
   * the recipient's latest request that this sender move off the platform (recentAsk), the
   * sender's enforcement actions in force that can hold content (enforcement's holdingActionsSql),
   * the sender's counters the policies of `set` count (policy's countersSql), and what mass
   * sending and split contact details need (sendingSql: the sender's recent fingerprints and the
   * previous message tail to this recipient). Nothing the path writes before it uses them
   * changes these rows. It only reads: what the sending leaves behind is written afterwards
   * (recordSending), held back to go with a later statement.
   */
  private prefetchSql(input: ScreenInput, at: Date, set: PolicySet): RawBuilder<PrefetchRow> {
    const screenedPart = input.eventId && input.senderId ? screenedSql(input, at) : sql`null`;
    const counters = input.senderId ? countersSql(set, input.senderId, at) : sql`null`;
    const holdsSql = input.senderId && input.kind !== 'profile' ? this.enforcement?.holdingActionsSql?.(input.senderId, at) : undefined;
    const velocity = input.senderId ? sendingCountsSql(input.senderId, at) : sql`null`;
    const ask = input.kind === 'message' && input.senderId && input.recipientId ? recentAskSql(input.recipientId, input.senderId, at) : sql`null`;
    const sending = input.senderId ? sendingReadSql(input, at) : sql`null as recent, null as prev`;
    return sql<PrefetchRow>`select ${partiesReadSql(input)}, ${screenedPart} as screened, ${velocity} as velocity, ${ask} as ask,
        ${holdsSql ?? sql`null`} as holds, ${counters} as counters, ${sending}`;
  }

  /**
   * Registers the prefetch of `input` (a stored event's content) to be sent right behind the
   * event's insert, in its round trip (store/write-behind.ts readAfterCarrier): called by the
   * events service before it stores the event; `screen` then takes its rows instead of reading.
   */
  async readAhead(tx: Tx, input: ScreenInput): Promise<void> {
    if (!input.eventId) return;
    const at = input.at ?? new Date();
    const set = await this.decisions.policySet(tx);
    const ahead = await readAfterCarrier<PrefetchRow>(tx, this.prefetchSql(input, at, set));
    if (!ahead) return;
    const byEvent = this.ahead.get(tx) ?? new Map();
    byEvent.set(input.eventId, { ahead, set, at: at.getTime() });
    this.ahead.set(tx, byEvent);
  }

  private async prefetch(tx: Tx, input: ScreenInput, at: Date, set: PolicySet): Promise<Prefetched> {
    const mine = input.eventId ? this.ahead.get(tx)?.get(input.eventId) : undefined;
    if (mine) this.ahead.get(tx)?.delete(input.eventId!);
    const early = mine && mine.set === set && mine.at === at.getTime() ? await takeReadAhead(mine.ahead) : null;
    const row = early ? early[0] : (await this.prefetchSql(input, at, set).execute(tx)).rows[0];
    const counters = input.senderId ? row?.counters : undefined;
    const holds = input.senderId && input.kind !== 'profile' && this.enforcement?.holdingActionsSql;
    return {
      ...(counters ? { counters } : {}),
      ...(holds ? { holds: row?.holds ?? null } : {}),
      ...(input.senderId ? { sending: { recent: row?.recent ?? [], prev: row?.prev ?? null } } : {}),
      screened: row?.screened ?? null,
      parties: { accounts: row?.accounts ?? null, rel: row?.rel ?? null },
      velocity: row?.velocity ?? null,
      ask: row?.ask ?? null,
    };
  }

  /**
   * The decision a `POST /v1/screen` call recorded for this content (screenedSql found it),
   * linked now to the event that reports it, and its reply.
   */
  private async takeScreened(tx: Tx, input: ScreenInput, row: ScreenedRow): Promise<ScreenResult> {
    await tx
      .updateTable('decisions')
      .set({ event_id: input.eventId ?? null, ...(input.subjectId ? { subject_id: input.subjectId } : {}) })
      .where('id', '=', row.id)
      .execute();
    const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
    const signals = json<Signal[]>(row.signals);
    const stored = json<{
      effects: Decision['effects'];
      notice?: Decision['notice'];
      maskIndexes: number[];
      heldBy?: Decision['heldBy'];
      recipientNotice?: RecipientNotice;
      policies?: Decision['policies'];
      exemptionsWithheld?: Decision['exemptionsWithheld'];
    }>(row.effects);
    const versions = json<{ name: string; version: number; outcome: Decision['outcome']; matched: string[] }[]>(row.policy_versions);
    return reply(input.text, signals, {
      locale: input.locale,
      id: row.id,
      outcome: row.outcome,
      maskIndexes: stored.maskIndexes ?? [],
      notice: stored.notice,
      exemptions: json<Decision['exemptions']>(row.exemptions),
      exemptionsWithheld: stored.exemptionsWithheld ?? [],
      // As the screen reply described them: stored with the decision (older rows: from the policy version).
      policies: stored.policies ?? (await describeMatched(tx, versions)),
      effects: stored.effects,
      ...(stored.heldBy ? { heldBy: stored.heldBy } : {}),
      ...(stored.recipientNotice ? { recipientNotice: stored.recipientNotice } : {}),
    });
  }

  /**
   * Sending rates over the last window (the event being screened included, sendingCountsSql)
   * against limits by account age and trust.
   */
  private velocity(c: SendingCounts, context: ContextValues): Signal[] {
    const sender = context.sender as { ageDays: number | null; identityVerified: boolean; totalEarnedCents: number };
    // Trust that raises limits is trust's rule (`isTrustedSender`), not screening's.
    const trusted = this.trust.trustedSender?.(sender) ?? false;
    return detectVelocity(
      { messages: c.messages ?? 0, invites: c.invites ?? 0, proposals: c.proposals ?? 0, newConversations: c.conversations ?? 0 },
      { ageDays: sender.ageDays ?? 0, trusted },
    );
  }

  /**
   * The jobs the sender proposed to in the velocity window (the event being screened included)
   * with their posts' skills, and the sender's profile skills (latest profile.updated), judged by
   * detectScatteredProposals. Two reads of the stored events, made only in a burst of proposals.
   */
  private async scatteredProposals(tx: Tx, senderId: string, at: Date, context: ContextValues): Promise<Signal[]> {
    const since = new Date(at.getTime() - DEFAULT_VELOCITY_CONFIG.windowMs);
    const r = await sql<{ jobs: { jobId: string; clientId: string; skills: unknown }[] | null; profile: unknown }>`select
        (select json_agg(json_build_object('jobId', p.payload->'data'->>'jobId', 'clientId', p.payload->'data'->>'clientId',
            'skills', (select j.payload->'data'->'skills' from events j where j.type = 'job.posted'
                         and j.payload->'data'->>'jobId' = p.payload->'data'->>'jobId' order by j.occurred_at limit 1)) order by p.occurred_at)
          from events p where p.actor_id = ${senderId} and p.type = 'proposal.submitted' and p.occurred_at > ${since} and p.occurred_at <= ${at}) as jobs,
        (select e.payload->'data'->'skills' from events e where e.actor_id = ${senderId} and e.type = 'profile.updated' and e.occurred_at <= ${at}
          order by e.occurred_at desc limit 1) as profile`.execute(tx);
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const row = r.rows[0];
    const jobs: ProposedJob[] = (row?.jobs ?? []).map((j) => ({ jobId: j.jobId, clientId: j.clientId, skills: strings(j.skills) }));
    const sender = context.sender as { ageDays: number | null; identityVerified: boolean; totalEarnedCents: number };
    const trusted = this.trust.trustedSender?.(sender) ?? false;
    return detectScatteredProposals(jobs, strings(row?.profile), { ageDays: sender.ageDays ?? 0, trusted }, DEFAULT_VELOCITY_CONFIG.windowMs);
  }
}

/** What sendingSql read: the sender's recent fingerprints of this kind ([fingerprint, target, sent at], newest first) and the previous tail to this recipient. */
interface SendingRead {
  recent: [string, string, string][];
  prev: { tail: string; sent_at: string } | null;
}

/** The mass-sending kind, target and fingerprint window of `input` (a sender's content). */
function sendingKeys(input: ScreenInput, at: Date) {
  const kind = MASS_KIND[input.kind];
  return {
    accountId: input.senderId!,
    kind,
    targetId: input.recipientId ?? input.jobId ?? input.subjectId ?? 'unknown',
    since: new Date(at.getTime() - DEFAULT_MASS_SENDING_CONFIG.limits[kind].windowMs),
    across: input.kind === 'message' && !!input.recipientId,
  };
}

/**
 * What mass sending and split contact details read, as the prefetch's `recent` and `prev`
 * columns: the account's recent fingerprints of this kind, and for a message to a recipient the
 * sender's previous tail to them (contact details split over this message and the previous one,
 * sent at most MESSAGE_GAP_MS earlier).
 */
function sendingReadSql(input: ScreenInput, at: Date): RawBuilder<unknown> {
  const { accountId, kind, since, across } = sendingKeys(input, at);
  return sql`(select json_agg(json_build_array(fingerprint, target_id, sent_at) order by sent_at desc) from (
      select fingerprint, target_id, sent_at from content_fingerprints
      where account_id = ${accountId} and kind = ${kind} and sent_at >= ${since}
      order by sent_at desc limit 5000) recent) as recent,
    ${across ? sql`(select to_json(p) from (select tail, sent_at from screening_message_tails where sender_id = ${accountId} and recipient_id = ${input.recipientId!}) p)` : sql`null`} as prev`;
}

/**
 * What the sender's sending leaves behind, after the prefetch read it, held back (write-behind)
 * to go with the transaction's next carrier or before its next other statement: this text's
 * fingerprint, and for a message to a recipient this message's tail kept in place of the previous
 * one unless the stored one is newer (an out-of-order event, an older `at`, does not replace a
 * newer tail).
 */
async function recordSending(tx: Tx, input: ScreenInput, at: Date): Promise<void> {
  const { accountId, kind, targetId, across } = sendingKeys(input, at);
  await deferWrite(
    tx,
    sql`insert into content_fingerprints (account_id, kind, target_id, fingerprint, sent_at)
      values (${accountId}::text, ${kind}::text, ${targetId}::text, ${fingerprint(input.text)}::text, ${at}::timestamptz)`,
  );
  if (across)
    await deferWrite(
      tx,
      sql`insert into screening_message_tails (sender_id, recipient_id, tail, sent_at)
        values (${accountId}::text, ${input.recipientId!}::text, ${messageTail(input.text)}::text, ${at}::timestamptz)
        on conflict (sender_id, recipient_id) do update set tail = excluded.tail, sent_at = excluded.sent_at
          where screening_message_tails.sent_at <= excluded.sent_at`,
    );
}

/** The signals of what sendingSql read: mass sending, and contact details split over this message and the previous one. */
function sendingSignals(input: ScreenInput, at: Date, read: SendingRead): Signal[] {
  const accountId = input.senderId!;
  const kind = MASS_KIND[input.kind];
  const targetId = input.recipientId ?? input.jobId ?? input.subjectId ?? 'unknown';
  const recent = read.recent.map(([fp, target, sentAt]) => ({ fingerprint: fp, targetId: target, at: new Date(sentAt).getTime() }));
  const signals = detectMassSending({ accountId, text: input.text, targetId, atMs: at.getTime(), kind }, recent);
  const prev = read.prev;
  if (input.kind !== 'message' || !input.recipientId || !prev) return signals;
  const sentAt = new Date(prev.sent_at).getTime();
  if (sentAt > at.getTime() || at.getTime() - sentAt > MESSAGE_GAP_MS) return signals;
  return [...signals, ...findAcrossMessages(prev.tail, { text: input.text, kind: input.kind, locale: input.locale })];
}

/** A decision a `POST /v1/screen` call recorded (screenedSql's row). */
interface ScreenedRow {
  id: string;
  outcome: Decision['outcome'];
  signals: unknown;
  policy_versions: unknown;
  effects: unknown;
  exemptions: unknown;
}

/** The sender's sends in the velocity window up to `at` (sendingCountsSql). */
interface SendingCounts {
  messages: number;
  invites: number;
  proposals: number;
  conversations: number;
}

/**
 * The decision a `POST /v1/screen` call recorded for this content, as one JSON value (or null):
 * the same sender and kind, not yet linked to an event, within the link window, the same text
 * (but for spacing: a screen decision's masks and notice describe that text, so a different
 * text under the same id is judged again), and either the same subject id (when the screen call
 * named it) or the same recipient.
 */
function screenedSql(input: ScreenInput, at: Date) {
  return sql`(select to_json(d) from (
      select id, outcome, signals, policy_versions, effects, exemptions from decisions
      where account_id = ${input.senderId!} and subject_type = ${SUBJECT[input.kind]} and event_id is null and shadow = false
        and created_at >= ${new Date(at.getTime() - SCREEN_LINK_BEFORE_MS)} and created_at <= ${new Date(at.getTime() + SCREEN_LINK_AFTER_MS)}
        and context->'screenCall' is not null
        and btrim(regexp_replace(context->>'subjectText', '\\s+', ' ', 'g')) = ${sameText(input.text)}
        and (${input.subjectId ? sql`context->'screenCall'->>'contentId' = ${input.subjectId} or ` : sql``}
             coalesce(counterpart_id, '') = ${input.recipientId ?? ''})
      order by created_at desc limit 1) d)`;
}

/**
 * The sender's sending over the velocity window up to `at` (the event being screened included),
 * as one JSON value: messages, invites and proposals sent, and new conversations (pairs whose
 * first message falls in the window, whoever wrote it).
 */
function sendingCountsSql(accountId: string, at: Date) {
  const since = new Date(at.getTime() - DEFAULT_VELOCITY_CONFIG.windowMs);
  return sql`(select to_json(v) from (
      select count(*) filter (where type = 'message.sent')::int as messages,
             count(*) filter (where type = 'invite.sent')::int as invites,
             count(*) filter (where type = 'proposal.submitted')::int as proposals,
             (select count(*) from relationships where (account_a = ${accountId} or account_b = ${accountId}) and first_message_at > ${since})::int as conversations
      from events where actor_id = ${accountId} and occurred_at > ${since} and occurred_at <= ${at}) v)`;
}

/** A text as the screen-to-event link compares it: trimmed, runs of white space as one space. */
function sameText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
