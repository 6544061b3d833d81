import { describe, expect, it } from "vitest"
import {
  AppealRecord,
  appealReminders,
  claimRoutes,
  DEFAULT_PAYER_TABLE,
  routeReminder,
  trackAppeal,
  type AppealRecord as Appeal
} from "../../src/deadlines"

const medicare = DEFAULT_PAYER_TABLE.medicare
const claim = { processedDate: "2026-03-02" } // the remittance date of the Medicare denial

describe("an appeal's decision-due date", () => {
  const redetermination: Appeal = { level: "reconsideration", sentDate: "2026-04-01", decision: null }
  it("Medicare redetermination: decided within 60 days of the date sent", () => {
    const s = trackAppeal(redetermination, medicare, claim, "2026-05-15")
    expect(s).toMatchObject({
      label: "Redetermination by the MAC (level 1)",
      overdue: false,
      daysOverdue: null,
      next: null
    })
    expect(s.decisionDue).toMatchObject({
      deadline: "2026-05-31",
      limitDays: 60,
      from: { date: "2026-04-01", what: "date sent" },
      verify: false
    })
  })
  it("is overdue the day after the decision was due without one", () => {
    expect(trackAppeal(redetermination, medicare, claim, "2026-05-31").overdue).toBe(false)
    expect(trackAppeal(redetermination, medicare, claim, "2026-06-02")).toMatchObject({ overdue: true, daysOverdue: 2 })
  })
  it("a decided appeal is never overdue", () => {
    const decided = { ...redetermination, decision: { date: "2026-06-20", outcome: "approved" as const } }
    expect(trackAppeal(decided, medicare, claim, "2026-07-01")).toMatchObject({ overdue: false, next: null })
  })
  it("Aetna counts its appeal decision in business days, skipping weekends and federal holidays", () => {
    const aetna: Appeal = { level: "first-appeal", sentDate: "2026-11-02", decision: null }
    // 60 business days from Monday 11/02/2026 skip Veterans Day, Thanksgiving, Christmas, New Year's Day and
    // MLK Day: Monday 02/01/2027 (91 calendar days)
    expect(trackAppeal(aetna, DEFAULT_PAYER_TABLE.aetna, claim, "2026-11-03").decisionDue).toMatchObject({
      deadline: "2027-02-01",
      limitDays: 91,
      limit: "60 business days from the date sent",
      verify: true
    })
  })
  it("a payer that publishes no decision window gets none, not a guess", () => {
    const uhc: Appeal = { level: "reconsideration", sentDate: "2026-07-01", decision: null }
    expect(trackAppeal(uhc, DEFAULT_PAYER_TABLE.unitedhealthcare, claim, "2026-12-01")).toMatchObject({
      decisionDue: null,
      overdue: false
    })
  })
})

describe("the next level's deadline once denied again", () => {
  it("Medicare: a denied redetermination opens the QIC reconsideration, 180 days from receipt of the decision", () => {
    const denied: Appeal = {
      level: "reconsideration",
      sentDate: "2026-04-01",
      decision: { date: "2026-05-20", outcome: "denied" }
    }
    const s = trackAppeal(denied, medicare, claim, "2026-05-25")
    expect(s.next).toMatchObject({
      route: "appeal",
      level: "second-appeal",
      label: "Reconsideration by a QIC (level 2)",
      from: { date: "2026-05-20" },
      deadline: "2026-11-21",
      limitDays: 185
    })
  })
  it("Medicare: a denied QIC reconsideration opens the ALJ hearing, 60 days from receipt", () => {
    const qic: Appeal = {
      level: "second-appeal",
      sentDate: "2026-09-01",
      decision: { date: "2026-12-01", outcome: "partially-approved" }
    }
    expect(trackAppeal(qic, medicare, claim, "2026-12-02").next).toMatchObject({
      level: "external-review",
      deadline: "2027-02-04"
    })
  })
  it("the last level says so", () => {
    const alj: Appeal = {
      level: "external-review",
      sentDate: "2027-01-10",
      decision: { date: "2027-04-01", outcome: "denied" }
    }
    expect(trackAppeal(alj, medicare, claim, "2027-04-02")).toMatchObject({
      next: null,
      nextMissing: "The last level in the table."
    })
  })
  it("Medicare Advantage: after a denied plan reconsideration the IRE review is automatic, nothing to file", () => {
    const ma: Appeal = {
      level: "reconsideration",
      sentDate: "2026-04-20",
      decision: { date: "2026-06-01", outcome: "denied" }
    }
    const s = trackAppeal(ma, DEFAULT_PAYER_TABLE["medicare-advantage"], claim, "2026-06-02")
    expect(s.next).toBeNull()
    expect(s.nextMissing).toMatch(/^Independent Review Entity .*forwards/)
  })
  it("a refused reopening leaves the redetermination clock running from the claim's own processed date", () => {
    const reopening: Appeal = {
      level: "reopening",
      sentDate: "2026-03-10",
      decision: { date: "2026-03-25", outcome: "denied" }
    }
    const s = trackAppeal(reopening, medicare, claim, "2026-03-26")
    expect(s).toMatchObject({ label: "Reopening (clerical error)", decisionDue: null })
    expect(s.next).toMatchObject({ level: "reconsideration", deadline: "2026-07-05", from: { date: "2026-03-02" } })
  })
})

