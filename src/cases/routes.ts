// Thin HTTP layer over cases, queues, community reports and review measures.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { hasScope } from '../access/scopes.ts';
import type { AppContext } from '../app/context.ts';
import { forbiddenError, WardenError } from '../app/errors.ts';
import { literals as lit } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { metricsSummary, registerCaseMetrics } from './measures.ts';
import { CASE_SORTS, getCaseDetail, listCases, listQueues } from './queries.ts';
import { getReportForReporter, listReportReasons, submitReport } from './reports.ts';
import { revealCaseSubject } from './reveal.ts';
import { addNote, CASE_SOURCES, type Reviewer, SUBJECT_TYPES } from './service.ts';

const tags = ['cases'];
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

const Action = Type.Object(
  {
    type: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Action type understood by enforcement (warning, restriction, payment_hold, suspension, overturn, ...)',
    }),
  },
  { additionalProperties: true },
);
const ResolveBody = Type.Object(
  {
    resolution: lit(['dismiss', 'action']),
    action: Type.Optional(Action),
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    force: Type.Optional(Type.Boolean({ description: 'Admins: resolve a case another reviewer holds' })),
  },
  { additionalProperties: false },
);

function reviewerOf(req: FastifyRequest): Reviewer {
  const p = req.principal;
  if (!p) throw new WardenError('Unauthenticated');
  return { id: p.id, name: p.name, kind: p.kind };
}

function requireAdminFor(req: FastifyRequest, what: string, wanted: boolean | undefined): boolean {
  if (!wanted) return false;
  if (!req.principal || !hasScope(req.principal, 'admin')) throw forbiddenError(`${what} needs the "admin" scope`);
  return true;
}

