// Behaviour across events: every new event is shown to the linked-accounts graph and to the
// pattern detectors, which keep their own small facts (pattern_facts) and answer with signals;
// the signals of each account concerned go to the policies as one account decision, whose
// cases carry the events behind them. The calls from the ingestion pipeline are `onEvent`,
// which keeps the event to be queued (queue.ts) for the behaviour worker (`drain`) — except a
// payout, whose hold the reply must carry: it first processes its account's queued events, then
// is judged at once — and `flush`, which queues the transaction's kept events before it commits.
// The time-based patterns (a conversation that stopped, invites that never led to a hire) are
// evaluated by `sweep`, which a background worker runs on the composition's clock.
import type { Signal } from '../detect/types.ts';
import { accountLanguage } from '../events/locale.ts';
import type { WardenEvent } from '../events/schemas.ts';
import { type ContactFinding, sightingsOf } from '../network/identifiers.ts';
import type { NetworkService } from '../network/service.ts';
import type { DecisionService, InlineNotice } from '../policy/decide.ts';
import type { SubjectType } from '../policy/schema.ts';
import type { Db, Tx } from '../store/db.ts';
import { detectPatterns } from './detect.ts';
import { catchUp, contractOf, drainBatch, enqueue, freelancersOf, oldestQueuedAt, queuedFor, type ToQueue } from './queue.ts';
import type { PatternSettings } from './settings.ts';
import { type SweepCounts, sweepTimePatterns } from './sweep.ts';

export interface BehaviourVerdict {
  accountId: string;
  outcome: string;
  signals: string[];
  decisionId: string;
  /** The policy's notice for the account, in its language (e.g. `payout-review` when a payout is held). */
  notice?: InlineNotice;
  /** The case the decision opened or joined, when its policy asked for one. */
  caseId?: string;
}

/** Where screening filed the decision on an event's text, so its contact findings can be read back. */
function screenedSubject(e: WardenEvent): { type: SubjectType; id: string } | null {
  switch (e.type) {
    case 'message.sent':
      return { type: 'message', id: e.data.messageId };
    case 'proposal.submitted':
      return { type: 'proposal', id: e.data.proposalId };
    case 'job.posted':
      return { type: 'job', id: e.data.jobId };
    case 'invite.sent':
      return e.data.text ? { type: 'message', id: e.data.inviteId } : null;
    case 'profile.updated':
      return { type: 'profile', id: `profile:${e.actor.id}` };
    default:
      return null;
  }
}

/** An event of an ingestion transaction not yet queued; `credited`: the freelancer a payment credits, once read (null: none). */
interface Kept extends ToQueue {
  credited?: string | null;
}

/** Events whose facts a payout's own patterns read (detect.ts payoutSignals: logins, payout methods, earnings). */
const PAYOUT_FACT_EVENTS = new Set<string>(['user.login', 'payout.method_changed', 'milestone.released', 'hours.logged', 'bonus.paid']);

export class PatternService {
  /** Per ingestion transaction, its new events not yet queued, in order (flush queues them; a catch-up processes some instead). */
  private readonly kept = new WeakMap<Tx, Kept[]>();

  constructor(
    private readonly network: NetworkService,
    private readonly decisions: DecisionService,
    readonly settings: PatternSettings,
  ) {}

  /**
   * The time-based patterns whose facts ripened since the last sweep, as of `now` (the
   * composition's clock): per pattern, the accounts evaluated and the decisions made. Signals go
   * to the policies as account decisions, like the event-driven ones. Safe to run concurrently
   * with ingestion; two sweeps at once would only evaluate some accounts twice (a signal is
   * emitted once per strength and window).
   */
  async sweep(db: Db, now: Date): Promise<Record<string, SweepCounts>> {
    // Facts of events still queued are not written yet: the sweep stops short of the oldest.
    const queued = await oldestQueuedAt(db);
    const asOf = queued && queued.getTime() <= now.getTime() ? new Date(queued.getTime() - 1) : now;
    return sweepTimePatterns(db, this.settings, now, (tx, accountId, signals, at) => this.decideAccount(tx, accountId, signals, at, null), asOf);
  }

