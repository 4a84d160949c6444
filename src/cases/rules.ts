// Pure rules of case handling: routing to a queue, priority, SLA due time, reporter
// credibility. No database here, so they are unit-tested directly.

import { SEVERITIES, type Severity } from '../policy/schema.ts';
import type { CasesConfig, PriorityBand } from './config.ts';

export interface RoutingFacts {
  source: string;
  subjectType: string;
  policy?: string | null;
  reportReason?: string | null;
  signalTypes?: string[];
}

const matches = (pattern: string, value: string | null | undefined) =>
  value != null && (pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern);

/** The queue of the first rule whose every condition holds, else the default queue. */
export function routeCase(cfg: CasesConfig, f: RoutingFacts): { queue: string; rule: string | null } {
  for (const r of cfg.routes) {
    const m = r.match;
    if (m.source !== undefined && m.source !== f.source) continue;
    if (m.subjectType !== undefined && m.subjectType !== f.subjectType) continue;
    if (m.policy !== undefined && !matches(m.policy, f.policy)) continue;
    if (m.reportReason !== undefined && !matches(m.reportReason, f.reportReason)) continue;
    if (m.signalType !== undefined && !(f.signalTypes ?? []).some((t) => matches(m.signalType as string, t))) continue;
    return { queue: r.queue, rule: r.name };
  }
  return { queue: cfg.defaultQueue, rule: null };
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}

export interface PriorityFacts {
  severity: Severity;
  /** Credibility (0..1) of each report that counts (muted reporters' reports excluded). */
  reportCredibilities: number[];
  /** Distinct accounts the subject's account exchanged messages with. */
  reach: number;
  earnedCents: number;
  boost: number;
}

export interface PriorityBreakdown {
  priority: number;
  band: PriorityBand;
  parts: { severity: number; reports: number; reach: number; earnings: number; boost: number };
}

/** 0..100: severity first, then credible reports, reach and earnings; each part capped so none drowns the others. */
export function computePriority(cfg: CasesConfig, f: PriorityFacts): PriorityBreakdown {
  const p = cfg.priority;
  const parts = {
    severity: p.severity[f.severity],
    reports: Math.min(
      p.reportsMax,
      f.reportCredibilities.reduce((s, c) => s + c * p.perReport, 0),
    ),
    reach: Math.min(p.reachMax, Math.log2(1 + Math.max(0, f.reach)) * p.perReachDoubling),
    earnings: Math.min(p.earningsMax, Math.log10(1 + Math.max(0, f.earnedCents) / 100) * p.perEarningsDecade),
    boost: f.boost,
  };
  const raw = parts.severity + parts.reports + parts.reach + parts.earnings + parts.boost;
  const priority = Math.max(0, Math.min(100, Math.round(raw)));
  return { priority, band: priorityBand(cfg, priority), parts };
}

export function priorityBand(cfg: CasesConfig, priority: number): PriorityBand {
  const b = cfg.priority.bands;
  if (priority >= b.critical) return 'critical';
  if (priority >= b.high) return 'high';
  if (priority >= b.medium) return 'medium';
  return 'low';
}

export function slaDueAt(cfg: CasesConfig, queue: string, band: PriorityBand, openedAt: Date): Date {
  const hours = (cfg.sla[queue] ?? cfg.slaDefault)[band];
  return new Date(openedAt.getTime() + hours * 3_600_000);
}

export interface Credibility {
  credibility: number;
  upheld: number;
  dismissed: number;
  muted: boolean;
}

/**
 * The posterior mean of a Beta prior updated by the reporter's decided reports: upheld
 * reports raise it, dismissed ones lower it, and a handful of outcomes cannot swing it to an
 * extreme. Muting needs both low credibility and enough history, so one bad report never mutes.
 */
export function reporterCredibility(cfg: CasesConfig, upheld: number, dismissed: number): Credibility {
  const c = cfg.credibility;
  const credibility = (upheld + c.upheldPrior) / (upheld + dismissed + c.upheldPrior + c.dismissedPrior);
  return { credibility, upheld, dismissed, muted: upheld + dismissed >= c.minDecided && credibility < c.muteBelow };
}
