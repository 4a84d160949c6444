// The report folder: README.md with the figures and charts, the charts as SVG (Vega-Lite
// compiled to Vega, rendered headless in Node), and the raw figures as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evaluation, Rate, ReportTriageFigures } from './evaluate.ts';

const pct = (r: Rate) => (r.rate === null ? '–' : `${(r.rate * 100).toFixed(1)} % (${r.n}/${r.of})`);
/** A pattern's targets found per abuse type, when it is for more than one present in the run: " (a 1/2, b 0/4)". Absent on figures saved before it was kept. */
const byAbuse = (m: Record<string, { found: number; of: number }> | undefined) =>
  m && Object.keys(m).length > 1
    ? ` (${Object.entries(m)
        .map(([k, x]) => `${k} ${x.found}/${x.of}`)
        .join(', ')})`
    : '';
const hrs = (x: number | null) => (x === null ? '–' : x < 1 ? `${Math.round(x * 60)} min` : `${x.toFixed(1)} h`);

type VlSpec = Record<string, unknown>;

export async function renderSvg(spec: VlSpec): Promise<string> {
  const vl = await import('vega-lite');
  const vega = await import('vega');
  const compiled = vl.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

export function chartSpecs(e: Evaluation): Record<string, VlSpec> {
  const recall = e.byAbuse.flatMap((r) => [
    { abuse: r.abuse, measure: '1 case opened', value: r.casedRecall.rate ?? 0 },
    { abuse: r.abuse, measure: '2 automatic action', value: r.autoActionRecall.rate ?? 0 },
    { abuse: r.abuse, measure: '3 any action (with reviewers)', value: r.actionRecall.rate ?? 0 },
  ]);
  const harm = e.byHonestKind.flatMap((r) => [
    { kind: r.kind, measure: '1 case', value: r.withCase.rate ?? 0 },
    { kind: r.kind, measure: '2 strike', value: r.withStrike.rate ?? 0 },
    { kind: r.kind, measure: '3 action', value: r.withAction.rate ?? 0 },
    { kind: r.kind, measure: '4 hold or suspension', value: r.withHoldOrSuspension.rate ?? 0 },
  ]);
  const base = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', background: 'white' };
  return {
    'recall-by-abuse': {
      ...base,
      title: 'Bad accounts caught, by abuse type (account level)',
      data: { values: recall },
      mark: 'bar',
      width: 90,
      height: 160,
      encoding: {
        column: { field: 'abuse', type: 'nominal', title: null },
        x: { field: 'measure', type: 'nominal', title: null, axis: { labels: false, ticks: false } },
        y: { field: 'value', type: 'quantitative', title: 'share of bad accounts', scale: { domain: [0, 1] }, axis: { format: '%' } },
        color: { field: 'measure', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 400 } },
      },
    },
    'honest-harm': {
      ...base,
      title: 'Honest accounts touched, by kind of honest user',
      data: { values: harm },
      mark: 'bar',
      width: 70,
      height: 160,
      encoding: {
        column: { field: 'kind', type: 'nominal', title: null },
        x: { field: 'measure', type: 'nominal', title: null, axis: { labels: false, ticks: false } },
        y: { field: 'value', type: 'quantitative', title: 'share of honest accounts', axis: { format: '%' } },
        color: { field: 'measure', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 400 } },
      },
    },
    'time-to-first-action': {
      ...base,
      title: 'Hours from first abusive item to first action (simulated clock)',
      data: { values: e.timesToFirstAction.length ? e.timesToFirstAction : [{ abuse: 'none', hours: 0 }] },
      mark: { type: 'tick', thickness: 2 },
      width: 420,
      height: { step: 24 },
      encoding: {
        y: { field: 'abuse', type: 'nominal', title: null },
        x: { field: 'hours', type: 'quantitative', title: 'hours', scale: { type: 'symlog' } },
      },
    },
  };
}