  /**
   * The behaviour worker's work: processes queued events oldest first, `batch` per transaction,
   * until the queue is empty (or `max` events). Returns the events processed and, per event,
   * the behaviour decisions made (as `onEvent` returned them before behaviour left the event's
   * transaction). Safe beside ingestion and beside other processes draining (queue.ts).
   */
  async drain(
    db: Db,
    opts: { batch?: number; max?: number } = {},
  ): Promise<{ processed: number; verdicts: { eventId: string; behaviour: BehaviourVerdict[] }[] }> {
    const batch = opts.batch ?? 20;
    const max = opts.max ?? Number.POSITIVE_INFINITY;
    const verdicts: { eventId: string; behaviour: BehaviourVerdict[] }[] = [];
    let processed = 0;
    // An event that fails alone is tried once per drain (queue.ts drainBatch).
    const failed = new Set<string>();
    while (processed < max) {
      const r = await drainBatch(
        db,
        Math.min(batch, max - processed),
        async (tx, e) => ({ eventId: e.id, behaviour: (await this.evaluate(tx, e))?.behaviour ?? [] }),
        failed,
      );
      if (!r.handled) break;
      processed += r.results.length;
      verdicts.push(...r.results.filter((v) => v.behaviour.length));
    }
    return { processed, verdicts };
  }

  /**
   * Processes, in `tx` (an ingestion transaction holding these accounts' locks), the queued
   * events of `accounts` that feed replies, then those of `tx` itself not yet queued, so that
   * work answering in an event's reply judges on all their facts. Returns how many it processed.
   */
  async catchUp(tx: Tx, accounts: readonly string[]): Promise<number> {
    const queued = await catchUp(tx, accounts, (t, e) => this.evaluate(t, e));
    const own = await this.keptFor(tx, accounts, true);
    for (const k of own) await this.evaluate(tx, k.event);
    // Processed here, so never queued.
    const list = this.kept.get(tx);
    if (own.length && list)
      this.kept.set(
        tx,
        list.filter((k) => !own.includes(k)),
      );
    return queued + own.length;
  }

  /**
   * The events of `tx` not yet queued that feed replies and were acted by one of `accounts` or,
   * with `credited`, pay one of them (the freelancers of their contracts are read once, for all
   * such events of `tx` not read yet: one statement at most), in order.
   */
  private async keptFor(tx: Tx, accounts: readonly string[], credited: boolean): Promise<Kept[]> {
    const list = this.kept.get(tx) ?? [];
    const want = new Set(accounts);
    if (credited) {
      const unread = list.filter((k) => k.feedsReply && k.credited === undefined && !want.has(k.event.actor.id));
      const contracts = unread.flatMap((k) => contractOf(k.event) ?? []);
      const freelancers = await freelancersOf(tx, contracts);
      for (const k of unread) {
        const c = contractOf(k.event);
        // A contract not in the projection yet may be started later in tx: read again then.
        if (!c || freelancers.has(c)) k.credited = c ? (freelancers.get(c) ?? null) : null;
      }
    }
    return list.filter((k) => k.feedsReply && (want.has(k.event.actor.id) || (credited && k.credited != null && want.has(k.credited))));
  }

  /** Queues the events `tx` kept (onEvent) and no catch-up processed, in one statement: the last thing an ingestion transaction does before it commits. */
  async flush(tx: Tx): Promise<void> {
    const list = this.kept.get(tx);
    if (!list) return;
    this.kept.delete(tx);
    await enqueue(tx, list);
  }

  private async decideAccount(tx: Tx, accountId: string, signals: Signal[], at: Date, e: WardenEvent | null): Promise<BehaviourVerdict> {
    const decision = await this.decisions.decide(tx, {
      subject: { type: 'account', id: accountId },
      kind: 'account',
      accountId,
      signals,
      context: e ? { event: { type: e.type, id: e.id } } : {},
      ...(e ? { eventId: e.id } : {}),
      // The notice is the account's to read: in its language, like screening's.
      locale: (await accountLanguage(tx, accountId)) ?? undefined,
      at,
    });
    const caseId = decision.effects.find((x) => x.kind === 'case' && x.status === 'done')?.detail.caseId;
    return {
      accountId,
      outcome: decision.outcome,
      signals: signals.map((s) => s.type),
      decisionId: decision.id,
      ...(decision.notice ? { notice: decision.notice } : {}),
      ...(typeof caseId === 'string' ? { caseId } : {}),
    };
  }

