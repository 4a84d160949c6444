// Thin HTTP layer over disputes: the marketplace opens them and adds the parties' evidence;
// mediators (review scope) write notes and decide.
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { hasScope } from '../access/scopes.ts';
import type { AppContext } from '../app/context.ts';
import { forbiddenError, WardenError } from '../app/errors.ts';
import { literals, Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import type { Reviewer } from '../cases/service.ts';
import { CLAIM_KINDS, type DisputeService, EVIDENCE_KINDS, OUTCOMES, PARTIES } from './service.ts';

const tags = ['disputes'];
const Id = Type.String({ minLength: 1, maxLength: 200 });
const IdParams = Type.Object({ id: Id });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const EvidenceItem = {
  kind: literals(EVIDENCE_KINDS, { description: 'message, file (an attachment), work_submitted (a milestone submission) or statement' }),
  reference: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The message, attachment or milestone id (all but statements)' })),
  text: Type.Optional(Type.String({ maxLength: 10_000, description: 'The statement, or an excerpt the party points at' })),
};

const OpenBody = Type.Object(
  {
    contractId: Id,
    milestoneId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Fixed-price: the milestone disputed' })),
    weekStart: Type.Optional(Type.String({ format: 'date', description: 'Hourly: the Monday of the billing week disputed' })),
    openedBy: literals(PARTIES, { description: 'Whom the marketplace files for' }),
    claim: Type.Object({ kind: literals(CLAIM_KINDS), text: Type.String({ minLength: 1, maxLength: 5_000 }) }, { additionalProperties: false }),
    amountCents: Type.Integer({ minimum: 1, maximum: 1e13, description: 'Disputed amount in US cents (at most the milestone escrow or the week billed)' }),
    evidence: Type.Optional(Type.Array(Type.Object(EvidenceItem, { additionalProperties: false }), { maxItems: 50 })),
    openedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the marketplace opened it (default: now); deadlines count from it' })),
  },
  { additionalProperties: false },
);
const EvidenceBody = Type.Object({ party: literals(PARTIES), ...EvidenceItem }, { additionalProperties: false });
const NoteBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 10_000 }) }, { additionalProperties: false });
const DecisionBody = Type.Object(
  {
    outcome: literals(OUTCOMES, {
      description: 'release: to the freelancer; refund: back to the client; split: releaseCents to the freelancer, the rest back',
    }),
    releaseCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e13, description: 'Split only' })),
    reason: Type.String({ minLength: 1, maxLength: 5_000, description: 'Why: sent to the marketplace with the money outcome' }),
    force: Type.Optional(Type.Boolean({ description: 'Admins: decide a dispute whose case another reviewer holds' })),
  },
  { additionalProperties: false },
);
const ListQuery = Type.Object({
  contractId: Type.Optional(Id),
  accountId: Type.Optional(Id),
  status: Type.Optional(literals(['open', 'decided'])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

const disputeExample = {
  id: 'dsp_5b1c',
  status: 'decided',
  contractId: 'k-9',
  contractKind: 'fixed',
  milestoneId: 'ms-2',
  weekStart: null,
  clientId: 'cl-7',
  freelancerId: 'fl-42',
  openedBy: 'client',
  claim: { kind: 'quality', text: 'The logo files were not delivered in vector format as agreed.' },
  amountCents: 50_000,
  openedAt: '2026-11-30T10:00:00.000Z',
  caseId: 'case_71b2',
  deadlines: [
    { party: 'freelancer', what: 'respond', dueAt: '2026-12-05T10:00:00.000Z', metAt: '2026-12-01T09:00:00.000Z', missed: false },
    { party: 'client', what: 'evidence', dueAt: '2026-12-05T10:00:00.000Z', metAt: '2026-11-30T10:00:00.000Z', missed: false },
    { party: 'mediator', what: 'decide', dueAt: '2026-12-02T10:00:00.000Z', metAt: '2026-12-01T15:00:00.000Z', missed: false },
  ],
  ifRespondentSilent: 'refund',
  evidence: [
    {
      id: 1,
      party: 'client',
      kind: 'message',
      reference: 'm-77',
      text: 'Please send the SVG too.',
      submittedAt: '2026-11-30T10:00:00.000Z',
      late: false,
    },
  ],
  mediationNotes: [{ id: 3, author: { id: 'usr_8d1e', name: 'Ana' }, body: 'SVG was in the brief.', createdAt: '2026-12-01T14:00:00.000Z' }],
  decision: {
    outcome: 'split',
    releaseCents: 30_000,
    refundCents: 20_000,
    reason: 'Work delivered, vector files missing.',
    by: { id: 'usr_8d1e', name: 'Ana' },
    at: '2026-12-01T15:00:00.000Z',
  },
};
const DisputeOut = Type.Object(
  {
    id: Type.String(),
    status: literals(['open', 'decided']),
    contractId: Type.String(),
    contractKind: literals(['hourly', 'fixed']),
    milestoneId: Nullable(Type.String()),
    weekStart: Nullable(Type.String({ format: 'date' })),
    clientId: Type.String(),
    freelancerId: Type.String(),
    openedBy: literals(PARTIES),
    claim: Type.Object({ kind: Type.String(), text: Type.String() }),
    amountCents: Type.Integer(),
    openedAt: Time,
    caseId: Type.String(),
    deadlines: Type.Array(
      Type.Object({
        party: literals(['client', 'freelancer', 'mediator']),
        what: literals(['respond', 'evidence', 'decide']),
        dueAt: Time,
        metAt: Nullable(Time),
        missed: Type.Boolean(),
      }),
    ),
    ifRespondentSilent: literals(OUTCOMES),
    evidence: Type.Array(
      Type.Object({
        id: Type.Integer(),
        party: literals(PARTIES),
        kind: Type.String(),
        reference: Nullable(Type.String()),
        text: Nullable(Type.String()),
        submittedAt: Time,
        late: Type.Boolean(),
      }),
    ),
    mediationNotes: Type.Array(Open({ id: Type.Integer(), body: Type.String(), createdAt: Time })),
    decision: Nullable(
      Type.Object({
        outcome: literals(OUTCOMES),
        releaseCents: Type.Integer(),
        refundCents: Type.Integer(),
        reason: Type.String(),
        by: Type.Object({ id: Type.String(), name: Nullable(Type.String()) }),
        at: Time,
      }),
    ),
  },
  { examples: [disputeExample] },
);

function reviewerOf(req: FastifyRequest): Reviewer {
  const p = req.principal;
  if (!p) throw new WardenError('Unauthenticated'); // the scope check has run: never here
  return { id: p.id, name: p.name, kind: p.kind };
}

const openInput = (b: Static<typeof OpenBody>) => ({
  contractId: b.contractId,
  openedBy: b.openedBy,
  claim: b.claim,
  amountCents: b.amountCents,
  ...(b.milestoneId !== undefined ? { milestoneId: b.milestoneId } : {}),
  ...(b.weekStart !== undefined ? { weekStart: b.weekStart } : {}),
  ...(b.evidence ? { evidence: b.evidence } : {}),
  ...(b.openedAt ? { openedAt: b.openedAt } : {}),
});

export function disputeRoutes(disputes: DisputeService) {
  return async function routes(app: WardenApp, ctx: AppContext) {
    app.post(
      '/v1/disputes',
      {
        config: { scope: 'events:write' },
        schema: {
          tags,
          summary:
            'Open a payment dispute on a milestone (fixed price) or an hourly week, for the client or the freelancer; it becomes a case in the disputes queue',
          body: OpenBody,
          response: { 201: DisputeOut, ...problems(409) },
        },
      },
      async (req, reply) => reply.status(201).send(await disputes.open(ctx.db, openInput(req.body))),
    );

    app.get(
      '/v1/disputes',
      {
        config: { scope: 'read' },
        schema: {
          tags,
          summary: 'Disputes, newest first',
          querystring: ListQuery,
          response: { 200: Type.Object({ disputes: Type.Array(DisputeOut) }, { examples: [{ disputes: [disputeExample] }] }) },
        },
      },
      async (req) => ({ disputes: await disputes.list(ctx.db, req.query) }),
    );

    app.get(
      '/v1/disputes/:id',
      {
        config: { scope: 'read' },
        schema: { tags, summary: 'One dispute: claim, evidence, deadlines, mediation notes and decision', params: IdParams, response: { 200: DisputeOut } },
      },
      async (req) => disputes.view(ctx.db, req.params.id),
    );

    app.post(
      '/v1/disputes/:id/evidence',
      {
        config: { scope: 'events:write' },
        schema: {
          tags,
          summary: "Add a party's evidence (kept and marked late after the party's deadline)",
          params: IdParams,
          body: EvidenceBody,
          response: { 201: DisputeOut, ...problems(409) },
        },
      },
      async (req, reply) => {
        const { party, kind, reference, text } = req.body;
        const v = await disputes.addEvidence(ctx.db, req.params.id, {
          party,
          kind,
          ...(reference !== undefined ? { reference } : {}),
          ...(text !== undefined ? { text } : {}),
        });
        return reply.status(201).send(v);
      },
    );

    app.post(
      '/v1/disputes/:id/notes',
      {
        config: { scope: 'review' },
        schema: {
          tags,
          summary: "A mediator's note (internal: the case's notes, never shown to the parties)",
          params: IdParams,
          body: NoteBody,
          response: {
            201: Open(
              { id: Type.Integer(), body: Type.String(), createdAt: Time },
              { examples: [{ id: 3, author: { id: 'usr_8d1e', name: 'Ana' }, body: 'SVG was in the brief.', createdAt: '2026-12-01T14:00:00.000Z' }] },
            ),
          },
        },
      },
      async (req, reply) => reply.status(201).send(await disputes.addMediationNote(ctx.db, req.params.id, reviewerOf(req), req.body.body)),
    );

    app.post(
      '/v1/disputes/:id/decision',
      {
        config: { scope: 'review' },
        schema: {
          tags,
          summary: 'Decide: release, refund or split, with the reason; resolves the case and sends the money outcome as the signed dispute.decided webhook',
          params: IdParams,
          body: DecisionBody,
          response: { 200: DisputeOut, ...problems(409) },
        },
      },
      async (req) => {
        const { outcome, releaseCents, reason, force } = req.body;
        if (force && !(req.principal && hasScope(req.principal, 'admin'))) throw forbiddenError('force needs the "admin" scope');
        return disputes.decide(ctx.db, req.params.id, reviewerOf(req), { outcome, reason, ...(releaseCents !== undefined ? { releaseCents } : {}) }, { force });
      },
    );
  };
}
