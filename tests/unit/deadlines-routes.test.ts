import { describe, expect, it } from "vitest"
import {
  claimRoutes,
  DEFAULT_PAYER_TABLE,
  needsNewClaim,
  payerTable,
  type RouteClaim,
  type RouteClock
} from "../../src/deadlines"

function claim(over: Partial<RouteClaim> = {}): RouteClaim {
  return {
    payer: "UnitedHealthcare",
    portal: "uhc",
    status: "denied",
    serviceFrom: "2026-10-01",
    processedDate: "2026-10-20",
    paymentDate: null,
    remarkCodes: [],
    lines: [
      {
        procedureCode: "90837",
        modifiers: [],
        units: 1,
        serviceDate: "2026-10-01",
        billedCents: 18000,
        paidCents: 0,
        adjustments: [{ group: "CO", reason: "197", amountCents: 18000 }],
        remarkCodes: []
      }
    ],
    ...over
  }
}
const table = DEFAULT_PAYER_TABLE
const byRoute = (routes: RouteClock[], route: RouteClock["route"]) => routes.filter((r) => r.route === route)

describe("new claim: timely filing from the date of service", () => {
  it("a claim rejected before adjudication gets only the new-claim route (UnitedHealthcare 90 days)", () => {
    const r = claimRoutes(claim({ status: "rejected", processedDate: null }), table, "2026-10-25")
    expect(r.routes.map((x) => x.route)).toEqual(["new-claim"])
    expect(r.routes[0]).toMatchObject({
      deadline: "2026-12-30",
      limitDays: 90,
      from: { date: "2026-10-01", what: "date of service" },
      verify: true
    })
    expect(r.routes[0].source?.url).toMatch(/^https:\/\//)
    expect(r.first?.route).toBe("new-claim")
  })
  it("a denial whose remark code says to submit a new claim (MA130) is a new claim too", () => {
    const told = claim({
      payer: "Medicare Part B",
      portal: "generic",
      lines: [{ ...claim().lines[0], remarkCodes: ["MA130"] }]
    })
    expect(needsNewClaim(told)).toBe(true)
    expect(claimRoutes(told, table, "2026-10-25").routes.map((x) => x.route)).toEqual(["new-claim"])
    expect(claimRoutes(told, table, "2026-10-25").routes[0].deadline).toBe("2027-10-01") // 12 months from the date of service
  })
  it("NY Medicaid: 90 days from the date of service, not 95", () => {
    const r = claimRoutes(
      claim({
        payer: "NY Medicaid",
        portal: "epaces",
        status: "rejected",
        serviceFrom: "2026-01-15",
        processedDate: null
      }),
      table,
      "2026-02-01"
    )
    expect(r.family).toBe("medicaid-ny")
    expect(r.routes[0]).toMatchObject({ deadline: "2026-04-15", limitDays: 90, verify: false })
    expect(r.routes[0].source?.url).toBe("https://regs.health.ny.gov/content/section-5406-billing-medical-assistance")
  })
  it("NY Medicaid: a returned claim may be resubmitted within 60 days of the notice when that is later", () => {
    const r = claimRoutes(
      claim({ payer: "eMedNY", status: "rejected", serviceFrom: "2026-03-02", processedDate: "2026-05-20" }),
      table,
      "2026-05-25"
    )
    // 90 days from the date of service is 05/31; 60 days from the 05/20 notice is 07/19
    expect(r.routes[0]).toMatchObject({ deadline: "2026-07-19", from: { date: "2026-05-20" }, limitDays: 60 })
    expect(r.routes[0].limit).toBe("90 days from the date of service, or 60 days from the notice date if later")
  })
  it("a Medicare Advantage plan's rejected claim gets a contracted default with verify, not Medicare's 12 months", () => {
    const r = claimRoutes(
      claim({
        payer: "AARP Medicare Advantage from UHC",
        status: "rejected",
        serviceFrom: "2026-03-01",
        processedDate: null
      }),
      table,
      "2026-03-10"
    )
    expect(r.family).toBe("medicare-advantage")
    expect(r.routes[0]).toMatchObject({ deadline: "2026-05-30", limitDays: 90, verify: true })
  })
})

describe("Medicare denial: redetermination from the denial, not timely filing from the date of service", () => {
  const denied = claim({
    payer: "Medicare Part B",
    portal: "generic",
    serviceFrom: "2026-02-10",
    processedDate: "2026-03-02"
  })
  it("120 days from receipt of the initial determination, presumed 5 days after the remittance date", () => {
    const r = claimRoutes(denied, table, "2026-03-10")
    const [redetermination] = byRoute(r.routes, "reconsideration")
    expect(redetermination).toMatchObject({
      label: "Redetermination by the MAC (level 1)",
      from: { date: "2026-03-02", what: "processed date (the payer's decision)" },
      deadline: "2026-07-05",
      limitDays: 125,
      limit: "120 days from receipt (the notice date + 5 days)",
      verify: false
    })
    expect(redetermination.source?.says).toMatch(/presumed to be received 5 calendar days/)
    // the old clock counted 365 days from the date of service (02/10/2027): months after this window closes
    expect(r.first).toBe(redetermination)
  })
  it("reopening for clerical errors: 1 year from the initial determination", () => {
    const [reopening] = byRoute(claimRoutes(denied, table, "2026-03-10").routes, "reopening")
    expect(reopening).toMatchObject({ deadline: "2027-03-02", level: "reopening", verify: false })
  })
  it("no replacement claim for Medicare Part B: the route is closed with its reason", () => {
    const r = claimRoutes(denied, table, "2026-03-10")
    expect(byRoute(r.routes, "replacement")).toEqual([])
    expect(r.closed).toEqual([
      expect.objectContaining({ route: "replacement", why: expect.stringMatching(/reopening/) })
    ])
  })
  it("says the clock cannot be computed when the claim shows no processed date, rather than guessing", () => {
    const r = claimRoutes({ ...denied, processedDate: null }, table, "2026-03-10")
    const [redetermination] = byRoute(r.routes, "reconsideration")
    expect(redetermination.deadline).toBeNull()
    expect(redetermination.missing).toBe(
      "The record shows no processed date (the payer's decision): this clock cannot be computed."
    )
    expect(r.first).toBeNull()
  })
  it("a passed window is marked passed and is not the first deadline", () => {
    const r = claimRoutes(denied, table, "2026-08-01")
    expect(byRoute(r.routes, "reconsideration")[0]).toMatchObject({ passed: true, daysLeft: -27 })
    expect(r.first?.route).toBe("reopening")
  })
})

describe("replacement claim (frequency 7)", () => {
  it("a Blue plan other than Anthem: 1 year from the denial, marked verify", () => {
    const r = claimRoutes(
      claim({ payer: "Blue Cross Blue Shield of Illinois", portal: "availity", processedDate: "2026-04-15" }),
      table,
      "2026-05-01"
    )
    expect(r.family).toBe("blue-plan")
    expect(byRoute(r.routes, "replacement")[0]).toMatchObject({ deadline: "2027-04-15", verify: true })
  })
  it("a payer with no published corrected-claim limit shows the route without a date and says why", () => {
    const [replacement] = byRoute(claimRoutes(claim(), table, "2026-10-25").routes, "replacement")
    expect(replacement).toMatchObject({ deadline: null, source: null, verify: true })
    expect(replacement.missing).toMatch(/No public default found/)
  })
})

describe("reconsideration and appeal from the processed date", () => {
  it("Aetna: reconsideration within 180 days and appeal within 60 days, both from the decision; the appeal comes first", () => {
    const r = claimRoutes(
      claim({ payer: "Aetna", portal: "availity", processedDate: "2026-06-01" }),
      table,
      "2026-06-10"
    )
    expect(byRoute(r.routes, "reconsideration")[0]).toMatchObject({ deadline: "2026-11-28", verify: true })
    expect(byRoute(r.routes, "appeal")[0]).toMatchObject({ level: "first-appeal", deadline: "2026-07-31" })
    expect(r.first).toMatchObject({ route: "appeal", deadline: "2026-07-31" })
  })
  it("UnitedHealthcare: reconsideration within 12 months of the EOB", () => {
    const r = claimRoutes(claim({ processedDate: "2026-06-01" }), table, "2026-06-10")
    expect(byRoute(r.routes, "reconsideration")[0]).toMatchObject({
      deadline: "2027-06-01",
      limit: "12 months from the notice date"
    })
    expect(byRoute(r.routes, "appeal")).toEqual([]) // step 2 follows the reconsideration
  })
  it("after a denied reconsideration: UnitedHealthcare's appeal still runs from the original EOB (12 months for both steps)", () => {
    const appeals = [
      {
        level: "reconsideration" as const,
        sentDate: "2026-07-01",
        decision: { date: "2026-08-15", outcome: "denied" as const }
      }
    ]
    const r = claimRoutes(claim({ processedDate: "2026-06-01" }), table, "2026-08-20", { appeals })
    expect(r.routes.filter((x) => x.level)).toEqual([
      expect.objectContaining({ route: "appeal", level: "first-appeal", deadline: "2027-06-01" })
    ])
  })
  it("after a denied reconsideration: Anthem's appeal runs 90 days from the reconsideration decision", () => {
    const appeals = [
      {
        level: "reconsideration" as const,
        sentDate: "2026-07-01",
        decision: { date: "2026-08-15", outcome: "denied" as const }
      }
    ]
    const r = claimRoutes(
      claim({ payer: "Anthem Blue Cross Blue Shield", portal: "availity", processedDate: "2026-06-01" }),
      table,
      "2026-08-20",
      { appeals }
    )
    expect(byRoute(r.routes, "appeal")[0]).toMatchObject({ deadline: "2026-11-13", from: { date: "2026-08-15" } })
  })
  it("while an appeal waits for a decision no appeal route is open and Medicare's reopening is closed", () => {
    const appeals = [{ level: "reconsideration" as const, sentDate: "2026-04-01", decision: null }]
    const r = claimRoutes(
      claim({ payer: "Medicare", portal: "generic", processedDate: "2026-03-02" }),
      table,
      "2026-04-10",
      { appeals }
    )
    expect(r.awaiting).toEqual(appeals[0])
    expect(r.routes.filter((x) => x.level)).toEqual([])
    expect(r.closed.map((c) => c.route).sort()).toEqual(["reopening", "replacement"])
  })
  it("an approved appeal closes the appeal routes", () => {
    const appeals = [
      {
        level: "first-appeal" as const,
        sentDate: "2026-07-01",
        decision: { date: "2026-08-01", outcome: "approved" as const }
      }
    ]
    const r = claimRoutes(claim({ payer: "Cigna", portal: "cigna" }), table, "2026-08-02", { appeals })
    expect(r.routes.filter((x) => x.level)).toEqual([])
  })
  it("Medicare Advantage: plan reconsideration 65 days from the notice; after it, the IRE review is automatic", () => {
    const ma = claim({ payer: "Humana Gold Plus HMO", portal: "availity", processedDate: "2026-04-01" })
    expect(byRoute(claimRoutes(ma, table, "2026-04-05").routes, "reconsideration")[0]).toMatchObject({
      deadline: "2026-06-05",
      verify: true
    })
    const appeals = [
      {
        level: "reconsideration" as const,
        sentDate: "2026-04-20",
        decision: { date: "2026-06-01", outcome: "denied" as const }
      }
    ]
    const after = claimRoutes(ma, table, "2026-06-02", { appeals })
    expect(after.routes.filter((x) => x.level)).toEqual([])
    expect(after.closed).toContainEqual(
      expect.objectContaining({ route: "appeal", label: "Independent Review Entity (level 2, automatic)" })
    )
  })
})

describe("secondary claim from the primary's EOB date", () => {
  const paid = claim({ status: "paid", processedDate: "2026-05-04", paymentDate: "2026-05-06" })
  it("Cigna as secondary: 90 days from the primary's EOB", () => {
    const r = claimRoutes(paid, table, "2026-05-10", { secondary: { payer: "Cigna", portal: "cigna" } })
    expect(r.routes).toEqual([
      expect.objectContaining({
        route: "secondary",
        label: "Secondary claim to Cigna",
        deadline: "2026-08-02",
        from: { date: "2026-05-04", what: "primary payer's EOB date" }
      })
    ])
  })
  it("falls back to the payment date when the primary shows no processed date", () => {
    const r = claimRoutes({ ...paid, processedDate: null }, table, "2026-05-10", { secondary: { payer: "Cigna" } })
    expect(r.routes[0]).toMatchObject({ deadline: "2026-08-04", from: { date: "2026-05-06" } })
  })
  it("NY Medicaid after another insurer: 30 days from the primary's decision when later than 90 days from the date of service", () => {
    const r = claimRoutes({ ...paid, serviceFrom: "2026-01-10", processedDate: "2026-05-01" }, table, "2026-05-10", {
      secondary: { payer: "New York State Medicaid" }
    })
    expect(r.routes[0]).toMatchObject({ deadline: "2026-05-31", verify: true })
  })
  it("a secondary payer the table does not know gets no date", () => {
    const r = claimRoutes(paid, table, "2026-05-10", { secondary: { payer: "Keystone Behavioral Health Plan" } })
    expect(r.routes[0]).toMatchObject({ route: "secondary", deadline: null })
    expect(r.routes[0].missing).toMatch(/not in the deadline table/)
  })
})

describe("payers outside the table and the user's own values", () => {
  it("a payer the table does not know gets no routes, with the reason", () => {
    const r = claimRoutes(claim({ payer: "Keystone Behavioral Health Plan", portal: "generic" }), table, "2026-10-25")
    expect(r).toMatchObject({ family: null, routes: [], first: null })
    expect(r.missing).toMatch(/not in the deadline table/)
  })
  it("an edited limit replaces the default and no longer asks to verify", () => {
    const edited = payerTable({ unitedhealthcare: { timelyFiling: { amount: 180, unit: "days" } } })
    const r = claimRoutes(claim({ status: "rejected" }), edited, "2026-10-25")
    expect(r.routes[0]).toMatchObject({ deadline: "2027-03-30", verify: false, edited: true })
  })
})