  /**
   * Runs in the event's transaction, after screening. The event is kept to be queued when the
   * transaction commits (flush), marked as feeding replies from its type, the identifiers it
   * carries, or contact details screening found in its text (this transaction's own decisions: no
   * statement). A `payout.requested` is judged at once instead, after its account's queued
   * events: returns the behaviour decisions made, one per account with signals, where the
   * actor's outcome `hold` means: keep the payout until a reviewer decides.
   */
  async onEvent(tx: Tx, e: WardenEvent): Promise<{ behaviour: BehaviourVerdict[] } | undefined> {
    if (e.type !== 'payout.requested') {
      const list = this.kept.get(tx) ?? [];
      list.push({ event: e, feedsReply: await this.feedsReply(tx, e) });
      this.kept.set(tx, list);
      return undefined;
    }
    await this.catchUp(tx, [e.actor.id]);
    return this.evaluate(tx, e);
  }

  /**
   * Before a deal between `a` and `b` is checked for a shared person identifier (the
   * self-dealing hold): when their queued events show identifiers that would link them, those
   * events are processed first (catchUp); otherwise the recorded identifiers already give the
   * answer, and the queued events are left to the worker. Returns how many were processed.
   */
  async catchUpIdentifiers(tx: Tx, a: string, b: string): Promise<number> {
    // Sightings are the actor's own, so events paying a party add none: not looked for.
    const queued = [...(await queuedFor(tx, [a, b])), ...(await this.keptFor(tx, [a, b], false)).map((k) => k.event)];
    if (!queued.length) return 0;
    const pending = [];
    for (const e of queued) pending.push(...sightingsOf(e, await this.contactFindings(tx, e)).filter((s) => s.accountId === a || s.accountId === b));
    if (!(await this.network.pendingLink(tx, a, b, pending))) return 0;
    return this.catchUp(tx, [a, b]);
  }

  /** The contact details screening found in `e`'s own text (its stored or just-made decision). */
  private async contactFindings(tx: Tx, e: WardenEvent): Promise<ContactFinding[]> {
    const subject = screenedSubject(e);
    return subject ? (await this.decisions.signalsDecidedFor(tx, subject, e.id)).filter((s) => s.type.startsWith('contact.')) : [];
  }

  /**
   * Whether work answering in a later reply reads the facts `e` writes: a login's (risky sign-in,
   * a new device and place), a payout method's and a payment's (payoutSignals), or an identifier
   * of a person (device, phone, e-mail, card, payout destination: the self-dealing hold's
   * `sharedBetween`), including contact details screening found in its text.
   */
  private async feedsReply(tx: Tx, e: WardenEvent): Promise<boolean> {
    return PAYOUT_FACT_EVENTS.has(e.type) || sightingsOf(e, await this.contactFindings(tx, e)).some((s) => s.kind !== 'ip');
  }

  /**
   * Behaviour across events for one event, in `tx`: the identifiers it shows (linked accounts),
   * the pattern facts it adds and the patterns it can change, then one account decision per
   * account with signals. Reads screening's findings on the event's text (stored decisions).
   */
  private async evaluate(tx: Tx, e: WardenEvent): Promise<{ behaviour: BehaviourVerdict[] } | undefined> {
    const subject = screenedSubject(e);
    const screened = subject ? await this.decisions.signalsDecidedFor(tx, subject, e.id) : [];
    const findings: ContactFinding[] = screened.filter((s) => s.type.startsWith('contact.'));
    const byAccount = new Map<string, Signal[]>();
    const add = (accountId: string, signals: Signal[]) => {
      if (signals.length) byAccount.set(accountId, [...(byAccount.get(accountId) ?? []), ...signals]);
    };
    add(e.actor.id, await this.network.observe(tx, e, findings));
    await detectPatterns({ tx, at: new Date(e.occurredAt), cfg: this.settings, screened, emit: (id, s) => add(id, [s]) }, e);
    if (!byAccount.size) return undefined;
    const behaviour: BehaviourVerdict[] = [];
    for (const [accountId, signals] of byAccount) behaviour.push(await this.decideAccount(tx, accountId, signals, new Date(e.occurredAt), e));
    return { behaviour };
  }
}
