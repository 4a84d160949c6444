// Attachments when no anti-virus engine is configured: the static checks alone judge them, they
// know the EICAR test file, and every verdict says that no anti-virus engine ran.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eicar } from '../clamd/fixtures.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe('attachments without clamd', () => {
  let w: TestWarden;
  const upload = (name: string, body: Buffer, contentType: string) =>
    w.app.inject({
      method: 'POST',
      url: `/v1/attachments?name=${encodeURIComponent(name)}`,
      headers: { authorization: `Bearer ${w.adminKey}`, 'content-type': contentType },
      payload: body,
    });

  beforeAll(async () => {
    for (const name of ['CLAMD_SOCKET', 'CLAMD_HOST', 'CLAMD_PORT']) delete process.env[name];
    w = await startTestWarden('pglite');
  }, 60_000);
  afterAll(() => w?.close());

  it('an EICAR file named .pdf and sent as application/pdf is infected and not released', async () => {
    const res = await upload('invoice.pdf', eicar(), 'application/pdf');
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'infected', released: false, quarantined: true });
    expect(body.verdict.reasons.join('\n')).toMatch(/EICAR/);
    expect(body.verdict.antivirus).toEqual({ engine: null, note: expect.stringMatching(/^no anti-virus engine ran/) });
    const again = await w.call('GET', `/v1/attachments/${body.id}`);
    expect(again.body.verdict.antivirus.engine).toBeNull();
    // The first upload builds the policy engine; a loaded machine makes that slow.
  }, 60_000);

  it('a clean text file is released, and its verdict still says no anti-virus engine ran', async () => {
    const body = (await upload('notes.txt', Buffer.from('meeting notes\n'), 'text/plain')).json();
    expect(body).toMatchObject({ status: 'clean', released: true });
    expect(body.verdict.antivirus.note).toMatch(/no anti-virus engine ran/);
  });
});
