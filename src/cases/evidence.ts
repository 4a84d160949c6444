// What a case stands on, for the reviewer deciding it: whether any detection corroborates it, or
// it rests on reports alone, or on network and travel facts alone. Real trust teams act on
// evidence, not on an accusation: a reviewer action on a case with no corroborating evidence
// should never be the default, and the case view says so in one line at the top.
import { sql } from 'kysely';
import { isNetworkOrTravelSignal } from '../detect/network-facts.ts';
import { STRENGTH_ORDER, type Strength } from '../detect/types.ts';
import type { DbOrTx } from '../store/db.ts';

/**
 * Signal type on the detection case of a reporter who reported several accounts they never
 * dealt with (reports.ts); a report by such a reporter is doubtful.
 */
export const UNCONNECTED_REPORTS_SIGNAL = 'reports.unconnected';

/** How far back another detection on the same account corroborates a case. */
export const CORROBORATION_DAYS = 30;

export interface CaseEvidence {
  /**
   * The strongest conduct signal behind the case, over its items and decisions: `none` when it
   * has none (reports only, a lapsed verification). Network and travel facts (a VPN, a new
   * country, impossible travel, a new device: detect/network-facts.ts) are not conduct and are
   * counted apart, in `networkOnly`.
   */
  strongest: 'none' | Strength;
  /**
   * A medium or strong conduct signal on this case, or on another detection case of the same
   * account opened in the last `CORROBORATION_DAYS` days and not dismissed: Warden's own
   * detection agrees that something happened.
   */
  corroborated: boolean;
  /** Policies of the other detection cases that corroborate (empty when the case itself does). */
  corroboratingPolicies: string[];
  /** The case stands on reports alone: no detection item on it. */
  reportsOnly: boolean;
  /** The only signals behind it are network and travel facts. */
  networkOnly: boolean;
  /** Reports on the case whose reporter is muted or shows signs of mass false reporting. */
  doubtfulReports: number;
  /** For the reviewer, one sentence. */
  summary: string;
}

interface SignalLike {
  type?: unknown;
  strength?: unknown;
}

function strongestOf(signals: readonly unknown[]): { conduct: Strength | null; network: boolean } {
  let conduct: Strength | null = null;
  let network = false;
  for (const s of signals as SignalLike[]) {
    if (!s || typeof s.type !== 'string' || typeof s.strength !== 'string' || !(s.strength in STRENGTH_ORDER)) continue;
    const strength = s.strength as Strength;
    if (isNetworkOrTravelSignal(s.type)) {
      network = true;
      continue;
    }
    if (!conduct || STRENGTH_ORDER[strength] > STRENGTH_ORDER[conduct]) conduct = strength;
  }
  return { conduct, network };
}

/** Whether these signals hold a medium or strong conduct signal (network and travel facts aside). */
export function conductCorroborates(signals: readonly unknown[]): boolean {
  const s = strongestOf(signals).conduct;
  return s !== null && STRENGTH_ORDER[s] >= STRENGTH_ORDER.medium;
}

/**
 * Policies of the account's detection cases opened in the last `CORROBORATION_DAYS` days (before
 * `now`, Warden's clock), not dismissed, with a medium or strong conduct signal: Warden's own
 * detection agrees something happened on the account. `exceptCaseId`: the case being judged.
 */
export async function corroboratingPolicies(db: DbOrTx, accountId: string, now: Date, exceptCaseId?: string): Promise<string[]> {
  const since = new Date(now.getTime() - CORROBORATION_DAYS * 86_400_000);
  let q = db
    .selectFrom('case_items as i')
    .innerJoin('cases as c', 'c.id', 'i.case_id')
    .select(['c.policy', 'i.signals'])
    .where('c.account_id', '=', accountId)
    .where('i.kind', '=', 'detection')
    .where('c.opened_at', '>=', since)
    .where((eb) => eb.or([eb('c.resolution', 'is', null), eb('c.resolution', '<>', 'dismiss')]));
  if (exceptCaseId) q = q.where('c.id', '<>', exceptCaseId);
  const others = await q.execute();
  return [...new Set(others.filter((o) => conductCorroborates(Array.isArray(o.signals) ? o.signals : [])).map((o) => o.policy ?? 'detection'))];
}

/**
 * The evidence behind a case (shape: `CaseEvidence`). `signals`: every signal stored with the
 * case's items and decisions; `reports`: the case's reports (reporter, muted). Reads the
 * account's other detection cases and the reporters' own detection cases. `now` is Warden's clock.
 */
export async function caseEvidence(
  db: DbOrTx,
  c: { id: string; accountId: string; source: string; itemKinds: readonly string[] },
  signals: readonly unknown[],
  reports: readonly { reporterId: string; muted: boolean }[],
  now: Date,
): Promise<CaseEvidence> {
  const own = strongestOf(signals);
  const reportsOnly = c.source === 'report' && !c.itemKinds.some((k) => k === 'detection');
  const corroborating = await corroboratingPolicies(db, c.accountId, now, c.id);
  const ownCorroborates = own.conduct !== null && STRENGTH_ORDER[own.conduct] >= STRENGTH_ORDER.medium;
  const reporterIds = [...new Set(reports.map((r) => r.reporterId))];
  const flagged = reporterIds.length
    ? new Set(
        (
          await sql<{ account_id: string }>`select distinct c.account_id from cases c join case_items i on i.case_id = c.id
            where c.account_id in (${sql.join(reporterIds)}) and c.source = 'detection' and c.resolution is distinct from 'dismiss'
              and i.signals @> ${JSON.stringify([{ type: UNCONNECTED_REPORTS_SIGNAL }])}::jsonb`.execute(db)
        ).rows.map((r) => r.account_id),
      )
    : new Set<string>();
  const doubtfulReports = reports.filter((r) => r.muted || flagged.has(r.reporterId)).length;
  const corroborated = ownCorroborates || corroborating.length > 0;
  const networkOnly = own.network && own.conduct === null;
  const strongest = own.conduct ?? (own.network ? 'weak' : 'none');
  const summary = corroborated
    ? ownCorroborates
      ? `Detection behind this case: ${own.conduct} signal.`
      : `Reports corroborated by another detection on the account (${corroborating.join(', ')}).`
    : reportsOnly
      ? `No corroborating evidence: reports only${doubtfulReports ? ` (${doubtfulReports} from a reporter with signs of mass false reporting)` : ''}. Act only on what you can verify in the reported content.`
      : networkOnly
        ? 'Network and travel facts only (a VPN, a new country or device): not a violation; at most confirm the owner.'
        : own.conduct === 'weak'
          ? 'Weak signals only: not enough to act on without something you can verify.'
          : 'No detection signal behind this case: decide on what it asks (a verification, an appeal).';
  return { strongest, corroborated, corroboratingPolicies: ownCorroborates ? [] : corroborating, reportsOnly, networkOnly, doubtfulReports, summary };
}
