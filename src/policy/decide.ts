// The decision path: signals + context → live policies → one outcome, stored with the
// policy versions, signals and context values it used (so it can be explained), with its
// side effects (case, strike, verification) run in the same transaction, and the shadow
// versions evaluated beside it.
import { randomUUID } from 'node:crypto';
import { IntlMessageFormat } from 'intl-messageformat';
import { type RawBuilder, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Signal } from '../detect/types.ts';
import type { DbOrTx, Tx } from '../store/db.ts';
import { deferWrite } from '../store/write-behind.ts';
import { outboxInsert } from '../webhooks/outbox.ts';
import {
  type AskPattern,
  type ContextValues,
  type Counters,
  counterKey,
  countersNeeded,
  evaluateAll,
  evaluatePolicy,
  type PolicyResult,
  verificationLevel,
} from './engine.ts';
import { type MatchSignal, mergeMatches, outranks } from './merge-matches.ts';
import { maxOutcome, type Outcome, type PolicyDocument, SEVERITIES, type Severity, type SubjectType, severityRank } from './schema.ts';
import type { PolicyCache, PolicySet } from './store.ts';
import { knownPolicyTitle } from './titles.ts';

export interface DecideInput {
  subject: { type: SubjectType; id: string; text?: string };
  kind: string;
  accountId?: string;
  counterpartId?: string;
  signals: Signal[];
  context: ContextValues;
  eventId?: string;
  at?: Date;
  locale?: string;
  /**
   * An enforcement action in force holds this content (the sender is suspended, or restricted
   * from this feature): the outcome is at least `hold` and the notice is the action's.
   */
  heldBy?: HeldBy;
  /**
   * The message answers the other party's recent request to move off the platform (their
   * decision): the asker is the main actor. The answer earns no strike (and a refusal no case);
   * when it shares contact details the asker's request becomes their incident.
   */
  respondingTo?: { accountId: string; decisionId: string; subject: { type: string; id: string; text?: string }; signals: { type: string; strength: string }[] };
  /**
   * Guidance for the recipient (screening prepares it for a request to move off the platform):
   * kept in the decision only when a matched rule read one of `forSignals` and the content is
   * delivered (an outcome below `hold`, and not held by an action in force).
   */
  recipientNotice?: RecipientNotice & { forSignals: string[] };
  /** The sender's requests to move off the platform across counterparts (screening counts them; see engine.withheldByPattern). */
  askPattern?: AskPattern;
  /**
   * The account's counters, when the caller read them with `countersSql(set, accountId, at)` in
   * this transaction (screening's prefetch); used only while `set` is still the policy set in
   * force, otherwise read here (loadCounters).
   */
  counters?: { set: PolicySet; values: Counters };
}

/**
 * The notice for the recipient of the content (the sender's is `notice`): what the request means
 * for them, a reply that declines it, and the one-step report (the POST /v1/reports to send).
 */
export interface RecipientNotice {
  id: string;
  /** The recipient it is for. */
  accountId: string;
  locale: string;
  text: string;
  suggestedReply: string;
  report: {
    label: string;
    method: 'POST';
    path: string;
    body: { reporterId: string; subject: { type: string; id: string; accountId: string }; reason: string };
  };
}

/** The action that holds a piece of content, as enforcement describes it (enforce/held.ts). */
export interface HeldBy {
  actionId: string;
  type: string;
  feature: string | null;
  policy: string;
  endsAt: string | null;
  notice: { policy: string; title: string; url: string; text: string; locale: string };
}

export interface CaseRequest {
  subject: { type: SubjectType; id: string; accountId: string; text?: string; counterpartId?: string };
  source: 'detection';
  reason: string;
  policy: string;
  decisionId: string;
  severity: Severity;
  queue?: string;
  signals: { type: string; strength: string; start?: number; end?: number; text?: string }[];
}

