// One definition per concept (issue 13): the console takes the severities and the trust view
// from the modules that define them, not from a copy or a re-export.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

describe('the console reads shared concepts from their one definition', () => {
  const sources = files(join(ROOT, 'console', 'src')).map((p) => ({ p, text: readFileSync(p, 'utf8') }));

  it('has no severity list of its own: SEVERITIES comes from src/policy/schema.ts', () => {
    const own = sources.filter((s) => /(const|let)\s+SEVERITIES\b|\[\s*'low',\s*'medium',\s*'high',\s*'critical'\s*\]/.test(s.text));
    expect(own.map((s) => s.p)).toEqual([]);
    const users = sources.filter((s) => /\bSEVERITIES\b/.test(s.text));
    expect(users.length).toBeGreaterThan(0);
    // Any depth under console/src (pages/case/ is one level deeper than pages/).
    for (const s of users) expect(s.text, s.p).toMatch(/import \{ SEVERITIES \} from '(\.\.\/)+src\/policy\/schema\.ts'/);
  });

  it('imports AccountTrustView from trust/views.ts, and trust/service.ts re-exports nothing', () => {
    const importers = sources.filter((s) => /import[^;]*AccountTrustView[^;]*from '\.\.\/\.\.\/\.\.\/src\//.test(s.text));
    expect(importers.length).toBeGreaterThan(0);
    for (const s of importers) expect(s.text, s.p).toMatch(/AccountTrustView[^;]*from '\.\.\/\.\.\/\.\.\/src\/trust\/views\.ts'/);
    expect(readFileSync(join(ROOT, 'src', 'trust', 'service.ts'), 'utf8')).not.toMatch(/^export (type )?\{[^}]*\} from/m);
  });
});
