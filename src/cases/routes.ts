// Thin HTTP layer over cases, queues, community reports and review measures.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { hasScope } from '../access/scopes.ts';
import type { AppContext } from '../app/context.ts';
import { forbiddenError, WardenError } from '../app/errors.ts';
import { literals as lit, Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { metricsSummary, registerCaseMetrics } from './measures.ts';
import { CASE_SORTS, getCaseDetail, listCases, listQueues, maskedCase } from './queries.ts';
import { getReportForReporter, listReportReasons, submitReport } from './reports.ts';
import { revealCaseSubject } from './reveal.ts';
import { addNote, CASE_SOURCES, CASE_SUBJECT_TYPES, type Reviewer } from './service.ts';
import { decideTriage, listReports, TRIAGE_REASONS, TRIAGE_STATES, triageQueueSummary } from './triage.ts';

const tags = ['cases'];
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

const RefId = (description: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 200, description }));
/**
 * What a resolution applies. Which fields each `type` takes is enforcement's (and disputes')
 * to say: a field the type does not take is a 400 naming it, and so is any field not listed here.
 */
const Action = Type.Object(
  {
    type: Type.String({
      minLength: 1,
      maxLength: 100,
      description:
        'warning, restriction, payment_hold, suspension, permanent_suspension; approve_proposed, lift; overturn, uphold (appeals); approve_verification, reject_verification; dispute_decision',
    }),
    confirm: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          "Required for permanent_suspension, and for approve_proposed when the proposal is one: the case subject's account id typed again (else 409 ConfirmationRequired)",
      }),
    ),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: "The action's own reason, when it differs from the resolution's" })),
    feature: Type.Optional(Type.String({ maxLength: 100, description: 'restriction: the feature restricted (new_conversations, proposals, ...)' })),
    durationDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'restriction, payment_hold, suspension: days in force' })),
    severity: Type.Optional(Type.String({ maxLength: 40, description: 'The strike recorded with it: low, medium, high, critical' })),
    policy: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "The policy applied (default: the case's)" })),
    actionId: RefId('approve_proposed, lift: the action meant (default: the proposal on this case)'),
    appealId: RefId("overturn, uphold: the appeal (default: the case's)"),
    verificationId: RefId("approve_verification, reject_verification: the verification (default: the case's)"),
    outcome: Type.Optional(Type.String({ maxLength: 40, description: 'dispute_decision: release, refund or split' })),
    releaseCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e13, description: 'dispute_decision split: the cents released to the freelancer' })),
  },
  { additionalProperties: false },
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

const N = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const caseExample = {
  id: 'case_71b2',
  subject: { type: 'message', id: 'm-1', accountId: 'fl-42', counterpartId: 'cl-7', text: 'my whatsapp is [contact hidden]' },
  source: 'detection',
  status: 'open',
  queue: 'contact',
  severity: 'medium',
  priority: 62,
  band: 'high',
  policy: 'contact-sharing',
  reason: 'contact-sharing: phone',
  assignee: { id: 'usr_8d1e', name: 'Ana' },
  escalated: false,
  openedAt: '2026-11-22T10:00:00.000Z',
  slaDueAt: '2026-11-23T10:00:00.000Z',
  overdue: false,
  ageSeconds: 3600,
  firstActionAt: null,
  resolution: null,
  appealId: null,
  policies: ['contact-sharing'],
  decisionIds: ['dec_3f1a'],
  reportIds: [],
};
const caseProperties = {
  id: Type.String(),
  subject: Open({ type: Type.String(), id: Type.String(), accountId: Type.String() }),
  source: Type.String(),
  status: Type.String({ description: 'open | resolved' }),
  queue: Type.String(),
  priority: Type.Number(),
  assignee: N(Open({ id: Type.String() })),
  openedAt: Type.String({ format: 'date-time' }),
};
/** A case in an action's reply: masked as GET /v1/cases/{id} masks it (queries.ts maskedCase). */
const CaseOut = Open(
  {
    ...caseProperties,
    subject: Open({
      type: Type.String(),
      id: Type.String(),
      accountId: Type.String(),
      spans: Type.Array(Open({ start: Type.Integer(), end: Type.Integer() })),
      hiddenContacts: Type.Integer(),
    }),
    resolution: N(Open({ kind: Type.String() })),
  },
  { examples: [{ ...caseExample, subject: { ...caseExample.subject, spans: [{ start: 15, end: 31 }], hiddenContacts: 1 } }] },
);
const CaseListItem = Open(
  { ...caseProperties, resolution: N(Type.String({ description: 'dismiss | action' })), resolvedAt: N(Type.String({ format: 'date-time' })) },
  { examples: [{ ...caseExample, resolvedAt: null }] },
);
const Span = Open({ start: Type.Integer(), end: Type.Integer() });

