// Screening of ingested content: a message, proposal, job post or profile is screened in
// the ingestion transaction, and the decision is part of the ingestion reply.
import type { WardenEvent } from '../events/schemas.ts';
import type { EventHook } from '../events/service.ts';
import type { Tx } from '../store/db.ts';
import { jobPostMeta, jobPostText } from './job-post.ts';
import type { ScreenInput, ScreeningService } from './service.ts';

function inputFor(e: WardenEvent): ScreenInput | null {
  const at = new Date(e.occurredAt);
  switch (e.type) {
    case 'message.sent':
      return {
        text: e.data.text,
        kind: 'message',
        senderId: e.actor.id,
        recipientId: e.data.recipientId,
        subjectId: e.data.messageId,
        eventId: e.id,
        at,
        ...(e.data.jobId ? { jobId: e.data.jobId } : {}),
        ...(e.data.proposalId || e.data.invitationId ? { via: { proposalId: e.data.proposalId, invitationId: e.data.invitationId } } : {}),
      };
    case 'proposal.submitted':
      return {
        text: e.data.text,
        kind: 'proposal',
        senderId: e.actor.id,
        recipientId: e.data.clientId,
        jobId: e.data.jobId,
        subjectId: e.data.proposalId,
        eventId: e.id,
        at,
      };
    case 'job.posted':
      return {
        text: jobPostText(e.data),
        kind: 'job',
        job: jobPostMeta(e.data),
        senderId: e.actor.id,
        jobId: e.data.jobId,
        subjectId: e.data.jobId,
        eventId: e.id,
        at,
      };
    case 'invite.sent':
      return e.data.text
        ? {
            text: e.data.text,
            kind: 'message',
            senderId: e.actor.id,
            recipientId: e.data.freelancerId,
            jobId: e.data.jobId,
            subjectId: e.data.inviteId,
            eventId: e.id,
            at,
          }
        : null;
    case 'profile.updated': {
      const text = [e.data.title, e.data.overview].filter(Boolean).join('\n');
      return text ? { text, kind: 'profile', senderId: e.actor.id, subjectId: `profile:${e.actor.id}`, eventId: e.id, at } : null;
    }
    default:
      return null;
  }
}

/** The event hook that screens content events; their reply carries `{ decision }`. */
export function screeningHook(screening: ScreeningService): EventHook {
  return async (tx, e) => {
    const input = inputFor(e);
    if (!input) return undefined;
    return { decision: await screening.screen(tx, input) };
  };
}

/**
 * Screening's prefetch of a message, registered to go right behind its insert (EventService
 * readAhead). Only a message's insert carries reads (events/projections.ts messageSent; not one
 * to oneself, whose prefetch is then read when screening runs).
 */
export function screeningReadAhead(screening: ScreeningService): (tx: Tx, e: WardenEvent) => Promise<void> {
  return async (tx, e) => {
    if (e.type !== 'message.sent' || e.actor.id === e.data.recipientId) return;
    const input = inputFor(e);
    if (input) await screening.readAhead(tx, input);
  };
}