export interface StrikeRequest {
  accountId: string;
  policy: string;
  policyVersion: number;
  severity: Severity;
  decisionId: string;
  subject: { type: string; id: string; text?: string };
  /**
   * `rule`: the rule that asked for the strike; `reasons`: the other rules the same event matched
   * (one event, one strike: they are recorded on it, never struck apart).
   */
  evidence: {
    quote?: string;
    spans?: { start: number; end: number }[];
    rule?: string;
    reasons?: { policy: string; rule?: string; severity: Severity; subject?: { type: string; id: string }; decisionId?: string | null; at: string }[];
  };
  signals: { type: string; strength: string }[];
  proposeOnly?: boolean;
  /** When the event happened: the ladder's incident window and cool-down are measured in event time. */
  at?: Date;
}

/** What other capabilities do for a decision's side effects (cases, enforcement); given at construction. */
export interface EffectHandlers {
  openCase?(tx: Tx, req: CaseRequest): Promise<{ caseId: string; created: boolean }>;
  recordStrike?(
    tx: Tx,
    req: StrikeRequest,
  ): Promise<{ outcome: string; strikeId?: string; action?: { id: string; type: string; status: string }; caseId?: string; guardrail?: string }>;
  /**
   * `level`: `light` (the owner confirms the sign-in) when the rule rests on network and travel
   * facts alone — the engine's cap, whatever the policy asks (engine.ts verificationLevel) —
   * `identity` (ID document and selfie) otherwise.
   */
  requestVerification?(
    tx: Tx,
    req: { accountId: string; reason: string; decisionId: string; level: 'light' | 'identity' },
  ): Promise<{ verificationId: string }>;
}

/** The notice shown with a decision, inline in the reply (enforcement's stored notices are `enforce/notices`' `Notice`). */
export interface InlineNotice {
  id: string;
  policy: string;
  policyTitle: string;
  policyUrl?: string;
  locale: string;
  text: string;
}

export interface AppliedEffect {
  kind: 'case' | 'strike' | 'verification' | 'notify' | 'hold';
  policy: string;
  rule: string;
  status: 'done' | 'skipped';
  detail: Record<string, unknown>;
}

export interface Decision {
  id: string;
  outcome: Outcome;
  signals: Signal[];
  policies: {
    name: string;
    version: number;
    outcome: Outcome;
    /** `guard`/`ruleOutcome`: the engine lowered what the rule asked (see engine.networkOrTravelOnly). */
    matched: { rule: string; description: string; outcome: Outcome; guard?: string; ruleOutcome?: Outcome }[];
  }[];
  exemptions: { policy: string; id: string; description: string }[];
  /** Exemptions whose condition held but that the engine withheld, with why (engine.withheldByPattern). */
  exemptionsWithheld: ExemptionWithheld[];
  maskIndexes: number[];
  notice?: InlineNotice;
  effects: AppliedEffect[];
  /** Set when an enforcement action in force held the content (not delivered). */
  heldBy?: { actionId: string; type: string; feature: string | null; endsAt: string | null };
  /** For the recipient (see DecideInput.recipientNotice). */
  recipientNotice?: RecipientNotice;
}

/** A withheld exemption as a decision reports it: `ask_pattern` — the sender asked `counterparts` distinct people (≥ `threshold`) to move off the platform in `windowDays` days. */
export interface ExemptionWithheld {
  policy: string;
  id: string;
  description: string;
  reason: 'ask_pattern';
  counterparts: number;
  threshold: number;
  windowDays: number;
}

const pickLocale = (locale?: string) => (locale ?? 'en').slice(0, 2).toLowerCase();

/** Policy notices are ICU MessageFormat: `{count, plural, ...}` is how many times this happened in the counter's window, this one included. */
function formatNotice(text: string, locale: string, vars: Record<string, number>): string {
  try {
    return String(new IntlMessageFormat(text, locale).format(vars));
  } catch {
    return text;
  }
}

