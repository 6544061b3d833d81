// Unlock throttling: five wrong passphrases are free; after that each attempt waits, 30 s after the fifth failure,
// doubling with each further failure, capped at 15 minutes. A function of the failure history and now — the
// caller keeps the history (audit.ts failedUnlocksSinceLastUnlock) and refuses an attempt while it must wait.
// This slows a person at the keyboard; it does nothing against a copied disk, where PBKDF2's cost is the bound.

export type ThrottlePolicy = { freeAttempts: number; firstDelayMs: number; maxDelayMs: number }

export const UNLOCK_THROTTLE: ThrottlePolicy = { freeAttempts: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 }

export type ThrottleState = {
  allowed: boolean
  /** how long until the next attempt may be made (0 when allowed) */
  waitMs: number
  /** when the next attempt may be made; null while attempts are free */
  retryAt: string | null
  failures: number
}

/** The wait imposed after `failures` consecutive failures (0 while attempts are free). */
export function delayAfter(failures: number, policy: ThrottlePolicy = UNLOCK_THROTTLE): number {
  if (failures < policy.freeAttempts) return 0
  const doublings = failures - policy.freeAttempts
  // 2^n overflows to Infinity for large n; the cap keeps it finite
  return Math.min(policy.firstDelayMs * 2 ** Math.min(doublings, 40), policy.maxDelayMs)
}

/** Whether an unlock may be tried `now`, given the instants of the consecutive failures since the last success. */
export function unlockThrottle(
  failures: readonly (string | number | Date)[],
  now: string | number | Date,
  policy: ThrottlePolicy = UNLOCK_THROTTLE
): ThrottleState {
  const delay = delayAfter(failures.length, policy)
  if (delay === 0) return { allowed: true, waitMs: 0, retryAt: null, failures: failures.length }
  const at = new Date(now).getTime()
  // an unreadable instant counts as a failure just now: a damaged history never shortens the wait
  const times = failures.map((f) => new Date(f).getTime()).map((t) => (Number.isFinite(t) ? t : at))
  const last = Math.max(...times)
  const retry = last + delay
  // clamped to the delay: a clock set back before the last failure does not lengthen it forever
  const waitMs = Number.isFinite(at) ? Math.max(0, Math.min(retry - at, delay)) : delay
  return {
    allowed: waitMs === 0,
    waitMs,
    retryAt: Number.isFinite(retry) ? new Date(retry).toISOString() : null,
    failures: failures.length
  }
}
