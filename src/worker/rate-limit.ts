// How many captures one tab may send: at most `max` in any `windowMs` (a sliding window). The content script sends
// a capture only when a page's records changed, after the page was still for 600 ms (src/content/page-watch.ts):
// about 17 in 10 s from one frame that changes without pause. Availity runs its applications in frames, so a tab
// may hold several readers; 60 in 10 s leaves them room and stops a tab that floods the worker.
export type RateRule = { max: number; windowMs: number }

export const CAPTURE_RATE: RateRule = { max: 60, windowMs: 10_000 }

export type RateVerdict = { allowed: boolean; times: number[]; retryAfterMs: number }

/** Pure: given the times (ms) this key was let through, may it go now? Refused attempts are not counted. */
export function admit(times: readonly number[], now: number, rule: RateRule): RateVerdict {
  const recent = times.filter((t) => t > now - rule.windowMs && t <= now)
  if (recent.length < rule.max) return { allowed: true, times: [...recent, now], retryAfterMs: 0 }
  return { allowed: false, times: recent, retryAfterMs: recent[recent.length - rule.max] + rule.windowMs - now }
}

/** Keys (tab ids) the limiter forgets once idle for a window; past this many it drops the idle ones first. */
const MAX_KEYS = 1000

/** A limiter over `admit`, one window per key; keys idle for a whole window are forgotten. */
export function makeRateLimiter(rule: RateRule) {
  const windows = new Map<number, number[]>()
  return (key: number, now: number): RateVerdict => {
    const verdict = admit(windows.get(key) ?? [], now, rule)
    windows.set(key, verdict.times)
    if (windows.size > MAX_KEYS)
      for (const [k, times] of windows) if (times.every((t) => t <= now - rule.windowMs)) windows.delete(k)
    return verdict
  }
}