export function noticeFor(
  results: PolicyResult[],
  docs: Map<string, PolicyDocument>,
  locale?: string,
  counters: Counters = {},
  signals: readonly { type: string; strength: string }[] = [],
): InlineNotice | undefined {
  const lang = pickLocale(locale);
  type Candidate = { policy: string; notice: string; rank: number; severity: Severity; signals: MatchSignal[] };
  let best: Candidate | undefined;
  const rank = { allow: 0, nudge: 1, mask: 2, hold: 3, block: 4 } as const;
  for (const r of results)
    for (const m of r.matched) {
      if (!m.notice) continue;
      // The gravest outcome speaks; between rules that ask as much, the one the strike would be
      // recorded under (merge-matches.ts `outranks`: severity, then the strongest signal), so a
      // scam fee held beside a payment rule is told about the scam.
      const severities = m.effects.flatMap((e) => [e.strike?.severity, e.case?.severity]).filter((x): x is Severity => x !== undefined);
      const severity = severities.reduce<Severity>((a, b) => (severityRank(b) > severityRank(a) ? b : a), SEVERITIES[0]);
      const c: Candidate = {
        policy: r.name,
        notice: m.notice,
        rank: rank[m.outcome],
        severity,
        signals: m.signals.flatMap((i) => (signals[i] ? [signals[i]] : [])),
      };
      if (!best || c.rank > best.rank || (c.rank === best.rank && outranks(c, best))) best = c;
    }
  if (!best) return undefined;
  const doc = docs.get(best.policy)!;
  const texts = doc.notices?.[best.notice] ?? {};
  const chosen = texts[lang] ? lang : 'en';
  // The document's title is the analyst's (English) one; in another language the notices'
  // catalogue names the policy when it knows it (titles.json).
  const translated = chosen === 'en' ? undefined : knownPolicyTitle(chosen, best.policy);
  return {
    id: best.notice,
    policy: best.policy,
    policyTitle: translated ?? doc.title,
    policyUrl: doc.url,
    locale: chosen,
    text: formatNotice(texts[chosen] ?? Object.values(texts)[0] ?? '', chosen, { count: 1 + Math.max(0, ...Object.values(counters)) }),
  };
}

/** Pure part, shared by live decisions, `warden screen` and backtests. */
export function evaluateDecision(set: PolicySet, input: DecideInput, counters: Counters) {
  const combined = evaluateAll(set.live, { kind: input.kind, signals: input.signals, context: input.context, counters, askPattern: input.askPattern });
  const docs = new Map(set.live.map((p) => [p.name, p.document]));
  return { combined, notice: noticeFor(combined.results, docs, input.locale, counters, input.signals), ...summarize(combined.results) };
}

/** The policies that had something to say (matched or exempted), the exemptions applied and those withheld. */
export function summarize(results: PolicyResult[]): Pick<Decision, 'policies' | 'exemptions' | 'exemptionsWithheld'> {
  return {
    policies: results
      .filter((r) => r.matched.length || r.exemptions.length || r.withheld?.length)
      .map((r) => ({
        name: r.name,
        version: r.version,
        outcome: r.outcome,
        matched: r.matched.map((m) => ({
          rule: m.rule,
          description: m.description,
          outcome: m.outcome,
          ...(m.guard ? { guard: m.guard, ruleOutcome: m.ruleOutcome } : {}),
        })),
      })),
    exemptions: results.flatMap((r) => r.exemptions.map((e) => ({ policy: r.name, id: e.id, description: e.description }))),
    exemptionsWithheld: results.flatMap((r) =>
      (r.withheld ?? []).map(({ rules: _, ...w }) => ({
        policy: r.name,
        ...w,
      })),
    ),
  };
}

/**
 * The statement part that reads what loadCounters reads, as one JSON object keyed by counterKey
 * (counts of decisions, integers), for a caller that folds it into a statement of its own and
 * passes the result as `DecideInput.counters`; null when no policy of `set` counts (nothing to
 * read) or when the counters are too many for one json_build_object (50 pairs: loadCounters
 * reads them).
 */
export function countersSql(set: PolicySet, accountId: string, at: Date): RawBuilder<Counters> | null {
  const parts = new Map<string, RawBuilder<unknown>>();
  for (const p of [...set.live, ...set.shadow])
    for (const c of countersNeeded(p.document)) {
      const key = counterKey(c.rules, c.windowDays);
      // The first policy counting a key gives its count, as in loadCounters.
      if (parts.has(key)) continue;
      const since = new Date(at.getTime() - c.windowDays * 86_400_000);
      parts.set(
        key,
        sql`${key}::text, (select count(distinct decision_id)::int from decision_rules
          where account_id = ${accountId} and policy = ${p.name} and rule_id in (${sql.join(c.rules)})
            and created_at > ${since} and created_at <= ${at})`,
      );
    }
  if (!parts.size || parts.size > 50) return null;
  return sql<Counters>`json_build_object(${sql.join([...parts.values()])})`;
}

