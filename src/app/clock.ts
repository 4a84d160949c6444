// The time Warden stamps and judges by. One clock per process, passed to the services that
// record or compare times (cases, enforcement, trust recomputation, sweeps) when they are built.
// Production runs on the system clock; the marketplace simulator runs Warden on a simulated
// clock so that weeks of behaviour (strike expiry, verification deadlines, JSS windows) play
// out in minutes, and every timestamp Warden writes is on the simulation's own time line.

export interface Clock {
  /** The current instant (a fresh Date each call). */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that only moves when told to (forward only: a timeline is played in order, and a
 * clock going back would let an action end before it began). Starts at `start`.
 */
export class SimulatedClock implements Clock {
  private ms: number;
  constructor(start: Date | string | number) {
    this.ms = new Date(start).getTime();
    if (!Number.isFinite(this.ms)) throw new RangeError(`SimulatedClock: invalid start ${String(start)}`);
  }
  now(): Date {
    return new Date(this.ms);
  }
  /** Moves the clock to `at` when that is later; returns the clock's time afterwards (ms). */
  advanceTo(at: Date | string | number): number {
    const t = new Date(at).getTime();
    if (Number.isFinite(t) && t > this.ms) this.ms = t;
    return this.ms;
  }
}
