// `warden screen [FILE] [--kind K]`: JSON lines in ({"id","text","senderId"?,"recipientId"?,"kind"?,"locale"?,
// "job"?}), one JSON line out per input ({"id","outcome","signals":[{"type","start","end"}],"maskedText"}).
// A line's kind defaults to --kind (itself "message"). Job posts may carry `job`: job.posted's
// fields (company {description, hasLogo}, salaryRange, screeningQuestions, employmentType,
// remote, category, jobFunction, location {country, region, city}) for the fake-job model, as the job.posted hook passes them.
// Stateless: it judges each text as between strangers before a contract, with the shipped
// policies (or the database's live ones with --live). Stable format: outside tools parse it.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ContentKind } from '../detect/types.ts';
import type { PolicySet } from '../policy/store.ts';
import { defaultPolicies } from '../policy/store.ts';
import { type JobPostFields, jobPostMeta } from '../screening/job-post.ts';
import { screenStateless } from '../screening/service.ts';

const KINDS = new Set(['message', 'job', 'proposal', 'profile']);

export function shippedPolicySet(): PolicySet {
  return { live: defaultPolicies().map((document) => ({ name: document.name, version: 1, document })), shadow: [] };
}

export async function runScreen(
  input: Readable,
  write: (line: string) => void,
  set: PolicySet = shippedPolicySet(),
  defaultKind: ContentKind = 'message',
): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lines = 0;
  let errors = 0;
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    lines++;
    let item: { id?: unknown; text?: unknown; kind?: unknown; locale?: unknown; senderId?: unknown; recipientId?: unknown; job?: unknown };
    try {
      item = JSON.parse(raw);
    } catch {
      errors++;
      write(JSON.stringify({ line: lines, error: 'not valid JSON' }));
      continue;
    }
    if (typeof item?.text !== 'string') {
      errors++;
      write(JSON.stringify({ id: item?.id ?? null, line: lines, error: '/text must be a string' }));
      continue;
    }
    const kind = (typeof item.kind === 'string' && KINDS.has(item.kind) ? item.kind : defaultKind) as ContentKind;
    const job = kind === 'job' && item.job && typeof item.job === 'object' ? jobPostMeta(jobFields(item.job as Record<string, unknown>)) : undefined;
    const r = screenStateless(set, { text: item.text, kind, locale: typeof item.locale === 'string' ? item.locale : undefined, job });
    write(
      JSON.stringify({
        id: item.id ?? null,
        outcome: r.outcome,
        signals: r.signals.map((s) => ({ type: s.type, start: s.start, end: s.end })),
        maskedText: r.maskedText,
      }),
    );
  }
  return { lines, errors };
}

/** The job.posted fields of a line's `job` object that have the right type; others are ignored, as unknown line fields are. */
function jobFields(o: Record<string, unknown>): JobPostFields {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  const company = o.company && typeof o.company === 'object' ? (o.company as Record<string, unknown>) : undefined;
  return {
    company: company ? { description: str(company.description), hasLogo: bool(company.hasLogo) } : undefined,
    salaryRange: str(o.salaryRange),
    budgetCents: typeof o.budgetCents === 'number' ? o.budgetCents : undefined,
    screeningQuestions: Array.isArray(o.screeningQuestions) ? o.screeningQuestions.filter((q): q is string => typeof q === 'string') : undefined,
    employmentType: str(o.employmentType),
    remote: bool(o.remote),
    category: str(o.category),
    jobFunction: str(o.jobFunction),
    location:
      o.location && typeof o.location === 'object'
        ? (({ country, region, city }: Record<string, unknown>) => ({
            country: typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? country : undefined,
            region: str(region),
            city: str(city),
          }))(o.location as Record<string, unknown>)
        : undefined,
  };
}

export function parseKind(kind: string | undefined): ContentKind | undefined {
  return kind !== undefined && KINDS.has(kind) ? (kind as ContentKind) : undefined;
}

export async function screenCommand(file: string | undefined, opts: { set?: PolicySet; kind?: ContentKind }): Promise<number> {
  const input = file && file !== '-' ? createReadStream(file, 'utf8') : process.stdin;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };
  const { errors } = await runScreen(
    input,
    (l) => {
      out.push(l);
      if (out.length >= 256) flush();
    },
    opts.set,
    opts.kind,
  );
  flush();
  return errors ? 1 : 0;
}
