import { describe, expect, it } from "vitest"
import { delayAfter, unlockThrottle, UNLOCK_THROTTLE } from "../../src/crypto"

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0)
const failures = (n: number, everyMs = 1000) =>
  Array.from({ length: n }, (_, i) => new Date(T0 + i * everyMs).toISOString())

describe("unlock throttling", () => {
  it("lets the first five wrong passphrases through at once", () => {
    for (let n = 0; n < 5; n++)
      expect(unlockThrottle(failures(n), T0 + 5000)).toMatchObject({
        allowed: true,
        waitMs: 0,
        retryAt: null,
        failures: n
      })
  })

  it("after five, waits 30 s from the last failure, then doubles, capped at 15 minutes", () => {
    expect([5, 6, 7, 8, 9, 10, 11, 12, 40, 1000].map((n) => delayAfter(n))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000, 900_000, 900_000
    ])
    const five = failures(5)
    const last = T0 + 4000
    expect(unlockThrottle(five, last + 10_000)).toEqual({
      allowed: false,
      waitMs: 20_000,
      retryAt: new Date(last + 30_000).toISOString(),
      failures: 5
    })
    expect(unlockThrottle(five, last + 30_000)).toMatchObject({ allowed: true, waitMs: 0 })
    const six = failures(6)
    expect(unlockThrottle(six, T0 + 5000 + 59_999)).toMatchObject({ allowed: false, waitMs: 1 })
  })

  it("does not shorten the wait when the clock is set back or a time is unreadable", () => {
    const five = failures(5)
    expect(unlockThrottle(five, T0 - 3_600_000)).toMatchObject({ allowed: false, waitMs: 30_000 })
    const withJunk = [...failures(4), "not a time"]
    expect(unlockThrottle(withJunk, T0 + 10_000)).toMatchObject({ allowed: false, waitMs: 30_000, failures: 5 })
  })

  it("is a pure function of the history and now (Date, number or ISO string)", () => {
    const h = failures(7)
    const now = T0 + 100_000
    expect(unlockThrottle(h, now)).toEqual(
      unlockThrottle(
        h.map((s) => new Date(s)),
        new Date(now).toISOString()
      )
    )
    expect(unlockThrottle(h, now, { ...UNLOCK_THROTTLE, freeAttempts: 10 })).toMatchObject({ allowed: true })
  })
})
