#!/usr/bin/env node
// Compiles the TypeScript sources (src/, entry src/cli/main.ts) into plain JavaScript once,
// so `warden` and `npm start` do not transpile ~150 files through tsx on every start. The
// build is a cache: it lives in node_modules/.cache/warden/server-<hash of the sources>/, is
// rebuilt (in about a second) when a source changes, and bin/warden.mjs falls back to tsx
// when it cannot be built. Dependencies stay external (imported from node_modules).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_DIR = join(ROOT, 'node_modules/.cache/warden');
const SRC_DIR = join(ROOT, 'src');
const ENTRY = join(SRC_DIR, 'cli/main.ts');
/** The detection pool's worker thread (src/detect/pool/), built beside main.js as detect-worker.js. */
const DETECT_WORKER = join(SRC_DIR, 'detect/pool/worker.ts');
/** Bump when the build options below change, so old builds are not reused. */
const BUILD_FORMAT = 2;

function sourceFiles(dir = SRC_DIR, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Hash of every source file's path and content (and the build's own format and root folder). */
export function sourceHash() {
  const h = createHash('sha256').update(`${BUILD_FORMAT}\0${ROOT}\0`);
  for (const file of sourceFiles()) h.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export function serverBuildDir(hash = sourceHash()) {
  return join(CACHE_DIR, `server-${hash}`);
}

/**
 * Returns the path of the compiled entry module (main.js), building it when the sources
 * changed since the last build. Throws when esbuild is missing or the build fails.
 */
export async function ensureServerBuild({ quiet = true } = {}) {
  const hash = sourceHash();
  const dir = serverBuildDir(hash);
  const entry = join(dir, 'main.js');
  if (existsSync(entry)) return entry;
  const started = Date.now();
  // esbuild comes with tsx (a dependency); resolved from here so a clone needs nothing more.
  const require = createRequire(import.meta.url);
  const esbuild = await import(pathToFileURL(require.resolve('esbuild')).href);
  mkdirSync(CACHE_DIR, { recursive: true });
  const staging = `${dir}.tmp-${process.pid}-${started}`;
  try {
    await esbuild.build({
      entryPoints: [
        { in: ENTRY, out: 'main' },
        { in: DETECT_WORKER, out: 'detect-worker' },
      ],
      outdir: staging,
      // Where the pool finds its worker once the build is moved into place (detection-pool.ts).
      define: { WARDEN_DETECT_WORKER: JSON.stringify(join(dir, 'detect-worker.js')) },
      bundle: true,
      splitting: true, // commands keep importing what they need when they run
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: quiet ? 'silent' : 'warning',
      plugins: [sourceLocationPlugin()],
    });
    try {
      renameSync(staging, dir);
    } catch (err) {
      // Another process built the same sources at the same time: use its build.
      if (!existsSync(entry)) throw err;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  removeOldBuilds(dir);
  if (!quiet) process.stdout.write(`server built into ${relative(ROOT, dir)} in ${Date.now() - started} ms\n`);
  return entry;
}

/**
 * Modules find their files (migrations, default policies, notice templates, the console
 * build) next to their source through import.meta.url: each module keeps its source file's URL.
 */
function sourceLocationPlugin() {
  return {
    name: 'warden-source-location',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const url = pathToFileURL(args.path).href;
        const contents = text
          .replaceAll('import.meta.url', JSON.stringify(url))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path));
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/**
 * Keeps the cache small: builds of other sources go once a day old (a server started from
 * one may still import its lazily loaded chunks).
 */
function removeOldBuilds(keep) {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (!name.startsWith('server-') || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {}
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureServerBuild({ quiet: false }).catch((err) => {
    process.stderr.write(`server build failed: ${err?.stack ?? err}\n`);
    process.exit(1);
  });
}
