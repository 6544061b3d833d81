// The deadline table wired into PayerLens: the A/R drill-down rows show each route with its date, the reminders
// choose the route whose deadline comes first, the old timely-filing settings migrate, and an appeal recorded
// with claim/appeal keeps the claim on A/R with its decision-due date and, once denied, the next level's deadline.
import { afterEach, describe, expect, it } from "vitest"
import type { Capture, Claim } from "../../src/model/capture"
import type { StoredClaim } from "../../src/model/records"
import type { BodyOf, MessageType } from "../../src/messages"
import { checkReply } from "../../src/messages/send"
import { Backup } from "../../src/messages/backup"
import { handleMessage } from "../../src/worker/dispatch"
import { computeReminders } from "../../src/tracking/reminders"
import { remindersFor, type Records } from "../../src/tracking/tick"
import { DEFAULT_SETTINGS, migrateSettings, TrackingSettings } from "../../src/tracking/settings"
import { claimDeadlines, deadlinesOf, tableOf } from "../../src/receivables/filing-clock"
import { listFixtures } from "../sandbox/pages"
import { ok, POPUP_SENDER, workerDeps } from "./helpers"

const TODAY = "2026-11-27"
let now = new Date(`${TODAY}T15:00:00Z`)
let made: Awaited<ReturnType<typeof workerDeps>>[] = []
afterEach(async () => {
  await Promise.all(made.map((m) => m.db.delete()))
  made = []
  now = new Date(`${TODAY}T15:00:00Z`)
})

async function deps() {
  const m = await workerDeps({ now: () => now })
  made.push(m)
  return m
}

type D = Awaited<ReturnType<typeof workerDeps>>["d"]
const ask = async <T extends MessageType>(d: D, type: T, body: BodyOf<T>) =>
  ok(checkReply(type, await handleMessage({ ...body, type }, POPUP_SENDER, d)))
const refused = async <T extends MessageType>(d: D, type: T, body: BodyOf<T>) => {
  const reply = checkReply(type, await handleMessage({ ...body, type }, POPUP_SENDER, d))
  if (reply.ok) throw new Error(`expected a refusal, got ${JSON.stringify(reply)}`)
  return reply.error
}

async function submit(d: D, capture: Capture) {
  const host = new URL(capture.url).host
  const sender = { id: "abcdefghijklmnopabcdefghijklmnop", url: capture.url, tab: { id: 3 } }
  const reply = await handleMessage({ type: "capture/submit", capture }, sender, {
    ...d,
    grants: async () => ({ matches: [`https://${host}/*`], tabs: {} })
  })
  expect(reply.ok).toBe(true)
}
const fixture = (portal: string, name: string) =>
  structuredClone(listFixtures().find((f) => f.portal === portal && f.name === name)!.expected) as Capture

/** A Part B denial as a claim-status detail page shows it: CO-50, processed 10/15/2026. */
const medicareClaim = (over: Partial<Claim> = {}): Claim => ({
  claimNumber: "26288000111",
  payer: "Medicare Part B",
  patient: { name: "OKAFOR, GRACE", memberId: "1EG4TE5MK73", dateOfBirth: null },
  serviceFrom: "2026-09-14",
  serviceTo: "2026-09-14",
  status: "denied",
  statusText: "Denied",
  billedCents: 17_500,
  allowedCents: null,
  paidCents: 0,
  patientResponsibilityCents: null,
  receivedDate: "2026-09-22",
  processedDate: "2026-10-15",
  paymentDate: null,
  checkNumber: null,
  adjustments: [{ group: "CO", reason: "50", amountCents: 17_500 }],
  remarkCodes: ["N115"],
  diagnosisCodes: ["F33.1"],
  lines: [],
  ...over
})
const captureOf = (...claims: Claim[]): Capture => ({
  version: 1,
  portal: "availity",
  url: "https://apps.availity.com/public/apps/claim-status/results",
  pageKind: "claim-detail",
  claims,
  authorizations: [],
  warnings: []
})
const stored = (c: Claim, over: Partial<StoredClaim> = {}): StoredClaim => ({
  ...c,
  key: `k|${c.claimNumber}`,
  portal: "availity",
  sourceUrl: "",
  firstSeenAt: "2026-10-16T00:00:00Z",
  lastChangedAt: "2026-10-16T00:00:00Z",
  resolution: null,
  ...over
})

