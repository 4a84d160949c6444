import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger('debug', stream), text: () => lines.join('') };
}

describe('logs keep user data and secrets out', () => {
  it('drops the parameters and quoted values of a database error', () => {
    const { log, text } = capture();
    const err = Object.assign(new Error('invalid input syntax for type json: "call me at jo@example.com"'), {
      code: '22P02',
      detail: 'Token "jo@example.com" is invalid.',
      parameters: ['my whatsapp is +44 7911 123456'],
      query: "insert into events values ('jo@example.com')",
    });
    log.error({ err }, 'request failed');
    expect(text()).toContain('22P02');
    expect(text()).not.toContain('jo@example.com');
    expect(text()).not.toContain('7911');
  });

  it('hides standing-link tokens and token query parameters in request URLs', () => {
    const { log, text } = capture();
    log.debug({ req: { method: 'GET', url: '/v1/standing/eyJhbGciOi.sig-123?locale=es', id: 'r1' } }, 'incoming request');
    log.debug({ req: { method: 'GET', url: '/x?token=abc123&b=1', id: 'r2' } }, 'incoming request');
    expect(text()).toContain('/v1/standing/[redacted]?locale=es');
    expect(text()).not.toContain('eyJhbGciOi');
    expect(text()).not.toContain('abc123');
  });
});
