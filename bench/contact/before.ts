// The contact detector as it was before issue 12 (commit BEFORE_COMMIT), extracted from git
// into .cache/ at the root of the checkout (ignored by git, outside the test, type-check and
// lint globs; its package imports resolve from the root node_modules) so that one bench run
// can score the old and the new detector on the same messages. Needs a git checkout with
// that commit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Signal } from '../../src/detect/types.ts';

/** Main before the issue-12 work: the last commit whose detector the first blind figures describe. */
export const BEFORE_COMMIT = '6db4457';
/** Main before the session that wrote blind set 3 (its speed baseline: 2,084 vs 4,350 messages/s). */
export const BEFORE_SET_3_COMMIT = 'b7b5bf3';
/** Main before the session that wrote blind set 4 (its fixes and speed work are read against it). */
export const BEFORE_SET_4_COMMIT = 'eebf79d';
/** Main before the speed work on the issue-12 detector (findings unchanged since: bench/contact/snapshot.ts). */
export const BEFORE_SPEED_COMMIT = 'b299ffe';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

type Detect = (input: { text: string; locale?: string }) => Signal[];

/** Extracts the detector's sources at `commit` (once) into .cache/; returns that directory. Throws without git or the commit. */
export function extractDetector(commit: string): string {
  const target = join(root, '.cache', 'warden-contact-before', commit);
  if (!existsSync(join(target, 'src/detect/contact/index.ts'))) {
    mkdirSync(target, { recursive: true });
    const tar = execFileSync('git', ['-C', root, 'archive', commit, 'src/detect/contact', 'src/detect/normalize', 'src/detect/types.ts'], {
      maxBuffer: 64 << 20,
    });
    execFileSync('tar', ['-x', '-C', target], { input: tar });
  }
  return target;
}

/** The detectContact of `commit`, or the reason it is not available (no git, no such commit). */
export async function loadBeforeDetector(commit = BEFORE_COMMIT): Promise<{ detect: Detect } | { error: string }> {
  try {
    const target = extractDetector(commit);
    const mod = (await import(pathToFileURL(join(target, 'src/detect/contact/index.ts')).href)) as { detectContact: Detect };
    return { detect: mod.detectContact };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0] };
  }
}
