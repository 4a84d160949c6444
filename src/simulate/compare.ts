// The same simulation against two policy sets, side by side: the live (shipped) policies and a
// candidate with some policies replaced. A backtest at the level of outcomes that matter —
// who got caught, who got hurt — rather than of single decisions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WardenClient } from './client.ts';
import type { Evaluation, Rate } from './evaluate.ts';
import { renderSvg } from './report.ts';
import { evaluateRun, playSimulation } from './run.ts';
import type { StreamOptions } from './stream.ts';
import type { Simulation } from './types.ts';

export interface PolicyDocument {
  name: string;
  [k: string]: unknown;
}

/**
 * A fresh Warden (its own empty database) to play one side into; `stream` adds play options
 * of that Warden (its simulated clock and daily sweeps when in-process).
 */
export type WardenFactory = () => Promise<{ client: WardenClient; close: () => Promise<void>; stream?: StreamOptions }>;

/** Installs the candidate documents as new live versions through the policy API. */
export async function installPolicies(client: WardenClient, docs: PolicyDocument[]): Promise<{ name: string; version: number }[]> {
  const out: { name: string; version: number }[] = [];
  for (const document of docs) {
    // The edit names the version it builds on, as any policy edit through the API should.
    const current = await client.request('GET', `/v1/policies/${encodeURIComponent(document.name)}`);
    const versions = current.status === 200 ? (current.body.versions as { version: number }[]) : [];
    const baseVersion = versions.reduce((m, v) => Math.max(m, v.version), 0);
    const res = await client.request('POST', `/v1/policies/${encodeURIComponent(document.name)}/versions`, {
      document,
      baseVersion,
      comment: 'candidate (simulation comparison)',
      activate: 'live',
    });
    if (res.status >= 300) throw new Error(`policy ${document.name} refused: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    out.push({ name: document.name, version: res.body.version });
  }
  return out;
}

const MEASURES: [string, (e: Evaluation) => Rate | number | null, 'higher' | 'lower'][] = [
  ['recall of actions (bad accounts actioned)', (e) => e.overall.actionRecall, 'higher'],
  ['recall of cases (bad accounts investigated)', (e) => e.overall.caseRecall, 'higher'],
  ['precision of automatic actions', (e) => e.overall.autoActionPrecision, 'higher'],
  ['honest accounts with an automatic action', (e) => e.overall.honestWithAutoAction, 'lower'],
  ['honest accounts with any action', (e) => e.overall.honestWithAction, 'lower'],
  ['honest accounts with a hold or suspension', (e) => e.overall.honestWithHoldOrSuspension, 'lower'],
  ['honest accounts with a payout held', (e) => e.overall.honestWithPayoutHeld ?? null, 'lower'],
  ['honest accounts with their own content held or blocked', (e) => e.overall.honestWithContentHeld ?? null, 'lower'],
  ['honest accounts asked for a step-up at sign-in', (e) => e.overall.honestWithSignInStepUp ?? null, 'lower'],
  ['proactive share of account-level investigations', (e) => e.overall.proactiveShareAccounts, 'higher'],
  ['hours to first action (median)', (e) => e.overall.hoursToFirstAction.median, 'lower'],
  ['appeals overturned', (e) => e.overall.appealOverturnRate, 'lower'],
];

const value = (x: Rate | number | null): number | null => (x === null ? null : typeof x === 'number' ? x : x.rate);
const show = (x: Rate | number | null) =>
  x === null ? '–' : typeof x === 'number' ? x.toFixed(1) : x.rate === null ? '–' : `${(x.rate * 100).toFixed(1)} % (${x.n}/${x.of})`;

export interface Comparison {
  baseline: Evaluation;
  candidate: Evaluation;
  installed: { name: string; version: number }[];
  rows: { measure: string; baseline: number | null; candidate: number | null; better: 'higher' | 'lower' }[];
}

export async function comparePolicySets(
  sim: Simulation,
  candidate: PolicyDocument[],
  open: WardenFactory,
  outDir: string,
  opts: StreamOptions = {},
): Promise<Comparison> {
  const side = async (docs: PolicyDocument[]) => {
    const w = await open();
    try {
      const installed = docs.length ? await installPolicies(w.client, docs) : [];
      const log = await playSimulation(w.client, sim, { ...opts, ...w.stream });
      const { evaluation } = await evaluateRun(w.client, sim, log);
      return { evaluation, installed };
    } finally {
      await w.close();
    }
  };
  const a = await side([]);
  const b = await side(candidate);
  const rows = MEASURES.map(([measure, get, better]) => ({ measure, baseline: value(get(a.evaluation)), candidate: value(get(b.evaluation)), better }));
  const cmp: Comparison = { baseline: a.evaluation, candidate: b.evaluation, installed: b.installed, rows };

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'comparison.json'), `${JSON.stringify(cmp, null, 2)}\n`);
  const abuseRows = a.evaluation.byAbuse.map((r) => {
    const c = b.evaluation.byAbuse.find((x) => x.abuse === r.abuse);
    return `| ${r.abuse} | ${show(r.actionRecall)} | ${show(c?.actionRecall ?? null)} | ${show(r.autoActionRecall)} | ${show(c?.autoActionRecall ?? null)} |`;
  });
  const honestRows = a.evaluation.byHonestKind.map((r) => {
    const c = b.evaluation.byHonestKind.find((x) => x.kind === r.kind);
    return `| ${r.kind} | ${show(r.withAction)} | ${show(c?.withAction ?? null)} | ${show(r.withHoldOrSuspension)} | ${show(c?.withHoldOrSuspension ?? null)} |`;
  });
  const md = [
    `# Policy comparison (seed ${sim.truth.seed}, ${sim.truth.accounts.length} accounts, ${sim.truth.scale.days} days)`,
    '',
    `Baseline: the live policies. Candidate: ${b.installed.map((i) => `${i.name} v${i.version}`).join(', ') || 'no change'}. Same timeline, each played into an empty database.`,
    '',
    '| measure | baseline | candidate | better when |',
    '|---|---|---|---|',
    ...MEASURES.map(([m, get, better]) => `| ${m} | ${show(get(a.evaluation))} | ${show(get(b.evaluation))} | ${better} |`),
    '',
    '## Bad accounts actioned, by abuse type',
    '',
    '| abuse | any action: baseline | candidate | automatic: baseline | candidate |',
    '|---|---|---|---|---|',
    ...abuseRows,
    '',
    '## Honest accounts touched, by kind',
    '',
    '| kind | any action: baseline | candidate | hold or suspension: baseline | candidate |',
    '|---|---|---|---|---|',
    ...honestRows,
    '',
    '![comparison](comparison.svg)',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'README.md'), md);
  const values = rows.flatMap((r) =>
    r.baseline === null || r.candidate === null || r.measure.startsWith('hours')
      ? []
      : [
          { measure: r.measure, side: 'baseline', value: r.baseline },
          { measure: r.measure, side: 'candidate', value: r.candidate },
        ],
  );
  writeFileSync(
    join(outDir, 'comparison.svg'),
    await renderSvg({
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      background: 'white',
      title: 'Baseline vs candidate policies',
      data: { values },
      mark: 'bar',
      height: { step: 12 },
      width: 300,
      encoding: {
        row: { field: 'measure', type: 'nominal', title: null, header: { labelAngle: 0, labelAlign: 'left', labelLimit: 300 } },
        y: { field: 'side', type: 'nominal', title: null, axis: null },
        x: { field: 'value', type: 'quantitative', title: null, axis: { format: '%' }, scale: { domain: [0, 1] } },
        color: { field: 'side', type: 'nominal', title: null, legend: { orient: 'bottom' } },
      },
    }),
  );
  return cmp;
}