export async function caseRoutes(app: WardenApp, ctx: AppContext) {
  const cases = ctx.cases;
  registerCaseMetrics(ctx.metrics.registry, ctx.db, cases.config);

  app.get(
    '/v1/cases/settings',
    { config: { scope: 'read' }, schema: { tags, summary: 'Queues, routing rules, SLA clocks, report reasons and priority weights in force' } },
    async () => cases.config,
  );

  app.get(
    '/v1/cases',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'List cases with filters, sorting and offset pagination',
        querystring: Type.Object(
          {
            queue: Type.Optional(Type.String()),
            status: Type.Optional(lit(['open', 'resolved', 'all'])),
            policy: Type.Optional(Type.String()),
            source: Type.Optional(lit(CASE_SOURCES)),
            priorityMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
            priorityMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
            assignee: Type.Optional(Type.String({ description: 'a reviewer id, "me", "none" (unassigned) or "any"' })),
            createdAfter: Type.Optional(Type.String({ format: 'date-time' })),
            createdBefore: Type.Optional(Type.String({ format: 'date-time' })),
            minAgeHours: Type.Optional(Type.Number({ minimum: 0 })),
            subjectType: Type.Optional(lit(SUBJECT_TYPES)),
            subjectId: Type.Optional(Type.String()),
            accountId: Type.Optional(Type.String()),
            overdue: Type.Optional(Type.Boolean()),
            escalated: Type.Optional(Type.Boolean()),
            sort: Type.Optional(lit(CASE_SORTS)),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const q = req.query;
      return listCases(ctx.db, { ...q, assignee: q.assignee === 'me' ? req.principal?.id : q.assignee });
    },
  );

  app.get(
    '/v1/cases/:id',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'A case: subject (contact details masked), signals, decisions, reports, notes and audit trail',
        params: IdParams,
      },
    },
    async (req) => getCaseDetail(ctx.db, req.params.id, cases),
  );

  app.post(
    '/v1/cases/:id/reveal',
    {
      config: { scope: 'review' },
      schema: {
        tags,
        summary: "The subject's original text with its contact details; each reveal is written to the case's audit trail",
        params: IdParams,
        body: Type.Optional(Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false })),
      },
    },
    async (req, reply) => {
      const reason = req.body?.reason;
      const revealed = await revealCaseSubject(ctx.db, cases, req.params.id, reviewerOf(req), reason);
      return reply.header('cache-control', 'no-store').send(revealed);
    },
  );

  app.post(
    '/v1/cases/:id/claim',
    {
      config: { scope: 'review' },
      schema: {
        tags,
        summary: 'Claim a case (409 when another reviewer holds it); admins may force',
        params: IdParams,
        body: Type.Optional(Type.Object({ force: Type.Optional(Type.Boolean()) }, { additionalProperties: false })),
      },
    },
    async (req) => {
      const force = requireAdminFor(req, 'taking a held case', req.body?.force);
      return cases.claimCase(ctx.db, req.params.id, reviewerOf(req), { force });
    },
  );

  app.post(
    '/v1/cases/:id/release',
    {
      config: { scope: 'review' },
      schema: {
        tags,
        summary: 'Give a case back to its queue; admins may release a case someone else holds',
        params: IdParams,
        body: Type.Optional(Type.Object({ force: Type.Optional(Type.Boolean()) }, { additionalProperties: false })),
      },
    },
    async (req) => {
      const force = requireAdminFor(req, 'releasing another reviewer’s case', req.body?.force);
      return cases.releaseCase(ctx.db, req.params.id, reviewerOf(req), { force });
    },
  );

  app.post(
    '/v1/cases/:id/notes',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'Add an internal note (reviewers only; triage may note too)',
        params: IdParams,
        body: Type.Object({ body: Type.String({ minLength: 1, maxLength: 10_000 }) }, { additionalProperties: false }),
      },
    },
    async (req, reply) => reply.status(201).send(await addNote(ctx.db, req.params.id, reviewerOf(req), req.body.body)),
  );

  app.post(
    '/v1/cases/:id/escalate',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'Escalate to another queue (e.g. senior) with a reason; triage may route work',
        params: IdParams,
        body: Type.Object(
          { queue: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), reason: Type.String({ minLength: 1, maxLength: 2000 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => cases.escalateCase(ctx.db, req.params.id, reviewerOf(req), req.body),
  );

  app.post(
    '/v1/cases/:id/resolve',
    {
      config: { scope: 'review' },
      schema: { tags, summary: 'Resolve: dismiss, or apply an action through enforcement, with a reason', params: IdParams, body: ResolveBody },
    },
    async (req) => {
      const { force, ...input } = req.body;
      return cases.resolveCase(ctx.db, req.params.id, reviewerOf(req), input, { force: requireAdminFor(req, 'resolving a held case', force) });
    },
  );

  app.post(
    '/v1/cases/bulk-resolve',
    {
      config: { scope: 'review' },
      schema: {
        tags,
        summary: `Resolve up to ${cases.config.bulkMax} cases with one decision; one result per case`,
        body: Type.Object(
          {
            ids: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: cases.config.bulkMax }),
            resolution: lit(['dismiss', 'action']),
            action: Type.Optional(Action),
            reason: Type.String({ minLength: 1, maxLength: 2000 }),
            force: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const { ids, force, ...input } = req.body;
      return cases.bulkResolve(ctx.db, ids, reviewerOf(req), input, { force: requireAdminFor(req, 'resolving held cases', force) });
    },
  );

  app.get('/v1/queues', { config: { scope: 'read' }, schema: { tags, summary: 'Queues: open, unassigned and overdue counts, oldest age' } }, async () => ({
    queues: await listQueues(ctx.db, cases.config),
  }));

  app.post(
    '/v1/reports',
    {
      config: { scope: 'events:write' },
      schema: {
        tags: ['reports'],
        summary: 'A community report, sent by the marketplace on behalf of its user',
        body: Type.Object(
          {
            reporterId: Type.String({ minLength: 1, maxLength: 200 }),
            subject: Type.Object(
              {
                type: lit(SUBJECT_TYPES),
                id: Type.String({ minLength: 1, maxLength: 200 }),
                accountId: Type.String({ minLength: 1, maxLength: 200 }),
                text: Type.Optional(Type.String({ maxLength: 20_000 })),
              },
              { additionalProperties: false },
            ),
            reason: Type.String({ minLength: 1, maxLength: 100, description: 'A code from GET /v1/reports/reasons' }),
            comment: Type.Optional(Type.String({ maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      const r = await submitReport(ctx.db, req.body, cases);
      return reply.status(r.duplicate ? 200 : 201).send(r);
    },
  );

  // The catalogue is what a report form shows: public, nothing in it is secret.
  app.get('/v1/reports/reasons', { config: { scope: null }, schema: { tags: ['reports'], summary: 'The report-reason catalogue, with labels' } }, async () => ({
    reasons: listReportReasons(cases.config),
  }));

  app.get(
    '/v1/reports/:id',
    {
      config: { scope: 'events:write' },
      schema: { tags: ['reports'], summary: 'A report’s status and the message to show its reporter (never the other user’s penalty)', params: IdParams },
    },
    async (req) => getReportForReporter(ctx.db, req.params.id),
  );

  app.get(
    '/v1/metrics/summary',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['metrics'],
        summary: 'Review measures: proactive share, queue ages, time to first action, action and overturn rates',
        querystring: Type.Object({ since: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
      },
    },
    async (req) => metricsSummary(ctx.db, cases.config, req.query),
  );
}