export async function loadCounters(db: DbOrTx, set: PolicySet, accountId: string | undefined, at: Date): Promise<Counters> {
  const counters: Counters = {};
  if (!accountId) return counters;
  for (const p of [...set.live, ...set.shadow]) {
    for (const c of countersNeeded(p.document)) {
      const key = counterKey(c.rules, c.windowDays);
      if (key in counters) continue;
      const since = new Date(at.getTime() - c.windowDays * 86_400_000);
      const r = await sql<{ n: number }>`select count(distinct decision_id)::int as n from decision_rules
        where account_id = ${accountId} and policy = ${p.name} and rule_id in (${sql.join(c.rules)})
          and created_at > ${since} and created_at <= ${at}`.execute(db);
      counters[key] = r.rows[0]?.n ?? 0;
    }
  }
  return counters;
}

/** The recipient's notice, when a matched rule read one of its signals and the content reaches the recipient. */
function deliveredGuidance(input: DecideInput, results: PolicyResult[], outcome: Outcome): RecipientNotice | undefined {
  const g = input.recipientNotice;
  if (!g || input.heldBy || outcome === 'hold' || outcome === 'block') return undefined;
  const matched = results.some((r) => r.matched.some((m) => m.signals.some((i) => g.forSignals.includes(input.signals[i]?.type ?? ''))));
  if (!matched) return undefined;
  const { forSignals: _, ...notice } = g;
  return notice;
}

export class DecisionService {
  /**
   * The signals of the decisions this service recorded in each open transaction, by subject and
   * event (decidedKey): later hooks of the same event read them here instead of reading back the
   * rows just written. Keyed weakly by the transaction object, so a transaction's entries go with
   * it; a set undone by a failure is redone in new transactions, which start empty.
   */
  private readonly decidedIn = new WeakMap<Tx, Map<string, Signal[]>>();

  /** `handlers`: the side effects' owners; an absent one records its effects as skipped. */
  constructor(
    private readonly policies: PolicyCache,
    private readonly handlers: EffectHandlers,
    private readonly log?: Logger,
  ) {}

  /** The live and shadow policies decisions are taken with now (cached; the same object until a policy changes). */
  policySet(tx: Tx): Promise<PolicySet> {
    return this.policies.get(tx);
  }

  /**
   * The signals of the decisions made on one subject for one event (signalsDecidedFor), from
   * this transaction's own record when this service decided on them in `tx` (no statement),
   * otherwise read. An event's decisions are made in the transaction that first stores the event
   * (a stored event is not processed again), so the record holds all of them; the one exception,
   * a `POST /v1/screen` decision linked to the event (no decision made here), is read.
   */
  async signalsDecidedFor(tx: Tx, subject: { type: SubjectType; id: string }, eventId: string): Promise<Signal[]> {
    const own = this.decidedIn.get(tx)?.get(decidedKey(subject, eventId));
    return own ? [...own] : signalsDecidedFor(tx, subject, eventId);
  }

