// Runs the text detectors for long texts in worker threads (piscina), so that one long or
// hostile text cannot hold the event loop while every other request waits (issue 15: a
// message of 48,000 "7"s once kept /healthz waiting). Short texts, almost all of them, are
// screened inline: below LONG_TEXT_CHARS the round trip to a thread costs more than the work.
// Built once by the composition root (app/wiring.ts) and closed when Warden stops.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { detectText, type TextDetectionInput, type TextDetectionOptions } from '../index.ts';
import type { Signal } from '../types.ts';

/**
 * Texts at least this long go to a thread. Measured on 2 shared cores (1 December 2026,
 * detectText inline vs DetectionPool.detect with one warm thread, 300 runs each, ordinary
 * English message text): the round trip of a short text costs 0.5-0.8 ms; inline screening
 * costs 0.2-0.3 ms at 20-100 characters, 0.6 ms at 200, 0.8-0.9 ms at 500-1,000, 1.8 ms at
 * 2,000 (where the thread answers in 0.7 ms). Around 500 characters the two meet.
 */
export const LONG_TEXT_CHARS = 500;

/** The compiled worker's path, set by scripts/build-server.mjs (esbuild `define`); absent under tsx. */
declare const WARDEN_DETECT_WORKER: string | undefined;

function workerFile(): string {
  if (typeof WARDEN_DETECT_WORKER === 'string') return WARDEN_DETECT_WORKER;
  return fileURLToPath(new URL('./worker-from-source.mjs', import.meta.url));
}

export function defaultDetectThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface DetectionPoolOptions {
  /** Worker threads; 0: every text is screened inline. Default defaultDetectThreads(). */
  threads?: number;
  /** Texts at least this long go to a thread (default LONG_TEXT_CHARS; tests lower it). */
  longTextChars?: number;
}

/** detectText, off the event loop for long texts. */
export class DetectionPool {
  private readonly pool: Piscina | null;
  readonly longTextChars: number;

  constructor(opts: DetectionPoolOptions = {}) {
    const threads = opts.threads ?? defaultDetectThreads();
    this.longTextChars = opts.longTextChars ?? LONG_TEXT_CHARS;
    // Threads start on the first long text (or warm()) and then stay: a process that never sees
    // one (most tests, `warden` commands) never loads the detectors twice, and a server does not
    // pay a thread's cold start (seconds: the learned models load in each) after an idle spell.
    this.pool = threads > 0 ? new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: Infinity }) : null;
  }

  get threads(): number {
    return this.pool?.options.maxThreads ?? 0;
  }

  /** Where this text would be screened. */
  offloads(text: string): boolean {
    return this.pool !== null && text.length >= this.longTextChars;
  }

  async detect(input: TextDetectionInput, opts: TextDetectionOptions = {}): Promise<Signal[]> {
    if (!this.pool || !this.offloads(input.text)) return detectText(input, opts);
    return this.pool.run({ input, opts });
  }

  /** Starts every thread and loads the detectors in it, so that the first long text does not wait for them (`warden serve`). */
  async warm(): Promise<void> {
    if (!this.pool) return;
    const input: TextDetectionInput = { text: 'warming up the detectors '.repeat(Math.ceil(this.longTextChars / 25) + 1), kind: 'message' };
    await Promise.all(Array.from({ length: this.threads }, () => this.pool?.run({ input, opts: {} })));
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
