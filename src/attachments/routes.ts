// POST /v1/attachments streams a file in (raw body), stores it, scans it, and answers with
// the verdict — or 202 "pending" when the scanner is unavailable (it is retried; nothing
// unscanned is released). GET returns the current state.
import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import { notFoundError, WardenError } from '../app/errors.ts';
import type { WardenApp } from '../app/server.ts';
import type { AttachmentService } from './service.ts';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

// The content-type parser below hands the raw request stream over as the body.
const isByteStream = (body: unknown): body is AsyncIterable<Buffer> =>
  typeof body === 'object' && body !== null && Symbol.asyncIterator in body && typeof body[Symbol.asyncIterator] === 'function';

export function attachmentRoutes(service: AttachmentService) {
  return async (app: WardenApp, ctx: AppContext) => {
    // The file arrives as the raw body; it is read as a stream with a hard size cap.
    app.addContentTypeParser(['application/octet-stream', 'application/*', 'image/*', 'text/*', 'video/*', 'audio/*'], (_req, payload, done) =>
      done(null, payload),
    );
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
        schema: { tags: ['attachments'], summary: 'An attachment: scan status, verdict, release', params: Type.Object({ id: Type.String() }) },
      },
      async (req) => {
        const { id } = req.params;
        const v = await service.get(id);
        if (!v) throw notFoundError('attachment', id);
        return v;
      },
    );
  };
}
