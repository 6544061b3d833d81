import { describe, expect, it } from "vitest"
import { buildOverview, watchAuthorization } from "../../src/tracking/overview"
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import { daysBetween, localDate } from "../../src/dates/calendar"
import { overviewAnswer } from "../../src/worker/overview-answer"
import { patientKey } from "../../src/browse/patient"
import { practice } from "../bench/reminders"
import { freshDb, unlockedStore } from "./helpers"

function auth(over: Partial<StoredAuthorization>): StoredAuthorization {
  return {
    key: `p|${over.authNumber ?? "A1"}`,
    portal: "availity",
    sourceUrl: "",
    firstSeenAt: "",
    lastChangedAt: "",
    authNumber: "A1",
    payer: "Payer",
    patient: { name: "X", memberId: "M1", dateOfBirth: null },
    status: "approved",
    statusText: "Approved",
    serviceCodes: ["90837"],
    startDate: "2026-09-01",
    endDate: "2026-12-31",
    unitsApproved: 12,
    unitsUsed: 2,
    unitsRemaining: 10,
    unitType: "visits",
    ...over
  }
}
function claim(over: Partial<StoredClaim>): StoredClaim {
  return {
    key: `p|${over.claimNumber ?? "C1"}`,
    portal: "availity",
    sourceUrl: "",
    firstSeenAt: "",
    lastChangedAt: "",
    resolution: null,
    claimNumber: "C1",
    payer: "Payer",
    patient: { name: "X", memberId: "M1", dateOfBirth: null },
    serviceFrom: "2026-10-01",
    serviceTo: "2026-10-01",
    status: "denied",
    statusText: "Denied",
    billedCents: 100,
    allowedCents: null,
    paidCents: 0,
    patientResponsibilityCents: null,
    receivedDate: null,
    processedDate: null,
    paymentDate: null,
    checkNumber: null,
    adjustments: [],
    remarkCodes: [],
    diagnosisCodes: [],
    lines: [],
    ...over
  }
}
const today = "2026-11-27"

describe("authorization watch", () => {
  it("warns at exactly 3 visits left, not at 4 (of 12)", () => {
    expect(watchAuthorization(auth({ unitsApproved: 12, unitsRemaining: 3 }), today).flags).toEqual(["low"])
    expect(watchAuthorization(auth({ unitsApproved: 12, unitsRemaining: 4 }), today).flags).toEqual([])
  })
  it("warns at 20% of approved", () => {
    expect(watchAuthorization(auth({ unitsApproved: 40, unitsRemaining: 8 }), today).flags).toEqual(["low"])
    expect(watchAuthorization(auth({ unitsApproved: 40, unitsRemaining: 9 }), today).flags).toEqual([])
  })
  it("is exhausted at 0 remaining", () => {
    expect(watchAuthorization(auth({ unitsRemaining: 0 }), today)).toMatchObject({
      flags: ["exhausted"],
      needsAttention: true
    })
  })
  it("computes remaining from approved − used when the page states no remainder", () => {
    expect(watchAuthorization(auth({ unitsApproved: 12, unitsUsed: 10, unitsRemaining: null }), today).remaining).toBe(
      2
    )
  })
  it("ends soon at 14 days, not 15; ends today is 0 days; expired after the end date", () => {
    expect(watchAuthorization(auth({ endDate: "2026-12-11" }), today).flags).toEqual(["expiring"])
    expect(watchAuthorization(auth({ endDate: "2026-12-12" }), today).flags).toEqual([])
    expect(watchAuthorization(auth({ endDate: today }), today)).toMatchObject({ daysLeft: 0, flags: ["expiring"] })
    expect(watchAuthorization(auth({ endDate: "2026-11-26" }), today)).toMatchObject({
      daysLeft: -1,
      flags: ["expired"],
      needsAttention: false
    })
  })
  it("does not flag pending or denied requests", () => {
    expect(watchAuthorization(auth({ status: "pending", unitsRemaining: 1 }), today).needsAttention).toBe(false)
  })
})

describe("overview", () => {
  it("lists open denials, rejections and partial payments; a resolved denial is closed", () => {
    const o = buildOverview(
      [
        claim({ claimNumber: "D1" }),
        claim({ claimNumber: "R1", status: "rejected" }),
        claim({ claimNumber: "PP", status: "partially_paid", paidCents: 50 }),
        claim({ claimNumber: "OK", status: "paid", paidCents: 100 }),
        claim({ claimNumber: "RS", resolution: { reason: "appealed", at: "2026-11-01" } })
      ],
      [auth({ authNumber: "LOW", unitsRemaining: 2 }), auth({ authNumber: "FINE" })],
      today
    )
    expect(o.denials.map((c) => c.claimNumber).sort()).toEqual(["D1", "PP", "R1"])
    expect(o.authorizations[0].authNumber).toBe("LOW")
    expect(o.attentionCount).toBe(4)
  })
})

describe("calendar", () => {
  it("counts whole days across a leap day and DST changes", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2)
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2)
    expect(daysBetween("2026-11-27", "2026-11-20")).toBe(-7)
  })
  it("takes today's date from the local calendar", () => {
    expect(localDate(new Date(2026, 0, 1, 0, 30))).toBe("2026-01-01")
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31")
  })
})

describe("the popup's first answer (a limit on the lists)", () => {
  it("holds the first rows, the whole lists' lengths, and every authorization of the patients on the denials shown", async () => {
    const db = freshDb()
    try {
      const { auths, claims } = practice(200, 1000)
      const store = await unlockedStore(db)
      await store.applyChange(() => ({ claims, auths, history: [] }))
      const now = new Date(2026, 10, 27, 10)
      const records = await store.records()
      expect([records.claims.length, records.auths.length]).toEqual([claims.length, auths.length])
      const whole = overviewAnswer(new Map(), records, now, undefined, null)
      const first = overviewAnswer(new Map(), records, now, 5, null)
      expect(whole.partial).toBe(false)
      expect(first.partial).toBe(true)
      expect(first.counts).toEqual({
        reminders: whole.reminders.length,
        denials: whole.overview.denials.length,
        authorizations: whole.overview.authorizations.length
      })
      expect(first.overview.denials).toEqual(whole.overview.denials.slice(0, 5))
      expect(first.reminders).toEqual(whole.reminders.slice(0, 5))
      const shownPatients = new Set(first.overview.denials.map((c) => patientKey(c.patient)))
      expect(first.overview.authorizations).toEqual(
        whole.overview.authorizations.filter((a) => shownPatients.has(patientKey(a.patient)))
      )
      expect(first.overview.authorizations.length).toBeGreaterThan(0)
      expect(first.receivables).toEqual(whole.receivables)
    } finally {
      await db.delete()
    }
  })
})
