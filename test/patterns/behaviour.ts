// Shared by the behaviour-pattern tests that post event histories through the API and read the
// behaviour verdicts the replies carry (lookalikes.test.ts, pattern-kinds.test.ts).
import { postThenDrain, type TestWarden } from '../helpers/warden.ts';

/** 2026-09-01 08:00 UTC, the histories' day 0. */
export const T0 = Date.parse('2026-09-01T08:00:00Z');
/** ISO time `days` (fractional allowed) after T0. */
export const at = (days: number) => new Date(T0 + days * 86_400_000).toISOString();

/** One behaviour-pattern verdict of a `POST /v1/events` reply (`body.behaviour[]`). */
export type Verdict = { accountId: string; outcome: string; signals: string[]; decisionId: string };

/** Posts the events one by one (each must be accepted, the behaviour worker driven after each) and returns every behaviour verdict in order. */
export async function postAll(w: TestWarden, es: unknown[]): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (const e of es) {
    const body = await postThenDrain(w, e);
    out.push(...((body.behaviour as Verdict[] | undefined) ?? []));
  }
  return out;
}

/** The signal types the verdicts gave account `id`. */
export const signalsOf = (vs: Verdict[], id: string) => vs.filter((v) => v.accountId === id).flatMap((v) => v.signals);
