// The one way to read a case subject's contact details: a reviewer asks, and the case's
// audit trail records who saw them and when (and why, when they say).

import { maskSubject, type TextSpan } from '../detect/contact/masking.ts';
import type { DbOrTx } from '../store/db.ts';
import { caseSubjectOriginal } from './queries.ts';
import { actorOf, audit, type CaseService, type Reviewer } from './service.ts';

export interface RevealedSubject {
  caseId: string;
  /** The subject's original text. */
  text: string | null;
  /** Highlight spans in the original text. */
  spans: TextSpan[];
  /** Runs of contact details that were hidden (as the case view's hiddenContacts); 0 means nothing was hidden, and nothing is audited. */
  contacts: number;
  revealedAt: string;
}

export async function revealCaseSubject(db: DbOrTx, cases: CaseService, caseId: string, reviewer: Reviewer, reason?: string): Promise<RevealedSubject> {
  const view = await cases.getCaseView(db, caseId);
  const { text, spans } = await caseSubjectOriginal(db, view);
  // Counted as the masked view counts them: one run per hidden detail, however many signals
  // name it (a PayPal address is both an e-mail and a payment handle).
  const contacts = text ? maskSubject(text, spans).hidden : 0;
  if (contacts > 0) await audit(db, caseId, actorOf(reviewer), 'contact_revealed', { contacts, ...(reason ? { reason } : {}) });
  return { caseId, text, spans, contacts, revealedAt: new Date().toISOString() };
}
