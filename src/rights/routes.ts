// Thin HTTP layer over data rights: export and erasure of one account (admin scope: both
// act on a person's data for the data subject's request), and the record of requests.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { WardenError } from '../app/errors.ts';
import { literals, Open } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { EXPORT_FORMAT } from './export.ts';
import type { RightsActor, RightsService } from './service.ts';

const tags = ['data rights'];
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
const Time = Type.String({ format: 'date-time' });
const ErasureBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2_000, description: "The data subject's request, or its reference in the marketplace's records" }) },
  { additionalProperties: false },
);
const Counts = Type.Record(Type.String(), Type.Integer());

const ErasureOut = Type.Object(
  {
    accountId: Type.String(),
    requestId: Type.String(),
    erasedAt: Time,
    alreadyErased: Type.Boolean(),
    changed: Counts,
    kept: Type.Array(Type.String()),
  },
  {
    examples: [
      {
        accountId: 'fl-42',
        requestId: 'rr_1c9e',
        erasedAt: '2026-12-01T10:00:00.000Z',
        alreadyErased: false,
        changed: { 'events.payload': 12, 'decisions.context': 12, screening_message_tails: 1, account_identifiers: 3 },
        kept: ['ids, times, outcomes, policies … (DSA art. 17, 20, 24; GDPR art. 17(3)(b), (e))'],
      },
    ],
  },
);

const rightsExample = {
  accountId: 'fl-42',
  erasedAt: '2026-12-01T10:00:00.000Z',
  requests: [
    {
      id: 'rr_1c9e',
      kind: 'erasure',
      requestedBy: { kind: 'user', id: 'usr_8d1e', name: 'Ana' },
      reason: 'GDPR request 4711',
      summary: { changed: { 'events.payload': 12 }, alreadyErased: false },
      at: '2026-12-01T10:00:00.000Z',
    },
  ],
};

function actorOf(req: FastifyRequest): RightsActor {
  const p = req.principal;
  if (!p) throw new WardenError('Unauthenticated'); // the scope check has run: never here
  return { kind: p.kind, id: p.id, name: p.name };
}

export function rightsRoutes(rights: RightsService) {
  return async function routes(app: WardenApp, ctx: AppContext) {
    app.get(
      '/v1/accounts/:id/export',
      {
        config: { scope: 'admin' },
        schema: {
          tags,
          summary:
            'Everything Warden holds about an account, as one JSON archive (events, decisions, cases, reports, strikes, actions, notices, appeals with their conversation, held content, verifications without documents, masked linked identifiers, logins, contracts, disputes); the request is recorded',
          params: IdParams,
          response: {
            200: Open(
              { format: Type.Literal(EXPORT_FORMAT), accountId: Type.String(), generatedAt: Time, erasedAt: Type.Union([Time, Type.Null()]), counts: Counts },
              { examples: [{ format: EXPORT_FORMAT, accountId: 'fl-42', generatedAt: '2026-12-01T10:00:00.000Z', erasedAt: null, counts: { events: 40 } }] },
            ),
          },
        },
      },
      async (req, reply) => {
        const archive = await rights.exportAccount(ctx.db, req.params.id, actorOf(req));
        const file = `warden-export-${req.params.id.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
        return reply.header('content-disposition', `attachment; filename="${file}"`).send(archive);
      },
    );

    app.post(
      '/v1/accounts/:id/erasure',
      {
        config: { scope: 'admin' },
        schema: {
          tags,
          summary:
            "Erase or pseudonymise an account's personal data (texts, identifiers, names, e-mail, IPs, document contents), keeping counts and the record the law requires; audited and idempotent",
          params: IdParams,
          body: ErasureBody,
          response: { 200: ErasureOut },
        },
      },
      async (req) => rights.eraseAccount(ctx.db, req.params.id, actorOf(req), req.body.reason),
    );

    app.get(
      '/v1/accounts/:id/rights',
      {
        config: { scope: 'admin' },
        schema: {
          tags,
          summary: "The account's data-rights requests (exports and erasures), newest first, and when it was erased",
          params: IdParams,
          response: {
            200: Type.Object(
              {
                accountId: Type.String(),
                erasedAt: Type.Union([Time, Type.Null()]),
                requests: Type.Array(
                  Open({
                    id: Type.String(),
                    kind: literals(['export', 'erasure']),
                    requestedBy: Open({}),
                    reason: Type.Union([Type.String(), Type.Null()]),
                    at: Time,
                  }),
                ),
              },
              { examples: [rightsExample] },
            ),
          },
        },
      },
      async (req) => rights.requests(ctx.db, req.params.id),
    );
  };
}