describe("A/R drill-down rows carry each route with its date, its start and its source", () => {
  it("NY Medicaid (ePACES): a rejected claim's new claim is due 90 days from the date of service, not 95", async () => {
    const { d } = await deps()
    await submit(d, fixture("epaces", "01-claim-status-worklist"))
    const { rows } = await ask(d, "receivables/list", { filter: { payer: "NY Medicaid" } })
    const byNumber = Object.fromEntries(rows.map((r) => [r.claim.claimNumber, r]))
    const rejected = byNumber["2026310000330412"].deadlines! // DOS 10/12/2026
    expect(rejected.routes.map((r) => r.route)).toEqual(["new-claim"])
    expect(rejected.first).toMatchObject({
      route: "new-claim",
      label: "New claim (rejected before adjudication)",
      deadline: "2027-01-10",
      daysLeft: 44,
      limitDays: 90,
      from: { date: "2026-10-12", what: "date of service" },
      verify: false,
      source: { name: expect.any(String), url: expect.stringMatching(/^https:\/\//) }
    })
    // the denied claim: the table publishes no NY Medicaid adjustment or appeal window, so no date is guessed
    const denied = byNumber["2026301000123999"].deadlines!
    expect(denied.first).toBeNull()
    expect(denied.routes.map((r) => [r.route, r.deadline, r.verify])).toEqual([
      ["replacement", null, true],
      ["appeal", null, true]
    ])
    expect(denied.routes.every((r) => r.missing && r.missing.length > 10)).toBe(true)
    // a pending claim has no routes; the rejected claim's deadline is the soonest, so it comes first
    expect(byNumber["2026308000221780"].deadlines).toBeNull()
    expect(rows[0].claim.claimNumber).toBe("2026310000330412")
  })

  it("Medicare: the redetermination runs 120 days from receipt of the denial, beside the reopening", async () => {
    const { d } = await deps()
    await submit(d, captureOf(medicareClaim()))
    const { rows } = await ask(d, "receivables/list", { filter: { payer: "Medicare Part B" } })
    const dl = rows[0].deadlines!
    expect(dl.table).toBe("Medicare (Part B)")
    expect(dl.routes.map((r) => [r.route, r.deadline, r.from.date])).toEqual([
      ["reopening", "2027-10-15", "2026-10-15"],
      ["reconsideration", "2027-02-17", "2026-10-15"] // 10/15 + 5 days' presumed receipt + 120 days
    ])
    expect(dl.first).toMatchObject({
      label: "Redetermination by the MAC (level 1)",
      deadline: "2027-02-17",
      daysLeft: 82
    })
    expect(dl.closed.map((c) => c.route)).toEqual(["replacement"])
    const overview = await ask(d, "overview/get", {})
    expect(overview.receivables.deadlines).toEqual({ soon: 0, passed: 0, overdue: 0 })
  })

  it("plan names: Medicare Advantage is not Original Medicare's 12 months; Blue plans other than Anthem say verify", () => {
    const table = tableOf(DEFAULT_SETTINGS)
    const rejected = (payer: string) =>
      claimDeadlines(
        stored(medicareClaim({ payer, status: "rejected", processedDate: null, adjustments: [] })),
        table,
        TODAY
      )!.first!
    const ma = rejected("AARP Medicare Advantage (HMO)")
    expect(ma).toMatchObject({ route: "new-claim", limitDays: 90, verify: true })
    expect(ma.limitDays).not.toBe(365)
    expect(rejected("Blue Cross Blue Shield of Massachusetts")).toMatchObject({ limitDays: 90, verify: true })
    expect(rejected("Anthem Blue Cross Blue Shield").source?.url).not.toBe(
      rejected("Blue Cross Blue Shield of Massachusetts").source?.url
    )
  })
})

describe("reminders fire for the route whose deadline comes first, and name it", () => {
  const settings = { ...DEFAULT_SETTINGS, timelyFilingAlertDays: 30 }
  it("names the redetermination, 30 days before its deadline, and not the later reopening", () => {
    const c = stored(medicareClaim())
    const rs = computeReminders([c], [], settings, TODAY).filter((r) => r.recordKey === c.key)
    expect(rs).toEqual([
      {
        id: "claim-route-deadline:k|26288000111:reconsideration:2027-02-17",
        kind: "claim-route-deadline",
        recordKey: c.key,
        dueDate: "2027-01-18",
        eventDate: "2027-02-17",
        title: "Redetermination by the MAC (level 1): deadline",
        body: "G.O. · Medicare Part B · Redetermination by the MAC (level 1) by 02/17/2027"
      }
    ])
  })
  it("a Medicare denial whose 120-day window closed gets no redetermination reminder: the reopening is next", () => {
    const c = stored(medicareClaim({ processedDate: "2026-06-01" }))
    const rs = computeReminders([c], [], settings, TODAY)
    expect(rs.map((r) => [r.kind, r.title, r.eventDate])).toEqual([
      ["claim-route-deadline", "Reopening (clerical error): deadline", "2027-06-01"]
    ])
  })
  it("fires through the tick: the first route's reminder, once", async () => {
    const { d, notified } = await deps()
    await submit(
      d,
      captureOf(medicareClaim(), medicareClaim({ claimNumber: "26288000999", processedDate: "2026-06-01" }))
    )
    const { tracking, practice } = await ask(d, "settings/get", {})
    await ask(d, "settings/save", { tracking: { ...tracking, timelyFilingAlertDays: 90 }, practice })
    await ask(d, "reminders/tick", {})
    expect(notified).toEqual(["1 claim has a filing or appeal deadline coming"])
    await ask(d, "reminders/tick", {})
    expect(notified).toHaveLength(1)
  })
  it("works the routes out once per records load and day", () => {
    const records: Records = { claims: [stored(medicareClaim())], auths: [], settings }
    const first = deadlinesOf(records, TODAY)
    expect(deadlinesOf(records, TODAY)).toBe(first)
    expect(deadlinesOf(records, "2026-11-28")).not.toBe(first)
    expect(deadlinesOf({ ...records }, "2026-11-28").get("k|26288000111")?.first?.daysLeft).toBe(81)
    expect(remindersFor(records, now).all).toBe(remindersFor(records, now).all)
  })
})

describe("the old timely-filing days in settings and backups", () => {
  const old = {
    authVisitsLeft: 3,
    authFractionLeft: 0.2,
    authDaysBeforeEnd: 14,
    reauthLeadBusinessDays: 10,
    followUpDays: 21,
    timelyFilingAlertDays: 30,
    timelyFilingDays: { medicare: 365, unitedhealthcare: 120, cigna: 90, anthem: 90, aetna: 120, medicaid: 95 }
  }
  it("keeps only what the user changed (UnitedHealthcare 120 days) and drops the wrong defaults", () => {
    expect(TrackingSettings.parse(old)).toEqual({
      ...DEFAULT_SETTINGS,
      payerRules: { unitedhealthcare: { timelyFiling: { amount: 120, unit: "days" } } }
    })
    const table = tableOf(TrackingSettings.parse(old))
    expect(table["medicaid-ny"].timelyFiling.period).toEqual({ amount: 90, unit: "days" })
    expect(table.unitedhealthcare.timelyFiling).toMatchObject({ period: { amount: 120, unit: "days" }, edited: true })
  })
  it("reads a payer name the old settings held by name through the table's payer families; drops one it cannot place", () => {
    expect(
      migrateSettings({ ...old, timelyFilingDays: { "Highmark Blue Shield": 180, "Keystone Plan": 60 } })
    ).toMatchObject({ payerRules: { "blue-plan": { timelyFiling: { amount: 180, unit: "days" } } } })
    expect(
      Object.keys(
        (migrateSettings({ ...old, timelyFilingDays: { "Keystone Plan": 60 } }) as { payerRules: object }).payerRules
      )
    ).toEqual([])
  })
  it("restores an old backup with the user's values, and still refuses a bad value by its path", () => {
    const backup = {
      app: "PayerLens",
      version: 3,
      exportedAt: "2026-11-01T00:00:00Z",
      claims: [],
      authorizations: [],
      history: [],
      reminders: [],
      settings: [{ key: "tracking", value: { ...old, timelyFilingDays: { ...old.timelyFilingDays, aetna: 95 } } }]
    }
    const parsed = Backup.parse(backup)
    expect(parsed.settings[0].value).toMatchObject({
      payerRules: { aetna: { timelyFiling: { amount: 95, unit: "days" } } }
    })
    const bad = Backup.safeParse({ ...backup, settings: [{ key: "tracking", value: { ...old, followUpDays: 0 } }] })
    expect(bad.success).toBe(false)
    expect(bad.error!.issues[0].path.join(".")).toBe("settings.0.value.followUpDays")
  })
})

describe("claim/appeal: the appealed claim stays on A/R with its decision-due date", () => {
  const KEY = "medicarepartb|26288000111"

  it("records the redetermination sent, shows its decision due, then the QIC's deadline once denied", async () => {
    const { d } = await deps()
    await submit(d, captureOf(medicareClaim()))
    expect((await d.store.records()).claims.find((c) => c.key === KEY)?.claimNumber).toBe("26288000111")

    const sent = await ask(d, "claim/appeal", {
      key: KEY,
      action: { kind: "sent", level: "reconsideration", sentDate: "2026-11-02" }
    })
    expect(sent.appeals).toEqual([{ level: "reconsideration", sentDate: "2026-11-02", decision: null }])
    const { rows } = await ask(d, "receivables/list", { filter: { payer: "Medicare Part B" } })
    expect(rows.map((r) => r.claim.claimNumber)).toEqual(["26288000111"])
    const appeal = rows[0].deadlines!.appeals[0]
    expect(appeal).toMatchObject({
      label: "Redetermination by the MAC (level 1)",
      sentDate: "2026-11-02",
      overdue: false,
      next: null
    })
    expect(appeal.decisionDue).toMatchObject({ deadline: "2027-01-01", daysLeft: 35, limitDays: 60, verify: false })
    // while the redetermination is pending: no reopening (42 CFR 405.980), no second request for the same level
    expect(rows[0].deadlines!.routes).toEqual([])
    expect(rows[0].deadlines!.closed.map((c) => c.route)).toEqual(["replacement", "reopening"])
    expect(
      await refused(d, "claim/appeal", {
        key: KEY,
        action: { kind: "sent", level: "reconsideration", sentDate: "2026-11-20" }
      })
    ).toMatch(/has no decision yet/)
    const history = await ask(d, "history/get", { recordKey: KEY })
    expect(history.history.at(-1)?.changes).toEqual([
      { field: "Appeal", from: null, to: "Reconsideration / redetermination sent 11/02/2026" }
    ])

    // the decision is late: on 01/05/2027 the overdue reminder is due
    now = new Date("2027-01-05T15:00:00Z")
    const late = await ask(d, "overview/get", {})
    expect(late.reminders.map((r) => [r.kind, r.title, r.body])).toContainEqual([
      "appeal-decision-overdue",
      "Appeal decision overdue",
      "G.O. · Medicare Part B · Redetermination by the MAC (level 1) sent 11/02/2026 · decision was due 01/01/2027"
    ])
    expect(late.receivables.deadlines.overdue).toBe(1)

    // denied on 01/04/2027: the QIC reconsideration is due 180 days after receipt (01/09/2027)
    await ask(d, "claim/appeal", { key: KEY, action: { kind: "decision", date: "2027-01-04", outcome: "denied" } })
    const after = (await ask(d, "receivables/list", { filter: { payer: "Medicare Part B" } })).rows[0].deadlines!
    expect(after.appeals[0]).toMatchObject({ overdue: false, decision: { date: "2027-01-04", outcome: "denied" } })
    expect(after.appeals[0].next).toMatchObject({ label: "Reconsideration by a QIC (level 2)", deadline: "2027-07-08" })
    expect(after.first).toMatchObject({ label: "Reconsideration by a QIC (level 2)", deadline: "2027-07-08" })
    const records = await d.store.records()
    const kinds = remindersFor(records, now).all.filter((r) => r.recordKey === KEY)
    expect(kinds.map((r) => [r.kind, r.eventDate, r.dueDate])).toEqual([
      ["appeal-next-level", "2027-07-08", "2027-06-08"]
    ])
  })

  it("refuses what cannot be: a rejected claim, a future date, a decision with no appeal waiting, an unknown claim", async () => {
    const { d } = await deps()
    await submit(
      d,
      captureOf(medicareClaim(), medicareClaim({ claimNumber: "R1", status: "rejected", adjustments: [] }))
    )
    expect(
      await refused(d, "claim/appeal", {
        key: "medicarepartb|R1",
        action: { kind: "sent", level: "reconsideration", sentDate: "2026-11-02" }
      })
    ).toMatch(/rejected claim was never processed/)
    expect(
      await refused(d, "claim/appeal", {
        key: KEY,
        action: { kind: "sent", level: "reconsideration", sentDate: "2026-12-02" }
      })
    ).toBe("The date sent is after today.")
    expect(
      await refused(d, "claim/appeal", {
        key: KEY,
        action: { kind: "sent", level: "reconsideration", sentDate: "2026-10-01" }
      })
    ).toMatch(/before the payer's decision \(10\/15\/2026\)/)
    expect(
      await refused(d, "claim/appeal", {
        key: KEY,
        action: { kind: "decision", date: "2026-11-20", outcome: "denied" }
      })
    ).toBe("No appeal on this claim is waiting for a decision.")
    expect(await refused(d, "claim/appeal", { key: "nope|1", action: { kind: "undo" } })).toBe(
      "That claim is no longer stored."
    )
  })

  it("an old 'Mark resolved: appealed' still closes the claim; recording the appeal brings it back, and undo takes it back", async () => {
    const { d } = await deps()
    await submit(d, captureOf(medicareClaim()))
    const payers = async () => (await ask(d, "overview/get", {})).receivables.byPayer.map((p) => p.payer)
    await ask(d, "claim/resolve", { key: KEY, reason: "appealed" })
    expect(await payers()).toEqual([])
    expect((await ask(d, "receivables/list", { filter: { payer: "Medicare Part B" } })).rows).toEqual([])

    await ask(d, "claim/appeal", {
      key: KEY,
      action: { kind: "sent", level: "reconsideration", sentDate: "2026-11-02" }
    })
    expect(await payers()).toEqual(["Medicare Part B"])
    const history = await ask(d, "history/get", { recordKey: KEY })
    expect(history.history.at(-1)?.changes).toContainEqual({ field: "resolution", from: "appealed", to: null })

    expect((await ask(d, "claim/appeal", { key: KEY, action: { kind: "undo" } })).appeals).toEqual([])
    const row = (await ask(d, "receivables/list", { filter: { payer: "Medicare Part B" } })).rows[0]
    expect(row.deadlines!.appeals).toEqual([])
    expect(row.deadlines!.first?.route).toBe("reconsideration")
  })
})
