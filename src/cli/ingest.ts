// `warden ingest FILE.jsonl`: streams the file in batches through the batch ingestion of
// POST /v1/events/batch (EventService.ingestBatch: one transaction per batch, per-item
// results), with a progress bar on stderr that moves with every event (events/s and ETA)
// and a summary on stdout (accepted / duplicate / rejected). Without a terminal (a log, CI) it
// writes a plain progress line a second at most, and always a last one with the final count.
// `--url` posts the batches to a running server's POST /v1/events/batch instead of opening the
// database (its key from --key or WARDEN_API_KEY).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import cliProgress from 'cli-progress';
import type { EventService } from '../events/service.ts';

export interface IngestSummary {
  lines: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  errors: { line: number; detail: string }[];
}

/** What a progress display is told: lines handled so far (invalid JSON included) and the tallies. */
export type IngestProgress = (handled: number, s: IngestSummary) => void;

/** Where batches go: the EventService in this process, or a running server over HTTP (httpSink). */
export type BatchSink = Pick<EventService, 'ingestBatch'>;

export async function ingestLines(
  events: BatchSink,
  lines: AsyncIterable<string>,
  opts: { batchSize: number; onProgress?: IngestProgress },
): Promise<IngestSummary> {
  const s: IngestSummary = { lines: 0, accepted: 0, duplicate: 0, rejected: 0, errors: [] };
  let batch: { line: number; value: unknown }[] = [];
  let handledBefore = 0; // lines whose outcome is counted in s
  const flush = async () => {
    if (!batch.length) return;
    let furthest = 0;
    const { results } = await events.ingestBatch(
      batch.map((b) => b.value),
      {
        onProgress: (done) => {
          // A redone batch counts again from the start: the bar never goes back.
          if (done <= furthest) return;
          furthest = done;
          opts.onProgress?.(handledBefore + done, s);
        },
      },
    );
    for (const r of results) {
      s[r.status]++;
      if (r.status === 'rejected' && s.errors.length < 100) {
        s.errors.push({
          line: batch[r.index].line,
          detail: `${r.error.pointer ? `${r.error.pointer.replace(/^\/events\/\d+/, '') || '/'}: ` : ''}${r.error.detail ?? r.error.code}`,
        });
      }
    }
    handledBefore = s.lines;
    batch = [];
    opts.onProgress?.(handledBefore, s);
  };
  for await (const raw of lines) {
    const text = raw.trim();
    if (!text) continue;
    s.lines++;
    try {
      batch.push({ line: s.lines, value: JSON.parse(text) });
    } catch {
      s.rejected++;
      if (s.errors.length < 100) s.errors.push({ line: s.lines, detail: 'not valid JSON' });
      if (!batch.length) handledBefore = s.lines;
      continue;
    }
    if (batch.length >= opts.batchSize) await flush();
  }
  await flush();
  return s;
}

/** Non-empty lines of the file, counted ahead so the bar knows its end (about 1 s per GB). */
export async function countLines(file: string): Promise<number> {
  let count = 0;
  let inLine = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 10) {
        if (inLine) count++;
        inLine = false;
      } else if (c !== 13 && c !== 32 && c !== 9) inLine = true;
    }
  }
  return inLine ? count + 1 : count;
}

const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n * 1000) / ms) : 0);

/** Events per second over the last few seconds (the first events of a run are the slow ones). */
function recentRate(started: number, windowMs = 5000): (handled: number) => number {
  const samples: { at: number; handled: number }[] = [{ at: started, handled: 0 }];
  return (handled) => {
    const at = Date.now();
    samples.push({ at, handled });
    while (samples.length > 2 && at - samples[1].at >= windowMs) samples.shift();
    return rate(handled - samples[0].handled, at - samples[0].at);
  };
}

/** A running server's POST /v1/events/batch as a sink (one request per batch; progress per batch). */
export function httpSink(baseUrl: string, key: string): BatchSink {
  const url = `${baseUrl.replace(/\/+$/, '')}/v1/events/batch`;
  return {
    async ingestBatch(raws, opts = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ events: raws }),
      });
      const body = (await res.json().catch(() => null)) as Awaited<ReturnType<EventService['ingestBatch']>> | { title?: string; detail?: string } | null;
      if (!res.ok || !body || !('results' in body))
        throw new Error(
          `${url} answered ${res.status}: ${(body && 'detail' in body && body.detail) || (body && 'title' in body && body.title) || res.statusText}`,
        );
      opts.onProgress?.(raws.length);
      return body;
    },
  };
}

export async function ingestFile(events: BatchSink, file: string, opts: { batchSize: number; progress: boolean }): Promise<number> {
  const started = Date.now();
  const total = opts.progress ? await countLines(file) : 0;
  const bar =
    opts.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format: 'ingesting [{bar}] {percentage}% | {value}/{total} events | {speed} events/s | ETA {eta_formatted}',
            stream: process.stderr,
            fps: 10,
            etaBuffer: 500, // events: the estimate follows the recent rate, not the whole run
            etaAsynchronousUpdate: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(total, 0, { speed: 0 });
  const speed = recentRate(started);
  let lastLine = 0;
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  const s = await ingestLines(events, rl, {
    batchSize: Math.max(1, opts.batchSize || 500),
    onProgress: (handled) => {
      const now = speed(handled);
      if (bar) bar.update(handled, { speed: now });
      else if (opts.progress && Date.now() - lastLine >= 1000) {
        // Not a terminal (a log file, CI): a plain line a second at most.
        lastLine = Date.now();
        process.stderr.write(`ingesting: ${handled}/${total} events, ${now} events/s\n`);
      }
    },
  });
  const ms = Date.now() - started;
  bar?.update(s.lines, { speed: rate(s.lines, ms) });
  bar?.stop();
  // The throttled lines may have skipped the end: the last one always says where it finished.
  if (opts.progress && !bar) process.stderr.write(`ingesting: ${s.lines}/${total} events, ${rate(s.lines, ms)} events/s (done)\n`);
  for (const e of s.errors.slice(0, 20)) process.stderr.write(`line ${e.line}: ${e.detail}\n`);
  if (s.errors.length > 20) process.stderr.write(`… and ${s.rejected - 20} more rejected lines\n`);
  process.stdout.write(
    `${JSON.stringify({ file, lines: s.lines, accepted: s.accepted, duplicate: s.duplicate, rejected: s.rejected, seconds: ms / 1000, eventsPerSecond: rate(s.lines, ms) })}\n`,
  );
  return s.rejected > 0 ? 1 : 0;
}
