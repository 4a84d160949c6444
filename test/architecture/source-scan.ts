// Reads src/ as text for the architecture tests: which capability owns which table, which
// tables each file's queries name, and which files each file imports.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const SRC = path.resolve(import.meta.dirname, '../../src');
const MIGRATIONS = path.join(SRC, 'store/migrations');

/** Folders that are not capabilities: the composition root and shared infrastructure, entry points. */
export const NOT_CAPABILITIES = new Set(['app', 'store', 'cli']);

export const capabilityOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0] as string;

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Every table the migrations create. */
export function migrationTables(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(MIGRATIONS)) {
    const text = readFileSync(path.join(MIGRATIONS, f), 'utf8');
    for (const m of text.matchAll(/create table (?:if not exists )?([a-z_]+)/gi)) out.add((m[1] as string).toLowerCase());
  }
  return out;
}

/**
 * Who owns each table: the capability whose `tables.ts` declares its Kysely type (each one
 * names the migration that creates them). The foundation's tables (`store/schema.ts`: events,
 * accounts and the other projections, outbox, keys) are shared, except `decisions`, which
 * policy writes (`policy/decide.ts`) and owns.
 */
export function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const cap of readdirSync(SRC)) {
    const f = path.join(SRC, cap, 'tables.ts');
    if (!existsSync(f)) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/^\s+([a-z_]+): [A-Z]\w*Table;/gm)) owners.set(m[1] as string, cap);
  }
  owners.set('decisions', 'policy');
  return owners;
}

/** Tables a file's queries name: Kysely builder calls and raw `sql` templates. */
export function tablesNamed(file: string, tables: Iterable<string>): Set<string> {
  const text = withoutComments(readFileSync(file, 'utf8'));
  const names = new Set<string>();
  for (const m of text.matchAll(
    /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|to_regclass|sql\.table)\(\s*['"`]([a-z_]+)/g,
  ))
    names.add(m[1] as string);
  for (const t of text.matchAll(/\bsql(?:<[^`]*?>)?`([^`]*)`/g))
    for (const m of (t[1] as string).matchAll(/\b(?:from|join|into|update|exists)\s+([a-z_]+)\b/gi)) names.add((m[1] as string).toLowerCase());
  const known = new Set(tables);
  return new Set([...names].filter((n) => known.has(n)));
}

/** Files a file imports at run time (relative imports, `import type` left out: it vanishes when compiled). */
export function runtimeImports(file: string): string[] {
  const text = withoutComments(readFileSync(file, 'utf8'));
  const out = new Set<string>();
  const resolve = (spec: string) => {
    const p = path.resolve(path.dirname(file), spec);
    for (const c of [p, `${p}.ts`, path.join(p, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
    return undefined;
  };
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s*['"](\.[^'"]+)['"]/gms)) {
    if (m[1]) continue;
    const clause = (m[2] as string).trim();
    if (
      clause.startsWith('{') &&
      clause.endsWith('}') &&
      clause
        .slice(1, -1)
        .split(',')
        .every((s) => s.trim() === '' || s.trim().startsWith('type '))
    )
      continue;
    const r = resolve(m[3] as string);
    if (r) out.add(r);
  }
  for (const m of text.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm)) {
    const r = resolve(m[1] as string);
    if (r) out.add(r);
  }
  return [...out];
}
