// Real texts, read at run time when the data folder is present (never committed): EMSCAD job
// ads (fraudulent and genuine) and SMS messages (spam, smishing, ordinary). Without them the
// simulator uses its own template families only, and says so in the ground truth.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface RealTexts {
  dir: string;
  fraudulentJobs: { title: string; description: string }[];
  genuineJobs: { title: string; description: string }[];
  smishing: string[];
  smsSpam: string[];
  smsHam: string[];
}

/** Where the project keeps its real data, relative to the working directory of a checkout. */
export const DEFAULT_REAL_DATA_DIR = resolve(process.cwd(), '..', 'shared', 'data', 'real');

function readJsonl(file: string): Record<string, unknown>[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function asJob(text: string): { title: string; description: string } {
  const [first, ...rest] = text.split('\n');
  const title = first.trim().slice(0, 300) || 'Job';
  const description = rest.join('\n').trim().slice(0, 8000) || title;
  return { title, description };
}

export function loadRealTexts(dir: string | null = DEFAULT_REAL_DATA_DIR): RealTexts | null {
  if (!dir || !existsSync(dir)) return null;
  const emscad = readJsonl(join(dir, 'emscad-dev.jsonl'));
  const smish = readJsonl(join(dir, 'smish-dev.jsonl'));
  const sms = readJsonl(join(dir, 'sms-dev.jsonl'));
  const text = (r: Record<string, unknown>) => String(r.text ?? '').trim();
  const t: RealTexts = {
    dir,
    fraudulentJobs: emscad.filter((r) => r.label === 1 && text(r).length > 40).map((r) => asJob(text(r))),
    genuineJobs: emscad.filter((r) => r.label === 0 && text(r).length > 40).map((r) => asJob(text(r))),
    smishing: smish
      .filter((r) => r.category === 'smishing')
      .map(text)
      .filter(Boolean),
    smsSpam: [...smish.filter((r) => r.category === 'spam'), ...sms.filter((r) => r.label === 1)].map(text).filter(Boolean),
    smsHam: [...smish.filter((r) => r.category === 'ham'), ...sms.filter((r) => r.label === 0)].map(text).filter((s) => s.length > 15),
  };
  const total = t.fraudulentJobs.length + t.genuineJobs.length + t.smishing.length + t.smsSpam.length + t.smsHam.length;
  return total > 0 ? t : null;
}