  /** Decides and records (decision row, rule matches, effects, outbox, shadow results) in `tx`. */
  async decide(tx: Tx, input: DecideInput): Promise<Decision> {
    const set = await this.policies.get(tx);
    const at = input.at ?? new Date();
    const counters = input.counters?.set === set ? input.counters.values : await loadCounters(tx, set, input.accountId, at);
    const evaluated = evaluateDecision(set, input, counters);
    const { combined } = evaluated;
    const id = randomUUID();
    const effects = await this.runEffects(tx, id, input, combined.results);
    const { policies, exemptions, exemptionsWithheld } = summarize(combined.results);
    // Rules the engine lowered (network and travel facts alone never hold): kept for the record.
    const guards = combined.results.flatMap((r) =>
      r.matched
        .filter((m) => m.guard)
        .map((m) => ({
          policy: r.name,
          rule: m.rule,
          guard: m.guard,
          asked: m.ruleOutcome,
          ...(m.effectsDropped ? { effectsDropped: m.effectsDropped } : {}),
        })),
    );
    const held = input.heldBy;
    if (held)
      effects.push({
        kind: 'hold',
        policy: held.policy,
        rule: `account-${held.type}`,
        status: 'done',
        detail: { actionId: held.actionId, type: held.type, feature: held.feature, endsAt: held.endsAt },
      });
    // Held by an action in force: not delivered, and the notice says why (the action's, not the policy's).
    const outcome = held ? maxOutcome(combined.outcome, 'hold') : combined.outcome;
    const notice: InlineNotice | undefined = held
      ? {
          id: `account_${held.type}`,
          policy: held.policy,
          policyTitle: held.notice.title,
          policyUrl: held.notice.url,
          locale: held.notice.locale,
          text: held.notice.text,
        }
      : evaluated.notice;
    const recipientNotice = deliveredGuidance(input, combined.results, outcome);
    const decision: Decision = {
      id,
      outcome,
      signals: input.signals,
      policies,
      exemptions,
      exemptionsWithheld,
      maskIndexes: combined.maskIndexes,
      notice,
      effects,
      ...(held ? { heldBy: { actionId: held.actionId, type: held.type, feature: held.feature, endsAt: held.endsAt } } : {}),
      ...(recipientNotice ? { recipientNotice } : {}),
    };
    const signalsJson = JSON.stringify(input.signals);
    // The decision's rows are held back (store/write-behind.ts): sent with the next statement of
    // the transaction (a set's next event's insert carries them), before anything reads them.
    await deferWrite(
      tx,
      tx.insertInto('decisions').values({
        id,
        event_id: input.eventId ?? null,
        subject_type: input.subject.type,
        subject_id: input.subject.id,
        account_id: input.accountId ?? null,
        counterpart_id: input.counterpartId ?? null,
        outcome,
        policy_versions: JSON.stringify(
          combined.results.map((r) => ({ name: r.name, version: r.version, outcome: r.outcome, matched: r.matched.map((m) => m.rule) })),
        ),
        signals: signalsJson,
        context: JSON.stringify({
          ...input.context,
          counters,
          kind: input.kind,
          subjectText: input.subject.text,
          ...(input.askPattern ? { askPattern: input.askPattern } : {}),
        }),
        effects: JSON.stringify({
          effects,
          notice,
          maskIndexes: combined.maskIndexes,
          ...(decision.heldBy ? { heldBy: decision.heldBy } : {}),
          ...(recipientNotice ? { recipientNotice } : {}),
          ...(guards.length ? { guards } : {}),
          ...(exemptionsWithheld.length ? { exemptionsWithheld } : {}),
          // The matched rules as the reply described them (description, the rule's own outcome), so
          // an event that takes this decision later describes them the same way.
          policies,
        }),
        exemptions: JSON.stringify(exemptions),
        created_at: at,
      }),
    );
    if (input.eventId) {
      // As a read of the row would give them back (JSON: no undefined fields, no shared objects).
      const own = this.decidedIn.get(tx) ?? new Map<string, Signal[]>();
      this.decidedIn.set(tx, own);
      const key = decidedKey(input.subject, input.eventId);
      own.set(key, [...(own.get(key) ?? []), ...(JSON.parse(signalsJson) as Signal[])]);
    }
    // The matches policy counters count. A match the engine guarded (it rested on network and
    // travel facts alone) is not counted: earlier VPN logins must not add up to a rule's
    // "n times before" that then holds on nothing else.
    const matches = input.accountId
      ? combined.results.flatMap((r) =>
          r.matched.filter((m) => !m.guard).map((m) => ({ decision_id: id, account_id: input.accountId!, policy: r.name, rule_id: m.rule, created_at: at })),
        )
      : [];
    if (matches.length) await deferWrite(tx, tx.insertInto('decision_rules').values(matches));
    if (outcome !== 'allow' || effects.length) {
      await deferWrite(
        tx,
        outboxInsert('decision.made', `decision.made:${id}`, {
          decisionId: id,
          eventId: input.eventId ?? null,
          subject: input.subject.type === 'message' ? { type: input.subject.type, id: input.subject.id } : input.subject,
          accountId: input.accountId ?? null,
          outcome,
          ...(decision.heldBy ? { heldBy: decision.heldBy } : {}),
          policies: policies.map((p) => ({ name: p.name, version: p.version, outcome: p.outcome })),
        }),
      );
    }
    await this.runShadow(tx, id, set, input, counters, combined.results);
    return decision;
  }

