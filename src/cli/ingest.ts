// `warden ingest FILE.jsonl`: streams the file in batches through the same service as the
// API, with a progress bar on stderr and a summary (accepted / duplicate / rejected).
import { createReadStream, statSync } from 'node:fs';
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

export async function ingestLines(
  events: EventService,
  lines: AsyncIterable<string>,
  opts: { batchSize: number; onProgress?: (bytes: number, s: IngestSummary) => void },
): Promise<IngestSummary> {
  const s: IngestSummary = { lines: 0, accepted: 0, duplicate: 0, rejected: 0, errors: [] };
  let batch: { line: number; value: unknown }[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const { results } = await events.ingestBatch(batch.map((b) => b.value));
    for (const r of results) {
      s[r.status]++;
      if (r.status === 'rejected' && s.errors.length < 100) {
        s.errors.push({
          line: batch[r.index].line,
          detail: `${r.error.pointer ? `${r.error.pointer.replace(/^\/events\/\d+/, '') || '/'}: ` : ''}${r.error.detail ?? r.error.code}`,
        });
      }
    }
    batch = [];
    opts.onProgress?.(bytes, s);
  };
  for await (const raw of lines) {
    bytes += Buffer.byteLength(raw) + 1;
    const text = raw.trim();
    if (!text) continue;
    s.lines++;
    try {
      batch.push({ line: s.lines, value: JSON.parse(text) });
    } catch {
      s.rejected++;
      if (s.errors.length < 100) s.errors.push({ line: s.lines, detail: 'not valid JSON' });
      continue;
    }
    if (batch.length >= opts.batchSize) await flush();
  }
  await flush();
  return s;
}

export async function ingestFile(events: EventService, file: string, opts: { batchSize: number; progress: boolean }): Promise<number> {
  const total = statSync(file).size;
  const bar =
    opts.progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: 'ingesting [{bar}] {percentage}% | {accepted} accepted, {duplicate} duplicate, {rejected} rejected', stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(total, 0, { accepted: 0, duplicate: 0, rejected: 0 });
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  const s = await ingestLines(events, rl, {
    batchSize: Math.max(1, opts.batchSize || 500),
    onProgress: (bytes, st) => {
      if (bar) bar.update(bytes, { accepted: st.accepted, duplicate: st.duplicate, rejected: st.rejected });
      else if (opts.progress) process.stderr.write(`\r${bytes}/${total} bytes: ${st.accepted} accepted, ${st.duplicate} duplicate, ${st.rejected} rejected`);
    },
  });
  bar?.update(total);
  bar?.stop();
  if (!bar && opts.progress) process.stderr.write('\n');
  for (const e of s.errors.slice(0, 20)) process.stderr.write(`line ${e.line}: ${e.detail}\n`);
  if (s.errors.length > 20) process.stderr.write(`… and ${s.rejected - 20} more rejected lines\n`);
  process.stdout.write(`${JSON.stringify({ file, lines: s.lines, accepted: s.accepted, duplicate: s.duplicate, rejected: s.rejected })}\n`);
  return s.rejected > 0 ? 1 : 0;
}
