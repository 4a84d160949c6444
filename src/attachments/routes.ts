// POST /v1/attachments streams a file in (raw body), stores it, scans it, and answers with
// the verdict — or 202 "pending" when the scanner is unavailable (it is retried; nothing
// unscanned is released). GET returns the current state.
import { createHash } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import { notFoundError, WardenError } from '../app/errors.ts';
import { Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import type { AttachmentService } from './service.ts';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const N = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const AttachmentView = Open(
  {
    id: Type.String(),
    messageId: N(Type.String()),
    name: Type.String(),
    mimeType: N(Type.String()),
    sizeBytes: N(Type.Number()),
    sha256: N(Type.String()),
    status: Type.String({ description: 'pending | clean | infected | blocked | error …' }),
    released: Type.Boolean(),
    quarantined: Type.Boolean(),
    verdict: N(
      Open({
        verdict: Type.String(),
        reasons: Type.Array(Type.String()),
        scanners: Type.Array(Type.String()),
        antivirus: Type.Optional(
          Type.Object(
            { engine: N(Type.String()), note: Type.Optional(Type.String()) },
            {
              description:
                'The anti-virus engine that judged the file ("clamd"), or engine null and a note saying why none ran: the verdict then rests on the static checks alone',
            },
          ),
        ),
      }),
    ),
    decisionId: N(Type.String()),
    attempts: Type.Integer(),
    nextAttemptAt: N(Type.String({ format: 'date-time' })),
    lastError: N(Type.String()),
  },
  {
    examples: [
      {
        id: 'att-1',
        messageId: 'm-1',
        name: 'invoice.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 48213,
        sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        status: 'clean',
        released: true,
        quarantined: false,
        verdict: { verdict: 'clean', reasons: [], scanners: ['static', 'clamd'], antivirus: { engine: 'clamd' } },
        decisionId: null,
        attempts: 1,
        nextAttemptAt: null,
        lastError: null,
      },
    ],
  },
);

// The content-type parser below hands the raw request stream over as the body.
const isByteStream = (body: unknown): body is AsyncIterable<Buffer> =>
  typeof body === 'object' && body !== null && Symbol.asyncIterator in body && typeof body[Symbol.asyncIterator] === 'function';

export function attachmentRoutes(service: AttachmentService) {
  return async (root: WardenApp, ctx: AppContext) => {
    // The file arrives as the raw body; it is read as a stream with a hard size cap. The parser
    // lives in a context of its own: registered on the root, it made every JSON endpoint take
    // text and XML bodies (a 400 about the body's type instead of 415).
    await root.register(async (scope) => {
      const app = scope.withTypeProvider<TypeBoxTypeProvider>();
      // '*' is Fastify's catch-all for every type without a parser of its own (JSON keeps its
      // own and is refused below); strings such as 'text/*' are not wildcards and matched nothing.
      app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
      routes(app, ctx);
    });
  };
  function routes(app: WardenApp, ctx: AppContext) {
    app.post(
      '/v1/attachments',
      {
        config: { scope: 'events:write' },
        bodyLimit: MAX_ATTACHMENT_BYTES,
        schema: {
          tags: ['attachments'],
          summary: 'Upload an attachment (raw body) to be scanned before it is released',
          description: `Body: the file bytes (any Content-Type other than JSON). At most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB. 201 with the verdict, or 202 while the scan is pending.`,
          querystring: Type.Object(
            {
              name: Type.String({ minLength: 1, maxLength: 500, description: 'The file name as the user gave it' }),
              id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The attachment id in message.sent' })),
              mimeType: Type.Optional(Type.String({ maxLength: 200 })),
              messageId: Type.Optional(Type.String({ maxLength: 200 })),
              accountId: Type.Optional(Type.String({ maxLength: 200 })),
              recipientId: Type.Optional(Type.String({ maxLength: 200 })),
            },
            { additionalProperties: false },
          ),
          response: { 201: AttachmentView, 202: AttachmentView, ...problems(413, 415) },
        },
      },
      async (req, reply) => {
        const q = req.query;
        const stream: unknown = req.body;
        if (!isByteStream(stream)) {
          throw new WardenError('UnsupportedMediaType', 'send the file bytes as the body with Content-Type: application/octet-stream');
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const hash = createHash('sha256');
        for await (const chunk of stream) {
          size += chunk.length;
          if (size > MAX_ATTACHMENT_BYTES) throw new WardenError('PayloadTooLarge', `attachments are limited to ${MAX_ATTACHMENT_BYTES} bytes`);
          hash.update(chunk);
          chunks.push(chunk);
        }
        const v = await service.upload({ ...q, mimeType: q.mimeType ?? req.headers['content-type'] }, Buffer.concat(chunks));
        ctx.metrics.eventsIngested.inc({ type: 'attachment', result: v.status });
        return reply.status(v.status === 'pending' ? 202 : 201).send(v);
      },
    );
    app.get(
      '/v1/attachments/:id',
      {
        config: { scope: 'read' },
        schema: {
          tags: ['attachments'],
          summary: 'An attachment: scan status, verdict, release',
          params: Type.Object({ id: Type.String() }),
          response: { 200: AttachmentView },
        },
      },
      async (req) => {
        const { id } = req.params;
        const v = await service.get(id);
        if (!v) throw notFoundError('attachment', id);
        return v;
      },
    );
  }
}