  private async runEffects(tx: Tx, decisionId: string, input: DecideInput, results: PolicyResult[]): Promise<AppliedEffect[]> {
    const out: AppliedEffect[] = [];
    const { accountId } = input;
    // One event, one strike: every rule asking for a strike, whatever its policy, is merged once;
    // the most severe (first on ties) asks for it and the others are recorded as its reasons.
    const merged = mergeMatches(
      results.flatMap((r) =>
        r.matched.flatMap((m) => {
          const e = m.effects.find((x) => x.strike);
          return e?.strike
            ? [
                {
                  policy: r.name,
                  rule: m.rule,
                  severity: e.strike.severity,
                  signals: m.signals.map((i) => ({ type: input.signals[i].type, strength: input.signals[i].strength })),
                },
              ]
            : [];
        }),
      ),
    );
    const isChosen = (policy: string, rule: string) => merged?.chosen.policy === policy && merged.chosen.rule === rule;
    const strikeReasons = (merged?.others ?? []).map((o) => ({
      policy: o.policy,
      rule: o.rule,
      severity: o.severity,
      subject: { type: input.subject.type, id: input.subject.id },
      decisionId,
      at: (input.at ?? new Date()).toISOString(),
    }));
    const asker = input.respondingTo;
    const sharesContact = input.signals.some((x) => x.type.startsWith('contact.'));
    for (const r of results)
      for (const m of r.matched) {
        const matched = m.signals.map((i) => input.signals[i]);
        const record = (kind: AppliedEffect['kind'], detail: Record<string, unknown> | undefined) =>
          out.push({
            kind,
            policy: r.name,
            rule: m.rule,
            status: detail ? 'done' : 'skipped',
            detail: detail ?? { reason: accountId ? `no ${kind} handler installed` : 'no account to act on' },
          });
        for (const e of m.effects) {
          if (e.case && asker && !sharesContact) {
            out.push({
              kind: 'case',
              policy: r.name,
              rule: m.rule,
              status: 'skipped',
              detail: { reason: 'a reply to a request to move off the platform is never penalised' },
            });
          } else if (e.case) {
            const c =
              accountId && this.handlers.openCase
                ? await this.handlers.openCase(tx, {
                    subject: { type: input.subject.type, id: input.subject.id, accountId, text: input.subject.text, counterpartId: input.counterpartId },
                    source: 'detection',
                    reason: e.case.reason,
                    policy: r.name,
                    decisionId,
                    severity: e.case.severity,
                    queue: e.case.queue,
                    signals: matched.map((s) => ({ type: s.type, strength: s.strength, start: s.start, end: s.end, text: s.text })),
                  })
                : undefined;
            record('case', c);
          }
          if (e.strike && asker) {
            out.push({
              kind: 'strike',
              policy: r.name,
              rule: m.rule,
              status: 'skipped',
              detail: {
                outcome: 'not_struck',
                reason: sharesContact ? 'answered the other party’s request: the asker is the main actor' : 'a reply to a request is never penalised',
              },
            });
          } else if (e.strike && input.heldBy) {
            // Held by an action in force: never delivered, and the action already answers the
            // conduct; a strike here would punish twice and push the ladder on content no one saw.
            // The case still gets the item, so a reviewer sees the attempt.
            out.push({
              kind: 'strike',
              policy: r.name,
              rule: m.rule,
              status: 'skipped',
              detail: { outcome: 'not_struck', reason: 'held by an action in force: not delivered', actionId: input.heldBy.actionId },
            });
          } else if (e.strike && !isChosen(r.name, m.rule)) {
            out.push({
              kind: 'strike',
              policy: r.name,
              rule: m.rule,
              status: 'skipped',
              detail: {
                outcome: 'joined',
                incident: 'same_event',
                reason: 'one strike per event',
                mergedInto: merged?.chosen.rule,
                ...(merged?.chosen.policy !== r.name ? { mergedIntoPolicy: merged?.chosen.policy } : {}),
              },
            });
          } else if (e.strike) {
            const spans = matched.filter((s) => s.start !== undefined).map((s) => ({ start: s.start!, end: s.end! }));
            const s =
              accountId && this.handlers.recordStrike
                ? await this.handlers.recordStrike(tx, {
                    accountId,
                    policy: r.name,
                    policyVersion: r.version,
                    severity: e.strike.severity,
                    decisionId,
                    subject: { type: input.subject.type, id: input.subject.id, text: input.subject.text },
                    evidence: { quote: input.subject.text, spans, rule: m.rule, ...(strikeReasons.length ? { reasons: strikeReasons } : {}) },
                    signals: matched.map((x) => ({ type: x.type, strength: x.strength })),
                    proposeOnly: e.strike.proposeOnly,
                    at: input.at,
                  })
                : undefined;
            record('strike', s);
          }
          if (e.requestVerification) {
            const v =
              accountId && this.handlers.requestVerification
                ? await this.handlers.requestVerification(tx, {
                    accountId,
                    reason: e.requestVerification.reason,
                    decisionId,
                    level: m.networkOnly ? 'light' : verificationLevel(m.signals, input.signals),
                  })
                : undefined;
            record('verification', v);
          }
        }
      }
    // The request that obtained contact details is the asker's incident (one per request: the
    // same decision joins its strike), under the policy the answer broke.
    const broken = results.find((r) => r.matched.length > 0);
    if (asker && sharesContact && broken && this.handlers.recordStrike) {
      const contact = input.signals.filter((x) => x.type.startsWith('contact.')).map((x) => ({ type: x.type, strength: x.strength }));
      const s = await this.handlers.recordStrike(tx, {
        accountId: asker.accountId,
        policy: broken.name,
        policyVersion: broken.version,
        severity: 'medium',
        decisionId: asker.decisionId,
        subject: asker.subject,
        evidence: { quote: asker.subject.text },
        signals: [...asker.signals, ...contact],
        at: input.at,
      });
      out.push({
        kind: 'strike',
        policy: broken.name,
        rule: 'asked-for-contact',
        status: 'done',
        detail: { ...s, accountId: asker.accountId, reason: 'asked for the contact details this message shares' },
      });
    }
    return out;
  }

