// Records the text of every statement pg clients send (pg.Client.prototype.query wrapped), for
// tests that check what goes over the wire (store/db.ts beginWithFirstStatement, store/write-behind.ts).
import pg from 'pg';

/**
 * A recorder: `start()` wraps the method (call it in beforeAll), then `sent` receives each
 * statement's text as sent (white space runs as one space, trimmed); `stop()` puts back the
 * method as `start()` found it.
 */
export function recordSentStatements(): { sent: string[]; start(): void; stop(): void } {
  const sent: string[] = [];
  let original: typeof pg.Client.prototype.query | undefined;
  return {
    sent,
    start() {
      const before = pg.Client.prototype.query;
      original = before;
      (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
        const q = args[0];
        const text: string = typeof q === 'string' ? q : (q?.text ?? '');
        sent.push(text.replace(/\s+/g, ' ').trim());
        return (before as any).apply(this, args);
      };
    },
    stop() {
      if (original) pg.Client.prototype.query = original;
    },
  };
}
