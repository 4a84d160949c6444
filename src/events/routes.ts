// Thin HTTP layer over the ingestion service and the account projections.
import { Type } from '@sinclair/typebox';
import { batchBodyLimit } from '../app/config.ts';
import type { AppContext } from '../app/context.ts';
import { validationError } from '../app/errors.ts';
import { Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { getAccount } from './accounts.ts';
import { EVENT_TYPES, EventDataSchemas, EventEnvelope } from './schemas.ts';

const tags = ['events'];
// The body is checked by parseEvent (per-type schema, JSON pointers); the schema here
// documents it in OpenAPI without a second validation pass. So the handlers take the body
// as `unknown`, not as the schema's type: nothing has checked it yet.
const documentOnly = () => () => true;

const IngestReply = Open(
  {
    id: Type.String(),
    type: Type.String(),
    status: Type.Literal('accepted'),
    duplicate: Type.Boolean({ description: 'true when this id was already stored with the same payload (the first reply is returned)' }),
    decision: Type.Optional(
      Open({ outcome: Type.String() }, { description: 'messages, proposals, job posts, profiles: what was decided (GET /v1/decisions/{id})' }),
    ),
  },
  {
    description: 'The stored event and what was decided: `decision`, `attachments`, `interviewPolicy`, `invitation` or `security`, by type',
    examples: [
      {
        id: 'evt-1',
        type: 'message.sent',
        status: 'accepted',
        duplicate: false,
        decision: {
          id: 'dec_3f1a',
          outcome: 'mask',
          maskedText: 'my whatsapp is [contact hidden]',
          signals: [{ type: 'contact.phone', strength: 'strong', start: 15, end: 31, text: '+44 7911 123456' }],
          notice: { policy: 'contact-sharing', title: 'Keep contact details on the platform', text: '…', locale: 'en' },
        },
      },
    ],
  },
);
const BatchReply = Open(
  {
    results: Type.Array(
      Open({
        index: Type.Integer(),
        id: Type.Optional(Type.String()),
        status: Type.Union([Type.Literal('accepted'), Type.Literal('duplicate'), Type.Literal('rejected')]),
        result: Type.Optional(Open({ id: Type.String(), type: Type.String() })),
        error: Type.Optional(
          Open({ status: Type.Integer(), code: Type.String(), detail: Type.Optional(Type.String()), pointer: Type.Optional(Type.String()) }),
        ),
      }),
    ),
    stats: Open({ accepted: Type.Integer(), duplicate: Type.Integer(), rejected: Type.Integer() }),
  },
  {
    examples: [
      {
        results: [
          { index: 0, id: 'evt-1', status: 'accepted', result: { id: 'evt-1', type: 'account.registered', status: 'accepted' } },
          {
            index: 1,
            id: 'evt-2',
            status: 'rejected',
            error: { status: 400, code: 'ValidationFailed', detail: '/events/1/actor/id is required', pointer: '/events/1/actor/id' },
          },
        ],
        stats: { accepted: 1, duplicate: 0, rejected: 1 },
      },
    ],
  },
);
const AccountView = Open(
  {
    id: Type.String(),
    role: Type.Union([Type.String(), Type.Null()]),
    money: Open({ totalEarnedCents: Type.Number(), totalSpentCents: Type.Number() }),
    contracts: Open({ total: Type.Integer(), active: Type.Integer(), ended: Type.Integer() }),
    relationships: Type.Array(Open({ counterpartId: Type.String() })),
  },
  {
    examples: [
      {
        id: 'fl-42',
        role: 'freelancer',
        plan: null,
        country: 'GB',
        displayName: 'Sam',
        createdAt: '2026-01-02T00:00:00.000Z',
        firstSeenAt: '2026-01-02T00:00:00.000Z',
        paymentVerified: false,
        identityVerified: true,
        profile: {},
        lastLoginAt: null,
        activity: { jobsPosted: 0, proposalsSubmitted: 12, invitesSent: 0, messagesSent: 40 },
        money: { totalEarnedCents: 120000, totalSpentCents: 0, chargebacks: 0 },
        contracts: { total: 1, active: 1, ended: 0 },
        feedback: { received: 3, averageStars: 4.67, averagePrivateScore: null },
        relationships: [{ counterpartId: 'cl-7', messages: 5, contractsStarted: 1, contractsEnded: 0, totalPaidCents: 50000 }],
      },
    ],
  },
);

const hasEventList = (body: unknown): body is { events: unknown[] } =>
  typeof body === 'object' && body !== null && 'events' in body && Array.isArray(body.events);

export async function eventRoutes(app: WardenApp, ctx: AppContext) {
  for (const t of EVENT_TYPES) app.addSchema({ ...EventDataSchemas[t], $id: `event.${t}` });

  app.post(
    '/v1/events',
    {
      config: { scope: 'events:write' },
      validatorCompiler: documentOnly,
      schema: {
        tags,
        summary: 'Send one marketplace event',
        description: `Idempotent on \`id\`: the same id and payload returns the first reply (200, \`duplicate: true\`); the same id with another payload is 409. \`data\` follows the schema of \`type\` (components event.<type>): ${EVENT_TYPES.join(', ')}. \`message.sent\`, \`proposal.submitted\` and \`job.posted\` replies carry the screening decision.`,
        body: EventEnvelope,
        response: { 200: IngestReply, 201: IngestReply, ...problems(409, 413, 415) },
      },
    },
    async (req, reply) => {
      const body: unknown = req.body;
      const { duplicate, result } = await ctx.events.ingest(body);
      ctx.metrics.eventsIngested.inc({ type: result.type, result: duplicate ? 'duplicate' : 'accepted' });
      if (duplicate) reply.header('idempotent-replayed', 'true');
      return reply.status(duplicate ? 200 : 201).send({ ...result, duplicate });
    },
  );

  app.post(
    '/v1/events/batch',
    {
      config: { scope: 'events:write', bodyCheckedPerItem: true },
      validatorCompiler: documentOnly,
      bodyLimit: batchBodyLimit(ctx.config),
      schema: {
        tags,
        summary: `Send up to ${ctx.config.batchMaxEvents} events; one result per item, in order`,
        body: Type.Object({ events: Type.Array(EventEnvelope, { maxItems: ctx.config.batchMaxEvents }) }),
        response: { 200: BatchReply, ...problems(413, 415) },
      },
    },
    async (req) => {
      const body: unknown = req.body;
      if (!hasEventList(body)) throw validationError('/events', 'must be an array of events');
      if (body.events.length > ctx.config.batchMaxEvents) throw validationError('/events', `must hold at most ${ctx.config.batchMaxEvents} events`);
      const out = await ctx.events.ingestBatch(body.events);
      for (const r of out.results) {
        const type = r.status === 'rejected' ? 'invalid' : r.result.type;
        ctx.metrics.eventsIngested.inc({ type, result: r.status });
      }
      return out;
    },
  );

  app.get(
    '/v1/accounts/:id',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['accounts'],
        summary: 'What Warden knows about an account: profile facts, money, contracts, feedback, relationships',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: AccountView },
      },
    },
    async (req) => getAccount(ctx.db, req.params.id),
  );
}
