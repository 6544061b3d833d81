// Which stored authorization covers a claim line: person, payer, status, dates, codes, units in date order.
import { describe, expect, it } from "vitest"
import {
  coverClaims,
  coverLine,
  datesHold,
  serviceWasAuthorized,
  type CoverageAuth,
  type CoverageClaim
} from "../../src/coding/authorization-coverage"

const rivera = { name: "RIVERA, MARIA", memberId: "XGH884512301", dateOfBirth: "1988-03-14" }

function auth(over: Partial<CoverageAuth> = {}): CoverageAuth {
  return {
    authNumber: "A261002210",
    payer: "Anthem Blue Cross Blue Shield",
    patient: rivera,
    status: "approved",
    statusText: "Approved",
    serviceCodes: ["90834", "90837"],
    startDate: "2026-09-01",
    endDate: "2026-11-30",
    unitsApproved: 12,
    unitsUsed: null,
    unitsRemaining: null,
    unitType: "visits",
    portal: "availity",
    ...over
  }
}

function claim(claimNumber: string, date: string, codes: string[], over: Partial<CoverageClaim> = {}): CoverageClaim {
  return {
    claimNumber,
    payer: "Anthem Blue Cross Blue Shield",
    patient: rivera,
    serviceFrom: date,
    status: "pending",
    portal: "availity",
    lines: codes.map((procedureCode) => ({
      procedureCode,
      modifiers: [],
      units: 1,
      serviceDate: date,
      billedCents: 15000,
      paidCents: null,
      adjustments: [],
      remarkCodes: []
    })),
    ...over
  }
}