describe("appeal records at the boundary", () => {
  it("parses a record and refuses an unknown level or a bad date by name", () => {
    const ok = { level: "first-appeal", sentDate: "2026-07-01", decision: { date: "2026-08-01", outcome: "denied" } }
    expect(AppealRecord.parse(ok)).toEqual(ok)
    expect(() => AppealRecord.parse({ ...ok, level: "third-appeal" })).toThrow(/level/)
    expect(() => AppealRecord.parse({ ...ok, sentDate: "07/01/2026" })).toThrow(/YYYY-MM-DD/)
    expect(() => AppealRecord.parse({ ...ok, decision: { date: "2026-08-01", outcome: "lost" } })).toThrow(/outcome/)
  })
})

describe("reminders: decision overdue, next-level deadline near, the first route's deadline", () => {
  const who = "G.O. · Medicare Part B"
  it("fires 'decision overdue' the day after the due date and 'next level' 30 days before its deadline", () => {
    const waiting = trackAppeal(
      { level: "reconsideration", sentDate: "2026-04-01", decision: null },
      medicare,
      claim,
      "2026-06-02"
    )
    const denied = trackAppeal(
      { level: "reconsideration", sentDate: "2026-04-01", decision: { date: "2026-05-20", outcome: "denied" } },
      medicare,
      claim,
      "2026-05-25"
    )
    expect(appealReminders("medicare|C9", who, [waiting, denied], 30)).toEqual([
      {
        id: "appeal-decision-overdue:medicare|C9:reconsideration:2026-04-01",
        kind: "appeal-decision-overdue",
        recordKey: "medicare|C9",
        dueDate: "2026-06-01",
        eventDate: "2026-05-31",
        title: "Appeal decision overdue",
        body: "G.O. · Medicare Part B · Redetermination by the MAC (level 1) sent 04/01/2026 · decision was due 05/31/2026"
      },
      {
        id: "appeal-next-level:medicare|C9:second-appeal:2026-11-21",
        kind: "appeal-next-level",
        recordKey: "medicare|C9",
        dueDate: "2026-10-22",
        eventDate: "2026-11-21",
        title: "Next appeal level deadline",
        body: "G.O. · Medicare Part B · Reconsideration by a QIC (level 2) by 11/21/2026"
      }
    ])
  })
  it("a reminder for the route whose deadline comes first (Aetna's appeal before its reconsideration)", () => {
    const aetna = {
      payer: "Aetna",
      status: "denied" as const,
      serviceFrom: "2026-05-12",
      processedDate: "2026-06-01",
      paymentDate: null,
      remarkCodes: [],
      lines: []
    }
    const { routes } = claimRoutes(aetna, DEFAULT_PAYER_TABLE, "2026-06-10")
    expect(routeReminder("aetna|A1", "G.O. · Aetna", routes, 14)).toEqual({
      id: "claim-route-deadline:aetna|A1:appeal:2026-07-31",
      kind: "claim-route-deadline",
      recordKey: "aetna|A1",
      dueDate: "2026-07-17",
      eventDate: "2026-07-31",
      title: "Appeal (level 1): deadline",
      body: "G.O. · Aetna · Appeal (level 1) by 07/31/2026 (verify against your contract)"
    })
  })
  it("no route reminder when every deadline has passed or none can be computed", () => {
    const late = {
      payer: "Medicare",
      status: "denied" as const,
      serviceFrom: "2024-01-10",
      processedDate: "2024-02-01",
      paymentDate: null,
      remarkCodes: [],
      lines: []
    }
    expect(routeReminder("m|1", who, claimRoutes(late, DEFAULT_PAYER_TABLE, "2026-06-10").routes, 30)).toBeNull()
    const noDate = { ...late, processedDate: null }
    expect(routeReminder("m|1", who, claimRoutes(noDate, DEFAULT_PAYER_TABLE, "2024-02-10").routes, 30)).toBeNull()
  })
})