export function markdown(e: Evaluation, charts: string[]): string {
  const o = e.overall;
  const lines = [
    `# Warden simulation report (seed ${e.seed})`,
    '',
    `${e.scale.accounts} accounts (${e.scale.badAccounts} bad, ${e.scale.honestAccounts} honest) over ${e.scale.days} simulated days, ${e.scale.timelineItems} timeline items; texts: ${e.textSource}.`,
    `Played in ${e.run.mode} mode: ${e.run.events} events (${e.run.accepted} accepted, ${e.run.rejected} rejected) in ${e.run.wallSeconds.toFixed(1)} s = ${e.run.eventsPerSecond.toFixed(0)} events/s; ${e.run.uploads} uploads, ${e.run.reports} reports, ${e.run.appeals} appeals, ${e.run.reviews} cases closed by the simulated reviewers; ${e.run.errors} API errors.`,
    '',
    '## Overall',
    '',
    '| measure | value |',
    '|---|---|',
    `| precision of actions (accounts actioned that are bad), automatic only | ${pct(o.autoActionPrecision)} |`,
    `| precision of actions, reviewers' included | ${pct(o.actionPrecision)} |`,
    `| precision of cases (accounts investigated that are bad) | ${pct(o.casePrecision)} |`,
    `| recall of actions (bad accounts actioned) | ${pct(o.actionRecall)} |`,
    `| recall of cases (bad accounts investigated) | ${pct(o.caseRecall)} |`,
    `| honest accounts with an automatic action | ${pct(o.honestWithAutoAction)} |`,
    `| honest accounts with any action | ${pct(o.honestWithAction)} |`,
    `| honest accounts with a payment hold or suspension | ${pct(o.honestWithHoldOrSuspension)} |`,
    ...(o.honestWithPayoutHeld ? [`| honest accounts with a payout held by a decision | ${pct(o.honestWithPayoutHeld)} |`] : []),
    ...(o.honestWithContentHeld ? [`| honest accounts with their own content held or blocked | ${pct(o.honestWithContentHeld)} |`] : []),
    ...(o.honestWithSignInStepUp
      ? [
          `| honest accounts asked for a step-up at sign-in (an attempt refused until a check, or a session held until they confirm) | ${pct(o.honestWithSignInStepUp)} |`,
        ]
      : []),
    `| proactive share of account-level investigations | ${pct(o.proactiveShareAccounts)} |`,
    `| proactive share counted per case | ${pct(o.proactiveShareCases)} |`,
    `| proactive share among bad accounts investigated | ${pct(o.proactiveShareBadAccounts)} |`,
    ...(o.reportFirstHonest ? [`| accounts investigated first on a report that were honest (false or mistaken reports) | ${pct(o.reportFirstHonest)} |`] : []),
    `| false reports (decided) that ended in an action against the reported honest user | ${pct(o.falseReportsActioned)} |`,
    `| bad accounts responded to by their 3rd abusive item (an action, a notice with a strike, or abusive content held/blocked/masked; a case alone does not count) | ${o.responseWithin3 ? pct(o.responseWithin3) : '–'} |`,
    ...(o.investigatedWithin3
      ? [`| … or a detection case opened by then (the measure of runs before 2026-11-30 16:00) | ${pct(o.investigatedWithin3)} |`]
      : []),
    `| bad accounts responded to at all | ${o.responseRecall ? pct(o.responseRecall) : '–'} |`,
    `| first abusive item → first response: median / p90 | ${o.hoursToFirstResponse ? `${hrs(o.hoursToFirstResponse.median)} / ${hrs(o.hoursToFirstResponse.p90)} (n=${o.hoursToFirstResponse.n})` : '–'} |`,
    `| first abusive item → first action: median / p90 | ${hrs(o.hoursToFirstAction.median)} / ${hrs(o.hoursToFirstAction.p90)} (n=${o.hoursToFirstAction.n}) |`,
    `| report → decision: median / p90 | ${hrs(o.hoursReportToDecision.median)} / ${hrs(o.hoursReportToDecision.p90)} (n=${o.hoursReportToDecision.n}); undecided ${pct(o.reportsUndecided)} |`,
    `| appeals overturned | ${pct(o.appealOverturnRate)}; by honest users ${pct(o.appealsByHonestOverturned)}, by bad ones ${pct(o.appealsByBadOverturned)} |`,
    `| simulated reviewers right | ${pct(o.reviewerAccuracy)} |`,
    ...(e.reportTriage ? reportTriageSection(e.reportTriage) : []),
    '',
    '## Bad actors, by abuse type',
    '',
    '| abuse | accounts | abusive items | case opened | automatic action | any action | actioned, ≤ 3 items before | responded by 3rd item | responded or detection case by 3rd item | first response by (action/notice/content) | to first action: median / p90 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...e.byAbuse.map(
      (r) =>
        `| ${r.abuse} | ${r.accounts} | ${r.abusiveItems} | ${pct(r.casedRecall)} | ${pct(r.autoActionRecall)} | ${pct(r.actionRecall)} | ${pct(r.recallWithin3)} | ${r.responseWithin3 ? pct(r.responseWithin3) : '–'} | ${r.investigatedWithin3 ? pct(r.investigatedWithin3) : '–'} | ${r.firstResponseBy ? `${r.firstResponseBy.action}/${r.firstResponseBy.notice ?? 0}/${r.firstResponseBy.content}` : '–'} | ${hrs(r.hoursToFirstAction.median)} / ${hrs(r.hoursToFirstAction.p90)} |`,
    ),
    '',
    '## Honest users, by kind',
    '',
    '| kind | accounts | case | strike | automatic action | any action | hold or suspension | payout held | own content held/blocked |',
    '|---|---|---|---|---|---|---|---|---|',
    ...e.byHonestKind.map(
      (r) =>
        `| ${r.kind} | ${r.accounts} | ${pct(r.withCase)} | ${pct(r.withStrike)} | ${pct(r.withAutoAction)} | ${pct(r.withAction)} | ${pct(r.withHoldOrSuspension)} | ${r.withPayoutHeld ? pct(r.withPayoutHeld) : '–'} | ${r.withContentHeld ? pct(r.withContentHeld) : '–'} |`,
    ),
    ...(e.households
      ? [
          '',
          `Households (honest people sharing one computer and connection with another honest account): ${e.households.accounts} accounts; case ${pct(e.households.withCase)}, any action ${pct(e.households.withAction)}${e.households.withContentHeld ? `, own content or deal held ${pct(e.households.withContentHeld)}` : ''}.`,
        ]
      : []),
    '',
    '## What touched honest users, by kind and cause',
    '',
    'Every case, strike, action, held payout and held or blocked content of an honest account, by what caused it (a case by source/policy, an action by type/policy).',
    '',
    '| honest kind | harm | cause | accounts | items |',
    '|---|---|---|---|---|',
    ...(e.honestHarm ?? []).map((h) => `| ${h.kind} | ${h.harm.replace(/_/g, ' ')} | ${h.cause} | ${h.accounts} | ${h.items} |`),
    '',
    ...(e.patterns
      ? [
          '## Behaviour patterns (account level)',
          '',
          'An account is flagged by a pattern when a case Warden opened on it carries the pattern’s signal. Precision counts any bad account as right; recall is over the accounts of the abuse the pattern is for (src/patterns/figures.ts).',
          '',
          '| pattern | accounts flagged | bad | targets found | precision | recall | honest flagged, by kind |',
          '|---|---|---|---|---|---|---|',
          ...e.patterns.map(
            (f) =>
              `| ${f.pattern} | ${f.flagged} | ${f.bad} | ${f.targeted}/${f.targets}${byAbuse(f.byAbuse)} | ${f.precision === null ? '–' : `${(100 * f.precision).toFixed(1)} %`} | ${f.recall === null ? '–' : `${(100 * f.recall).toFixed(1)} %`} | ${Object.entries(
                f.honestFlagged,
              )
                .map(([k, n]) => `${k} ${n}`)
                .join(', ')} |`,
          ),
          '',
        ]
      : []),
    '## Actions by policy',
    '',
    '| policy | actions | accounts actioned that are bad |',
    '|---|---|---|',
    ...e.byPolicy.map((p) => `| ${p.policy} | ${p.actions} | ${pct(p.onBadAccounts)} |`),
    '',
    '## Charts',
    '',
    ...charts.map((c) => `![${c}](${c}.svg)\n`),
    '## How to read this',
    '',
    '- Account level: an account counts once, whatever the number of its cases or actions. "Automatic" actions are the ones Warden took on its own; "any action" adds those of the simulated review team, which decides from the ground truth with the stated accuracy.',
    "- Times are on the simulated clock: Warden's wall-clock timestamps are mapped back through the run log (batch mode interpolates within a batch).",
    '- An account taken over counts as bad (from the takeover on); a multi-accounter counts every account of the group.',
    '',
  ];
  return lines.join('\n');
}