describe("authorization coverage", () => {
  it("covers a line of the same person and payer, spelled differently, within dates and listed codes", () => {
    const c = claim("C1", "2026-10-07", ["90834"], {
      payer: "ANTHEM BLUE CROSS BLUE SHIELD",
      patient: { name: "Maria Rivera", memberId: "xgh884512301", dateOfBirth: null }
    })
    const a = auth()
    expect(coverLine(c, 0, [a])).toMatchObject({
      verdict: "covered",
      authorization: a,
      unitsChecked: true,
      used: 1,
      capacity: 12
    })
    expect(serviceWasAuthorized(c, 0, [a])).toBe(true)
  })

  it("does not take another member ID with the same name for the client", () => {
    const c = claim("C1", "2026-10-07", ["90834"])
    const other = auth({ patient: { ...rivera, memberId: "XGH000000000" } })
    expect(coverLine(c, 0, [other]).verdict).toBe("no-authorization")
  })

  it("does not take another payer's authorization", () => {
    expect(coverLine(claim("C1", "2026-10-07", ["90834"]), 0, [auth({ payer: "Aetna" })]).verdict).toBe(
      "no-authorization"
    )
  })

  it("dates: the start and end days are inside; a day after is outside", () => {
    const a = auth()
    expect(coverLine(claim("C1", "2026-09-01", ["90834"]), 0, [a]).verdict).toBe("covered")
    expect(coverLine(claim("C1", "2026-11-30", ["90834"]), 0, [a]).verdict).toBe("covered")
    expect(coverLine(claim("C1", "2026-12-01", ["90834"]), 0, [a]).verdict).toBe("outside-dates")
    expect(coverLine(claim("C1", "2026-08-31", ["90834"]), 0, [a]).verdict).toBe("outside-dates")
  })

  it("a missing end date is unclear, never covered", () => {
    expect(datesHold({ startDate: "2026-09-01", endDate: null }, "2026-10-01")).toBe("unknown")
    expect(datesHold({ startDate: "2026-09-01", endDate: null }, "2026-08-01")).toBe("no")
    const v = coverLine(claim("C1", "2026-10-07", ["90834"]), 0, [auth({ endDate: null })])
    expect(v.verdict).toBe("unclear")
    expect(serviceWasAuthorized(claim("C1", "2026-10-07", ["90834"]), 0, [auth({ endDate: null })])).toBe(false)
  })

  it("status: expired still covered its dates; unknown is unclear; pending or denied is not approved", () => {
    const c = claim("C1", "2026-10-07", ["90834"])
    expect(coverLine(c, 0, [auth({ status: "expired" })]).verdict).toBe("covered")
    expect(coverLine(c, 0, [auth({ status: "partially_approved" })]).verdict).toBe("covered")
    expect(coverLine(c, 0, [auth({ status: "unknown" })]).verdict).toBe("unclear")
    expect(coverLine(c, 0, [auth({ status: "pending" })]).verdict).toBe("not-approved")
    expect(coverLine(c, 0, [auth({ status: "denied" })]).verdict).toBe("not-approved")
  })

  it("codes: a listed code fits whatever its modifiers; an authorization listing no codes takes any", () => {
    expect(coverLine(claim("C1", "2026-10-07", ["90837-95"]), 0, [auth()]).verdict).toBe("covered")
    expect(coverLine(claim("C1", "2026-10-07", ["90832"]), 0, [auth()])).toMatchObject({ verdict: "code-not-listed" })
    expect(coverLine(claim("C1", "2026-10-07", ["90832"]), 0, [auth({ serviceCodes: [] })]).verdict).toBe("covered")
  })

  it("visits: the 13th visit date on a 12-visit authorization is over; an add-on the same day costs nothing", () => {
    const a = auth()
    const claims = Array.from({ length: 13 }, (_, i) =>
      claim(`C${i}`, `2026-10-${String(i + 1).padStart(2, "0")}`, ["90834", "90785"])
    )
    const cover = coverClaims(claims, [{ ...a, serviceCodes: [] }])
    expect(cover[11].map((l) => l.verdict)).toEqual(["covered", "covered"])
    expect(cover[11][1]).toMatchObject({ used: 12, capacity: 12 })
    expect(cover[12].map((l) => l.verdict)).toEqual(["units-exceeded", "units-exceeded"])
    expect(cover[12][0]).toMatchObject({ used: 13, capacity: 12 })
  })

  it("counts in date-of-service order, whatever order the claims come in", () => {
    const a = auth({ unitsApproved: 1 })
    const late = claim("LATE", "2026-10-20", ["90834"])
    const early = claim("EARLY", "2026-10-06", ["90834"])
    const cover = coverClaims([late, early], [a])
    expect(cover[0][0].verdict).toBe("units-exceeded")
    expect(cover[1][0].verdict).toBe("covered")
  })

  it("units: sums the lines' units; rejected claims use none", () => {
    const a = auth({ unitType: "units", unitsApproved: 4, serviceCodes: ["H0004"] })
    const first = claim("C1", "2026-10-01", ["H0004"])
    first.lines[0].units = 3
    const rejected = claim("C2", "2026-10-02", ["H0004"], { status: "rejected" })
    rejected.lines[0].units = 4
    const second = claim("C3", "2026-10-03", ["H0004"])
    second.lines[0].units = 2
    const cover = coverClaims([first, rejected, second], [a])
    expect(cover.map((c) => c[0].verdict)).toEqual(["covered", "covered", "units-exceeded"])
    expect(cover[2][0]).toMatchObject({ used: 5, capacity: 4 })
  })

  it("moves on to a second authorization covering the date when the first is used up", () => {
    const older = auth({ authNumber: "OLD", unitsApproved: 1, endDate: "2026-10-31" })
    const newer = auth({ authNumber: "NEW", unitsApproved: 10, startDate: "2026-10-01", endDate: "2027-01-31" })
    const cover = coverClaims(
      [claim("C1", "2026-10-05", ["90834"]), claim("C2", "2026-10-12", ["90834"])],
      [newer, older]
    )
    expect(cover[0][0].authorization?.authNumber).toBe("OLD")
    expect(cover[1][0].authorization?.authNumber).toBe("NEW")
  })

  it("an authorization without an approved count covers but says the units were not checked", () => {
    expect(coverLine(claim("C1", "2026-10-07", ["90834"]), 0, [auth({ unitsApproved: null })])).toMatchObject({
      verdict: "covered",
      unitsChecked: false
    })
    // only used and remaining shown: their sum stands for the approved count
    const fromUsed = auth({ unitsApproved: null, unitsUsed: 2, unitsRemaining: 1 })
    const visits = ["2026-10-01", "2026-10-08", "2026-10-15"].map((d, i) => claim(`C${i}`, d, ["90834"]))
    const fourth = claim("C4", "2026-10-22", ["90834"])
    expect(coverLine(visits[2], 0, [fromUsed], visits)).toMatchObject({
      verdict: "covered",
      capacity: 3,
      unitsChecked: true
    })
    expect(coverLine(fourth, 0, [fromUsed], visits)).toMatchObject({ verdict: "units-exceeded", capacity: 3 })
  })

  it("coverLine counts the other claims it is given", () => {
    const a = auth({ unitsApproved: 2 })
    const earlier = [claim("C1", "2026-10-01", ["90834"]), claim("C2", "2026-10-08", ["90834"])]
    const now = claim("C3", "2026-10-15", ["90834"])
    expect(coverLine(now, 0, [a]).verdict).toBe("covered")
    expect(coverLine(now, 0, [a], earlier).verdict).toBe("units-exceeded")
    expect(serviceWasAuthorized(now, 0, [a], earlier)).toBe(false)
  })

  it("a line without a date of service cannot be judged", () => {
    const c = claim("C1", "2026-10-07", ["90834"], { serviceFrom: null })
    c.lines[0].serviceDate = null
    expect(coverLine(c, 0, [auth()]).verdict).toBe("no-date")
  })
})