  private async runShadow(tx: Tx, decisionId: string, set: PolicySet, input: DecideInput, counters: Counters, live: PolicyResult[]) {
    for (const shadow of set.shadow) {
      const s = evaluatePolicy(shadow, { kind: input.kind, signals: input.signals, context: input.context, counters, askPattern: input.askPattern });
      const l = live.find((r) => r.name === shadow.name);
      await deferWrite(
        tx,
        tx.insertInto('policy_shadow_results').values({
          decision_id: decisionId,
          policy: shadow.name,
          live_version: l?.version ?? null,
          shadow_version: shadow.version,
          live_outcome: l?.outcome ?? 'allow',
          shadow_outcome: s.outcome,
          live_rules: JSON.stringify(l?.matched.map((m) => m.rule) ?? []),
          shadow_rules: JSON.stringify(s.matched.map((m) => m.rule)),
        }),
      );
    }
    this.log?.trace({ decisionId }, 'shadow evaluated');
  }
}

/**
 * The signals of the decisions made on one subject for one event (e.g. what screening found in
 * a message), for later hooks in the same transaction; empty when nothing was decided.
 */
/** The key of a subject's decisions for one event in DecisionService's per-transaction record. */
function decidedKey(subject: { type: SubjectType; id: string }, eventId: string): string {
  return `${subject.type}\u0000${subject.id}\u0000${eventId}`;
}

export async function signalsDecidedFor(db: DbOrTx, subject: { type: SubjectType; id: string }, eventId: string): Promise<Signal[]> {
  const rows = await db
    .selectFrom('decisions')
    .select('signals')
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('event_id', '=', eventId)
    .execute();
  return rows.flatMap((r) => (Array.isArray(r.signals) ? (r.signals as Signal[]) : []));
}
