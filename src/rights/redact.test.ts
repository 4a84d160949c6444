import { describe, expect, it } from 'vitest';
import { ERASED, redactJson } from './redact.ts';

describe('redactJson', () => {
  it('blanks personal strings at any depth and keeps the record', () => {
    const event = {
      id: 'e-1',
      type: 'message.sent',
      occurredAt: '2026-11-01T10:00:00Z',
      actor: { id: 'a-1', ip: '203.0.113.9', deviceId: 'dev-1' },
      data: { messageId: 'm-1', recipientId: 'b-2', text: 'call me on +44 7700 900123', attachments: [{ id: 'f-1', name: 'cv.pdf', sizeBytes: 10 }] },
    };
    const r = redactJson(event);
    expect(r.changed).toBe(true);
    expect(r.value).toEqual({
      id: 'e-1',
      type: 'message.sent',
      occurredAt: '2026-11-01T10:00:00Z',
      actor: { id: 'a-1', ip: ERASED, deviceId: ERASED },
      data: { messageId: 'm-1', recipientId: 'b-2', text: ERASED, attachments: [{ id: 'f-1', name: ERASED, sizeBytes: 10 }] },
    });
  });

  it('empties string lists, leaves numbers, and says when nothing changed', () => {
    expect(redactJson({ skills: ['go', 'sql'], signals: [{ type: 'contact.phone', score: 0.9, match: '+44…' }] }).value).toEqual({
      skills: [],
      signals: [{ type: 'contact.phone', score: 0.9, match: ERASED }],
    });
    const once = redactJson({ text: 'x' }).value;
    expect(redactJson(once).changed).toBe(false);
    expect(redactJson({ outcome: 'block', policy: 'scams' }).changed).toBe(false);
  });
});

describe('redactJson names', () => {
  it("blanks a file's name but keeps a policy's", () => {
    const reply = { decision: { policies: [{ name: 'contact-sharing', version: 3 }] }, attachments: [{ id: 'f', name: 'passport.jpg' }] };
    expect(redactJson(reply).value).toEqual({ decision: { policies: [{ name: 'contact-sharing', version: 3 }] }, attachments: [{ id: 'f', name: ERASED }] });
  });
});