const reportExample = {
  id: 'rep_19c0',
  status: 'received',
  reason: 'offplatform_contact',
  createdAt: '2026-11-22T10:00:00.000Z',
  message: 'Thanks: we will look into it.',
  duplicate: false,
};
const ReportReceipt = Open(
  {
    id: Type.String(),
    status: Type.String({ description: 'received | reviewed' }),
    reason: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    message: Type.String({ description: 'What the marketplace may show its user' }),
    duplicate: Type.Boolean(),
  },
  { examples: [reportExample] },
);

const reportViewExample = {
  id: 'rep_19c0',
  reporterId: 'cl-7',
  subject: { type: 'account', id: 'fl-42', accountId: 'fl-42', text: null },
  reason: 'scam_fraud',
  reasonLabel: 'Scam or fraud',
  comment: null,
  status: 'open',
  outcome: null,
  caseId: null,
  triage: 'queued',
  triageReasons: ['stranger'],
  triagedAt: null,
  triagedBy: null,
  reporterCredibility: 0.5,
  muted: false,
  createdAt: '2026-11-22T10:00:00.000Z',
};
/** A report as reviewers see it (triage.ts `ReportView`): contact details in its text and comment hidden. */
const ReportView = Open(
  {
    id: Type.String(),
    reporterId: Type.String(),
    subject: Open({ type: Type.String(), id: Type.String(), accountId: Type.String(), text: N(Type.String()) }),
    reason: Type.String(),
    reasonLabel: Type.String(),
    comment: N(Type.String()),
    status: Type.String({ description: 'open | resolved' }),
    outcome: N(Type.String({ description: 'upheld | dismissed' })),
    caseId: N(Type.String()),
    triage: N(Type.String({ description: 'direct | queued | escalated | closed; null for reports stored before triage existed' })),
    triageReasons: Type.Array(Type.String({ description: TRIAGE_REASONS.join(' | ') })),
    triagedAt: N(Type.String({ format: 'date-time' })),
    triagedBy: N(Type.String({ description: 'detection | reporters | reviewer:<id>' })),
    reporterCredibility: Type.Number(),
    muted: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { examples: [reportViewExample] },
);

function reviewerOf(req: FastifyRequest): Reviewer {
  const p = req.principal;
  if (!p) throw new WardenError('Unauthenticated');
  return { id: p.id, name: p.name, kind: p.kind };
}

/**
 * Noting and routing work is for people: triage users may (their role's read scope), but an
 * API key needs "review" for it, so a read-only key (dashboards, exports) cannot change a case.
 */
function caseWorkerOf(req: FastifyRequest, what: string): Reviewer {
  const r = reviewerOf(req);
  if (req.principal?.kind === 'key' && !hasScope(req.principal, 'review')) throw forbiddenError(`${what} with an API key needs the "review" scope`);
  return r;
}

/**
 * A permanent suspension is applied directly by an admin only: a reviewer proposes it (POST
 * /v1/actions answers 202 with the proposal and its case) and another person approves it.
 */
function refusePermanentUnlessAdmin(req: FastifyRequest, action: { type?: string } | undefined) {
  if (action?.type === 'permanent_suspension' && !(req.principal && hasScope(req.principal, 'admin')))
    throw forbiddenError('a permanent suspension needs the "admin" scope; propose it with POST /v1/actions, and another reviewer or an admin approves it');
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
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'Queues, routing rules, SLA clocks, report reasons and priority weights in force',
        response: {
          200: Open(
            {},
            {
              description: 'The cases settings (WARDEN_CASES_CONFIG over the defaults)',
              examples: [
                { queues: [{ name: 'contact', slaHours: 24 }], reportReasons: [{ code: 'off_platform', label: 'Asked to go off-platform' }], bulkMax: 100 },
              ],
            },
          ),
        },
      },
    },
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
            subjectType: Type.Optional(lit(CASE_SUBJECT_TYPES)),
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
        response: {
          200: Open(
            { cases: Type.Array(CaseListItem), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer(), nextOffset: N(Type.Integer()) },
            { examples: [{ cases: [{ ...caseExample, resolvedAt: null }], total: 1, limit: 50, offset: 0, nextOffset: null }] },
          ),
        },
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
        response: {
          200: Open(
            {
              id: Type.String(),
              subject: Open({ type: Type.String(), id: Type.String(), accountId: Type.String(), spans: Type.Array(Span), hiddenContacts: Type.Integer() }),
              items: Type.Array(Open({})),
              reports: Type.Array(Open({})),
              notes: Type.Array(Open({})),
              evidence: Type.Object(
                {
                  strongest: Type.Union([Type.Literal('none'), Type.Literal('weak'), Type.Literal('medium'), Type.Literal('strong')], {
                    description: 'Strongest conduct signal behind the case (network and travel facts aside)',
                  }),
                  corroborated: Type.Boolean({
                    description:
                      'A medium or strong conduct signal on this case, or on another detection case of the account in the last 30 days (not dismissed)',
                  }),
                  corroboratingPolicies: Type.Array(Type.String()),
                  reportsOnly: Type.Boolean({ description: 'The case stands on reports alone' }),
                  networkOnly: Type.Boolean({ description: 'Its only signals are network and travel facts (a VPN, a new country or device)' }),
                  doubtfulReports: Type.Integer({ description: 'Reports from muted reporters or reporters with signs of mass false reporting' }),
                  summary: Type.String(),
                },
                { description: 'What the case stands on; a reviewer acts on corroborated evidence or on what they can verify themselves' },
              ),
            },
            {
              description: 'The case (as in the list) with its items, reports, notes and audit trail, and what its evidence is; contact details masked',
              examples: [
                {
                  ...caseExample,
                  subject: { ...caseExample.subject, spans: [{ start: 15, end: 31 }], hiddenContacts: 1 },
                  items: [{ id: 1, kind: 'decision', policy: 'contact-sharing', decisionId: 'dec_3f1a', reportId: null, appealId: null }],
                  reports: [],
                  notes: [],
                  evidence: {
                    strongest: 'strong',
                    corroborated: true,
                    corroboratingPolicies: [],
                    reportsOnly: false,
                    networkOnly: false,
                    doubtfulReports: 0,
                    summary: 'Detection behind this case: strong signal.',
                  },
                  trail: [{ action: 'opened', at: '2026-11-22T10:00:00.000Z' }],
                },
              ],
            },
          ),
        },
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
        response: {
          200: Open(
            {
              caseId: Type.String(),
              text: N(Type.String()),
              spans: Type.Array(Span),
              contacts: Type.Integer(),
              revealedAt: Type.String({ format: 'date-time' }),
            },
            {
              examples: [
                {
                  caseId: 'case_71b2',
                  text: 'my whatsapp is +44 7911 123456',
                  spans: [{ start: 15, end: 31 }],
                  contacts: 1,
                  revealedAt: '2026-11-22T11:00:00.000Z',
                },
              ],
            },
          ),
        },
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
        response: { 200: CaseOut, ...problems(409) },
      },
    },
    async (req) => {
      const force = requireAdminFor(req, 'taking a held case', req.body?.force);
      return maskedCase(ctx.db, await cases.claimCase(ctx.db, req.params.id, reviewerOf(req), { force }));
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
        response: { 200: CaseOut, ...problems(409) },
      },
    },
    async (req) => {
      const force = requireAdminFor(req, 'releasing another reviewer’s case', req.body?.force);
      return maskedCase(ctx.db, await cases.releaseCase(ctx.db, req.params.id, reviewerOf(req), { force }));
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
        response: {
          201: Open(
            {
              id: Type.Integer(),
              author: Open({ id: Type.String(), name: Type.String() }),
              body: Type.String(),
              createdAt: Type.String({ format: 'date-time' }),
            },
            { examples: [{ id: 7, author: { id: 'usr_8d1e', name: 'Ana' }, body: 'Second phone share this week', createdAt: '2026-11-22T11:00:00.000Z' }] },
          ),
          ...problems(409),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await addNote(ctx.db, req.params.id, caseWorkerOf(req, 'adding a note'), req.body.body)),
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
        response: { 200: CaseOut, ...problems(409) },
      },
    },
    async (req) => maskedCase(ctx.db, await cases.escalateCase(ctx.db, req.params.id, caseWorkerOf(req, 'escalating a case'), req.body)),
  );

  app.post(
    '/v1/cases/:id/resolve',
    {
      config: { scope: 'review' },
      schema: {
        tags,
        summary: 'Resolve: dismiss, or apply an action through enforcement, with a reason',
        params: IdParams,
        body: ResolveBody,
        response: { 200: CaseOut, ...problems(409) },
      },
    },
    async (req) => {
      const { force, ...input } = req.body;
      refusePermanentUnlessAdmin(req, input.action);
      return maskedCase(
        ctx.db,
        await cases.resolveCase(ctx.db, req.params.id, reviewerOf(req), input, { force: requireAdminFor(req, 'resolving a held case', force) }),
      );
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
        response: {
          200: Open(
            { results: Type.Array(Open({ id: Type.String() })), resolved: Type.Integer(), failed: Type.Integer() },
            {
              examples: [
                {
                  results: [
                    { id: 'case_71b2', status: 'resolved' },
                    { id: 'case_71b3', status: 'failed', error: { code: 'CaseHeld', detail: 'case case_71b3 is held by Bo' } },
                  ],
                  resolved: 1,
                  failed: 1,
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { ids, force, ...input } = req.body;
      refusePermanentUnlessAdmin(req, input.action);
      return cases.bulkResolve(ctx.db, ids, reviewerOf(req), input, { force: requireAdminFor(req, 'resolving held cases', force) });
    },
  );

  app.get(
    '/v1/queues',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'Queues: open, unassigned and overdue counts, oldest age',
        response: {
          200: Open(
            {
              queues: Type.Array(
                Open({
                  queue: Type.String(),
                  open: Type.Integer(),
                  unassigned: Type.Integer(),
                  overdue: Type.Integer(),
                  escalated: Type.Integer(),
                  oldestOpenedAt: N(Type.String({ format: 'date-time' })),
                  oldestAgeSeconds: N(Type.Number()),
                }),
              ),
              reportTriage: Open(
                { queued: Type.Integer(), oldestQueuedAt: N(Type.String({ format: 'date-time' })), oldestAgeSeconds: N(Type.Number()) },
                { description: 'Reports waiting in report triage (GET /v1/reports): not cases, not in the queues above' },
              ),
            },
            {
              examples: [
                {
                  queues: [
                    { queue: 'contact', open: 4, unassigned: 2, overdue: 0, escalated: 1, oldestOpenedAt: '2026-11-22T10:00:00.000Z', oldestAgeSeconds: 3600 },
                  ],
                  reportTriage: { queued: 3, oldestQueuedAt: '2026-11-22T08:00:00.000Z', oldestAgeSeconds: 10800 },
                },
              ],
            },
          ),
        },
      },
    },
    async () => {
      // Queues the live policies route cases to are listed before their first case lands.
      const live = (await ctx.policies.get(ctx.db)).live;
      const declared = live.flatMap((p) => p.document.rules.flatMap((r) => (r.effects ?? []).flatMap((e) => (e.case?.queue ? [e.case.queue] : []))));
      return { queues: await listQueues(ctx.db, cases.config, declared), reportTriage: await triageQueueSummary(ctx.db, cases.now()) };
    },
  );

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
                type: lit(CASE_SUBJECT_TYPES),
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
        response: { 200: ReportReceipt, 201: ReportReceipt },
      },
    },
    async (req, reply) => {
      const r = await submitReport(ctx.db, req.body, cases);
      return reply.status(r.duplicate ? 200 : 201).send(r);
    },
  );

  app.get(
    '/v1/reports',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['reports'],
        summary: 'Reports for reviewers: the report triage queue (default, oldest first) or every report, with why each waits',
        querystring: Type.Object(
          {
            triage: Type.Optional(lit([...TRIAGE_STATES, 'all'], { description: 'queued (the triage queue) | direct | escalated | closed | all' })),
            accountId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            reporterId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Open(
            { reports: Type.Array(ReportView), total: Type.Integer(), nextOffset: N(Type.Integer()) },
            { examples: [{ reports: [reportViewExample], total: 1, nextOffset: null }] },
          ),
        },
      },
    },
    async (req) => listReports(ctx.db, cases.config, req.query),
  );

  app.post(
    '/v1/reports/:id/triage',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['reports'],
        summary: 'Decide a report in the triage queue: escalate it into a case, or close it (counts as not upheld for its reporter); triage may decide',
        params: IdParams,
        body: Type.Object({ decision: lit(['escalate', 'close']), reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
        response: { 200: ReportView, ...problems(409) },
      },
    },
    async (req) => decideTriage(ctx.db, req.params.id, caseWorkerOf(req, 'deciding a report in triage'), req.body, cases),
  );

  // The catalogue is what a report form shows: public, nothing in it is secret.
  app.get(
    '/v1/reports/reasons',
    {
      config: { scope: null },
      schema: {
        tags: ['reports'],
        summary: 'The report-reason catalogue, with labels',
        response: {
          200: Open(
            { reasons: Type.Array(Open({ code: Type.String(), label: Type.String() })) },
            { examples: [{ reasons: [{ code: 'offplatform_contact', label: 'Asked to communicate or pay outside the platform' }] }] },
          ),
        },
      },
    },
    async () => ({
      reasons: listReportReasons(cases.config),
    }),
  );

  app.get(
    '/v1/reports/:id',
    {
      config: { scope: 'events:write' },
      schema: {
        tags: ['reports'],
        summary: 'A report’s status and the message to show its reporter (never the other user’s penalty)',
        params: IdParams,
        response: {
          200: Open(
            {
              id: Type.String(),
              status: Type.String({ description: 'received | reviewed' }),
              reason: Type.String(),
              createdAt: Type.String({ format: 'date-time' }),
              message: Type.String(),
              outcome: N(lit(['action_taken', 'no_violation'])),
            },
            { examples: [{ ...reportExample, status: 'reviewed', outcome: 'action_taken', message: 'Thanks: we took action.' }] },
          ),
        },
      },
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
        response: {
          200: Open(
            { since: N(Type.String()), cases: Open({ total: Type.Integer() }), reports: Open({ total: Type.Integer() }) },
            {
              examples: [
                {
                  since: null,
                  cases: { total: 40, bySource: { detection: 30, report: 8, appeal: 2 }, proactiveShare: 0.75, proactiveTarget: 0.7, meetsTarget: true },
                  openByQueue: [{ queue: 'contact', open: 4, overdue: 0, oldestAgeSeconds: 3600, meanAgeSeconds: 1800 }],
                  timeToFirstActionSeconds: { median: 1200, p90: 7200, measured: 36 },
                  actionRate: { byQueue: [], byPolicy: [] },
                  appeals: { byPolicy: [] },
                  reports: { total: 8, muted: 0, upheld: 5, dismissed: 3, triage: { direct: 6, queued: 1, escalated: 1, closed: 0 } },
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => metricsSummary(ctx.db, cases.config, req.query),
  );
}
