// Measures how much of Warden one event runs: V8 precise coverage (call counts) around a
// single `POST /v1/events` of a contact-sharing `message.sent`, on an in-memory PGlite.
// Prints { files, functions } touched under src/ for the first contact share between two
// strangers and for the third (which adds a strike and a case). Used for docs/architecture.md.
//   node bin/tsx.mjs bench/trace/event-path.ts [--list]
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { createApiKey } from '../../src/access/keys.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';

const SRC = new URL('../../src/', import.meta.url).href;
const list = process.argv.includes('--list');

interface FunctionCoverage {
  functionName: string;
  ranges: { startOffset: number; endOffset: number; count: number }[];
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });

const w = await openWarden(loadConfig({}, { logLevel: 'silent' }), { memory: true });
const { key } = await createApiKey(w.ctx.db, 'trace', ['admin']);
let n = 0;
const send = async (text: string) => {
  const res = await w.app.inject({
    method: 'POST',
    url: '/v1/events',
    headers: { authorization: `Bearer ${key}` },
    payload: {
      id: `trace-${n++}`,
      type: 'message.sent',
      occurredAt: new Date().toISOString(),
      actor: { id: 'fl-trace' },
      data: { messageId: `m-${n}`, recipientId: 'cl-trace', text },
    },
  });
  if (res.statusCode !== 201) throw new Error(`event refused: ${res.statusCode} ${res.body}`);
  return JSON.parse(res.body) as { decision: { outcome: string; effects: unknown[] } };
};

/** Runs `fn` and returns the src/ functions V8 saw called during it (counters reset before). */
async function touched(fn: () => Promise<unknown>) {
  await session.post('Profiler.takePreciseCoverage'); // resets the counters
  const reply = await fn();
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as unknown as {
    result: { url: string; functions: FunctionCoverage[] }[];
  };
  const files = new Map<string, string[]>();
  for (const script of result) {
    if (!script.url.startsWith(SRC) || script.url.includes('node_modules')) continue;
    // The first range of a function is its whole body; its count is the number of calls.
    // Offset 0 is the module's top level, which ran at import, not for this event.
    const called = script.functions.filter((f) => f.ranges[0].count > 0 && f.ranges[0].startOffset > 0);
    if (called.length)
      files.set(
        fileURLToPath(script.url).split('/src/')[1],
        called.map((f) => f.functionName || '(anonymous)'),
      );
  }
  const functions = [...files.values()].reduce((s, f) => s + f.length, 0);
  return { reply, files, functions };
}

// Warm-up: every module loaded, the spam model trained, the policies cached.
await send('hello, happy to help with your project');
await send('thanks!');
const first = await touched(() => send('my whatsapp is +44 7911 123456'));
await send('or mail me at jo@example.com');
const third = await touched(() => send('call me on +44 7911 123456'));
for (const [name, t] of [
  ['first contact share', first],
  ['third contact share', third],
] as const) {
  const r = t.reply as Awaited<ReturnType<typeof send>>;
  console.log(JSON.stringify({ event: name, outcome: r.decision.outcome, effects: r.decision.effects.length, files: t.files.size, functions: t.functions }));
  if (list) for (const [file, fns] of [...t.files].sort()) console.log(`  ${file}: ${fns.join(', ')}`);
}
await w.stop();
session.disconnect();
