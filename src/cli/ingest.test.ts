import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchItem, EventService } from '../events/service.ts';
import { countLines, ingestLines } from './ingest.ts';

const dir = mkdtempSync(join(tmpdir(), 'warden-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Stands in for EventService.ingestBatch: accepts everything, reporting each item as it goes. */
function fakeEvents(batches: number[]): EventService {
  return {
    async ingestBatch(raws: unknown[], opts: { onProgress?: (done: number) => void } = {}) {
      batches.push(raws.length);
      const results: BatchItem[] = [];
      for (const [index] of raws.entries()) {
        await new Promise((r) => setImmediate(r));
        results.push({ index, status: 'accepted', result: { id: String(index), type: 't', status: 'accepted' } });
        opts.onProgress?.(index + 1);
      }
      return { results, stats: { accepted: raws.length, duplicate: 0, rejected: 0 } };
    },
  } as unknown as EventService;
}

async function* linesOf(n: number) {
  for (let i = 0; i < n; i++) yield JSON.stringify({ id: `e${i}` });
}

describe('warden ingest', () => {
  it('loads in batches and reports progress event by event, never backwards', async () => {
    const batches: number[] = [];
    const seen: number[] = [];
    const s = await ingestLines(fakeEvents(batches), linesOf(250), { batchSize: 100, onProgress: (handled) => seen.push(handled) });
    expect(batches).toEqual([100, 100, 50]);
    expect(s).toMatchObject({ lines: 250, accepted: 250, rejected: 0 });
    expect(seen.at(-1)).toBe(250);
    for (const n of [1, 2, 99, 101, 249]) expect(seen).toContain(n);
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1])).toBe(true);
  });

  it('counts the non-empty lines of a file ahead, for the bar and its ETA', async () => {
    const file = join(dir, 'e.jsonl');
    writeFileSync(file, '{"a":1}\n\n  \n{"b":2}\r\n{"c":3}');
    expect(await countLines(file)).toBe(3);
  });
});