/** Writes README.md, one SVG per chart, and evaluation.json into `dir`. */
export async function writeReport(dir: string, e: Evaluation, extra: Record<string, unknown> = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const specs = chartSpecs(e);
  const names = Object.keys(specs);
  for (const name of names) writeFileSync(join(dir, `${name}.svg`), await renderSvg(specs[name]));
  writeFileSync(join(dir, 'README.md'), markdown(e, names));
  writeFileSync(join(dir, 'evaluation.json'), `${JSON.stringify({ ...e, ...extra }, null, 2)}\n`);
  return ['README.md', 'evaluation.json', ...names.map((n) => `${n}.svg`)];
}

/** Report triage, apart from investigations (evaluate.ts `ReportTriageFigures`). */
function reportTriageSection(t: ReportTriageFigures): string[] {
  const reasons = Object.entries(t.byReason)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    '',
    '## Report triage (not investigations)',
    '',
    'Reports that waited in the report triage queue are not cases: they are in neither the proactive share nor case precision above.',
    '',
    '| measure | value |',
    '|---|---|',
    `| reports / opened or joined a case at once / waited in triage | ${t.reports} / ${t.direct} / ${t.triaged} |`,
    `| left triage into a case (by another reporter / a detection / a triage reviewer) | ${t.escalated.total} (${t.escalated.byReporters} / ${t.escalated.byDetection} / ${t.escalated.byReviewer}) |`,
    `| closed in triage / still queued at the end (queue size) | ${t.closed} / ${t.queuedAtEnd} |`,
    `| why reports waited | ${reasons || '–'} |`,
    `| false reports among reports that waited in triage | ${pct(t.falseShareOfTriaged)} |`,
    `| false reports among reports that opened or joined a case at once | ${pct(t.falseShareOfDirect)} |`,
    `| false reports that waited in triage / of those, escalated into a case anyway | ${pct(t.falseReportsTriaged)} / ${pct(t.falseReportsEscalated)} |`,
    `| honest users' reports about bad accounts that waited in triage / of those, closed there | ${pct(t.trueReportsTriaged)} / ${pct(t.trueReportsClosed)} |`,
    ...(t.falseByStyle ?? []).map(
      (x) => `| false reports by ${x.style} reporters: waited in triage / honest targets with a case | ${pct(x.triaged)} / ${pct(x.targetsWithCase)} |`,
    ),
    `| accounts reported but never investigated (no case of any kind): honest / bad | ${t.reportedNeverInvestigated.honest} / ${t.reportedNeverInvestigated.bad} |`,
  ];
}
