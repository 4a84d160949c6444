#!/usr/bin/env node
// Builds the reviewer console (console/ → console/dist) with Vite, only when the build is
// missing or older than its sources, so `npm start` stays fast. The new build is written
// beside the old one and swapped in, so a running server never serves a half-written build.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CONSOLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../console');
export const DIST_DIR = join(CONSOLE_DIR, 'dist');
const ENTRIES = ['index.html', 'standing.html'];

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when console/dist lacks an entry page or any source is newer than the build. */
export function consoleBuildIsStale() {
  const built = ENTRIES.map((e) => join(DIST_DIR, e));
  if (!built.every((p) => existsSync(p))) return true;
  const builtAt = Math.min(...built.map((p) => statSync(p).mtimeMs));
  const sources = [...ENTRIES, 'vite.config.ts', 'src'].map((p) => join(CONSOLE_DIR, p)).filter((p) => existsSync(p));
  return Math.max(...sources.map(newestMtime)) > builtAt;
}

/** Builds when stale (or when forced); returns whether it built and how long it took. */
export async function buildConsole({ force = false, quiet = false } = {}) {
  if (!force && !consoleBuildIsStale()) return { built: false, ms: 0 };
  const started = Date.now();
  const { build } = await import('vite');
  const staging = `${DIST_DIR}.tmp-${process.pid}-${started}`;
  try {
    await build({
      configFile: join(CONSOLE_DIR, 'vite.config.ts'),
      root: CONSOLE_DIR,
      logLevel: quiet ? 'error' : 'warn',
      build: { outDir: staging, emptyOutDir: true },
    });
    rmSync(DIST_DIR, { recursive: true, force: true });
    renameSync(staging, DIST_DIR);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const ms = Date.now() - started;
  if (!quiet) process.stdout.write(`console built into ${DIST_DIR} in ${ms} ms\n`);
  return { built: true, ms };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildConsole({ force: process.argv.includes('--force') }).catch((err) => {
    process.stderr.write(`console build failed: ${err?.stack ?? err}\n`);
    process.exit(1);
  });
}
