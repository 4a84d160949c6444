// Thin HTTP layer over linked accounts: the graph of accounts sharing an identifier.
import { Type } from '@sinclair/typebox';
import { Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { IDENTIFIER_KINDS } from './identifiers.ts';
import type { NetworkService } from './service.ts';

const Time = Type.String({ format: 'date-time' });

export const LinkedGraphSchema = Open(
  {
    accountId: Type.String(),
    depth: Type.Integer({ minimum: 1, maximum: 2 }),
    nodes: Type.Array(
      Open({
        accountId: Type.String(),
        role: Type.Optional(Type.String({ description: 'client | freelancer | agency, when known' })),
        status: Type.Optional(Type.String({ description: 'The most severe enforcement action in force (payment_hold, suspension …); absent when none' })),
      }),
    ),
    edges: Type.Array(
      Open({
        from: Type.String(),
        to: Type.String(),
        kind: Type.Union(IDENTIFIER_KINDS.map((k) => Type.Literal(k))),
        valueMasked: Type.String({ description: 'The shared value, masked (last digits, e-mail domain, IP network); the value itself is never stored' }),
        firstSeenAt: { ...Time, description: 'When the value became shared: the later of the two accounts’ first sightings' },
        lastSeenAt: { ...Time, description: 'The latest sighting of the value by either account' },
        count: Type.Integer({ description: 'Sightings of the value by the two accounts together' }),
        network: Type.Optional(
          Open(
            {
              asn: Type.Optional(Type.Integer({ description: 'Autonomous system number' })),
              org: Type.Optional(Type.String({ description: 'The AS organisation, e.g. "Hetzner Online GmbH"' })),
              country: Type.Optional(Type.String({ description: 'ISO 3166-1 alpha-2 of the address' })),
              kind: Type.Optional(Type.String({ description: 'cloud | hosting | vpn | relay | tor; absent for home, office and mobile networks' })),
              provider: Type.Optional(Type.String()),
            },
            { description: 'A shared IP only: what the IP data says about its network (a VPN exit or an office network explains a shared address)' },
          ),
        ),
      }),
    ),
    truncated: Type.Boolean({ description: 'The graph was cut at 500 edges (a crowd identifier such as an office network)' }),
  },
  {
    examples: [
      {
        accountId: 'fl-42',
        depth: 1,
        nodes: [
          { accountId: 'fl-42', role: 'freelancer' },
          { accountId: 'fl-77', role: 'freelancer', status: 'payment_hold' },
        ],
        edges: [
          {
            from: 'fl-42',
            to: 'fl-77',
            kind: 'payout_destination',
            valueMasked: '••••4821',
            firstSeenAt: '2026-11-20T09:00:00.000Z',
            lastSeenAt: '2026-11-22T10:00:00.000Z',
            count: 5,
          },
        ],
        truncated: false,
      },
    ],
  },
);

export function networkRoutes(network: NetworkService) {
  return async function routes(app: WardenApp, ctx: { db: Parameters<NetworkService['linked']>[0] }) {
    app.get(
      '/v1/accounts/:id/linked',
      {
        config: { scope: 'read' },
        schema: {
          tags: ['accounts'],
          summary: 'Linked accounts: the accounts sharing a device, IP, phone, e-mail, payment handle or payout destination with this one',
          description:
            'depth=1: accounts sharing an identifier with this one; depth=2: also the accounts sharing one with those. One edge per shared identifier and pair; values are masked. 404 for an account Warden has never seen.',
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200, description: 'The account id' }) }),
          querystring: Type.Object({
            depth: Type.Optional(Type.Integer({ minimum: 1, maximum: 2, default: 1, description: '1: direct links; 2: links of links' })),
          }),
          response: { 200: LinkedGraphSchema, ...problems(400, 404) },
        },
      },
      async (req) => network.linked(ctx.db, req.params.id, req.query.depth === 2 ? 2 : 1),
    );
  };
}
