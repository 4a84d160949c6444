// Behaviour across events: every new event is shown to the linked-accounts graph and to the
// pattern detectors, which keep their own small facts (pattern_facts) and answer with signals;
// the signals of each account concerned go to the policies as one account decision, whose
// cases carry the events behind them. The one call from the ingestion pipeline is `onEvent`;
// the time-based patterns (a conversation that stopped, invites that never led to a hire) are
// evaluated by `sweep`, which a background worker runs on the composition's clock.
import type { Signal } from '../detect/types.ts';
import { accountLanguage } from '../events/locale.ts';
import type { WardenEvent } from '../events/schemas.ts';
import type { ContactFinding } from '../network/identifiers.ts';
import type { NetworkService } from '../network/service.ts';
import type { DecisionService, InlineNotice } from '../policy/decide.ts';
import type { SubjectType } from '../policy/schema.ts';
import type { Db, Tx } from '../store/db.ts';
import { detectPatterns } from './detect.ts';
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

export class PatternService {
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
  sweep(db: Db, now: Date): Promise<Record<string, SweepCounts>> {
    return sweepTimePatterns(db, this.settings, now, (tx, accountId, signals, at) => this.decideAccount(tx, accountId, signals, at, null));
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
   * Runs in the event's transaction, after screening (whose findings it reads). Returns the
   * behaviour decisions made, one per account with signals; for a `payout.requested`, the
   * actor's outcome `hold` means: keep the payout until a reviewer decides.
   */
  async onEvent(tx: Tx, e: WardenEvent): Promise<{ behaviour: BehaviourVerdict[] } | undefined> {
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
