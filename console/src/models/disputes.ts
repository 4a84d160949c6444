// A dispute as GET /v1/disputes/{id} returns it, and the words the console shows for it.

export interface DisputeView {
  id: string;
  status: 'open' | 'decided';
  contractId: string;
  contractKind: 'hourly' | 'fixed';
  milestoneId: string | null;
  weekStart: string | null;
  clientId: string;
  freelancerId: string;
  openedBy: 'client' | 'freelancer';
  claim: { kind: string; text: string };
  amountCents: number;
  openedAt: string;
  caseId: string;
  deadlines: { party: 'client' | 'freelancer' | 'mediator'; what: 'respond' | 'evidence' | 'decide'; dueAt: string; metAt: string | null; missed: boolean }[];
  ifRespondentSilent: DisputeOutcome;
  evidence: { id: number; party: 'client' | 'freelancer'; kind: string; reference: string | null; text: string | null; submittedAt: string; late: boolean }[];
  decision: { outcome: DisputeOutcome; releaseCents: number; refundCents: number; reason: string; by: { id: string; name: string | null }; at: string } | null;
}

export type DisputeOutcome = 'release' | 'refund' | 'split';

export const OUTCOME_LABELS: Record<DisputeOutcome, string> = {
  release: 'Release to the freelancer',
  refund: 'Refund the client',
  split: 'Split',
};

export const DEADLINE_LABELS: Record<DisputeView['deadlines'][number]['what'], string> = {
  respond: 'answers with evidence',
  evidence: 'completes the evidence',
  decide: 'decides',
};

/** "milestone ms-2" or "week of 2026-11-02": what the money in dispute is. */
export const disputeScope = (d: Pick<DisputeView, 'milestoneId' | 'weekStart'>) => (d.milestoneId ? `milestone ${d.milestoneId}` : `week of ${d.weekStart}`);
