// Thin HTTP layer over the ingestion service and the account projections.
import { Type } from '@sinclair/typebox';
import { batchBodyLimit } from '../app/config.ts';
import type { AppContext } from '../app/context.ts';
import { validationError } from '../app/errors.ts';
import type { WardenApp } from '../app/server.ts';
import { getAccount } from './accounts.ts';
import { EVENT_TYPES, EventDataSchemas, EventEnvelope } from './schemas.ts';

const tags = ['events'];
// The body is checked by parseEvent (per-type schema, JSON pointers); the schema here
// documents it in OpenAPI without a second validation pass. So the handlers take the body
// as `unknown`, not as the schema's type: nothing has checked it yet.
const documentOnly = () => () => true;

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
      },
    },
    async (req) => getAccount(ctx.db, req.params.id),
  );
}
