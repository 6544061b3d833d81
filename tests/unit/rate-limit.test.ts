// The per-tab capture limit: at most `max` let through in any window, refused attempts not counted, each key apart.
import { describe, expect, it } from "vitest"
import { admit, CAPTURE_RATE, makeRateLimiter } from "../../src/worker/rate-limit"

const rule = { max: 3, windowMs: 10_000 }

describe("admit (a sliding window)", () => {
  it("lets `max` through in a window, refuses the next, and says when a slot frees", () => {
    let times: number[] = []
    for (const now of [1000, 2000, 3000]) {
      const v = admit(times, now, rule)
      expect(v.allowed).toBe(true)
      times = v.times
    }
    const refused = admit(times, 4000, rule)
    expect(refused).toEqual({ allowed: false, times: [1000, 2000, 3000], retryAfterMs: 7000 })
    // the first one leaves the window at 11,000 ms: 10,999 still refused, 11,000 let through
    expect(admit(times, 10_999, rule).allowed).toBe(false)
    const later = admit(times, 11_000, rule)
    expect(later.allowed).toBe(true)
    expect(later.times).toEqual([2000, 3000, 11_000])
  })

  it("does not count refused attempts: a tab that keeps trying is let through once the window moves", () => {
    let times: number[] = []
    let allowed = 0
    for (let now = 0; now < 20_000; now += 100) {
      const v = admit(times, now, rule)
      times = v.times
      if (v.allowed) allowed++
    }
    // 200 attempts over 20 s: 3 in each 10 s window
    expect(allowed).toBe(6)
  })

  it("ignores times from a clock that went backwards rather than refusing for ever", () => {
    const v = admit([50_000, 50_001, 50_002], 1000, rule)
    expect(v.allowed).toBe(true)
    expect(v.times).toEqual([1000])
  })
})

describe("makeRateLimiter (one window per tab)", () => {
  it("keeps tabs apart", () => {
    const limit = makeRateLimiter(rule)
    expect([1, 1, 1, 1].map((tab, i) => limit(tab, i).allowed)).toEqual([true, true, true, false])
    expect(limit(2, 5).allowed).toBe(true)
    expect(limit(1, 10_001).allowed).toBe(true)
  })

  it("the captures' rule lets a page that changes every settle (600 ms) through, with frames to spare", () => {
    const limit = makeRateLimiter(CAPTURE_RATE)
    // three frames of one tab, each sending a capture every 600 ms for a minute
    let refused = 0
    for (let now = 0; now < 60_000; now += 600)
      for (let frame = 0; frame < 3; frame++) if (!limit(7, now).allowed) refused++
    expect(refused).toBe(0)
    // a flood from one tab is cut at the rule's max per window
    const flood = Array.from({ length: 1000 }, (_, i) => limit(8, 100_000 + i).allowed).filter(Boolean).length
    expect(flood).toBe(CAPTURE_RATE.max)
  })
})
