import ICAL from "ical.js"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { ReminderState, StoredAuthorization, StoredClaim } from "../../src/model/records"
import { businessDaysBefore, fromDays } from "../../src/dates/business-days"
import { federalHolidays } from "../../src/dates/holidays"
import { ageing, bucketOf } from "../../src/receivables/ageing"
import {
  claimsByClient,
  forecastRunOut,
  reconcileUsage,
  sessionsAgainst,
  unitsPerVisit
} from "../../src/tracking/forecast"
import { computeReminders, initials } from "../../src/tracking/reminders"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { remindersToIcs } from "../../src/tracking/ics"
import { goneStates, MAX_NOTICES, remindersFor, type Records } from "../../src/tracking/tick"
import { reminderIds, runTick, type ReminderIds } from "../../src/storage/reminder-states"
import { blindIndexOfKey } from "../../src/crypto/blind-index"
import type { Store } from "../../src/storage"
import { freshDb, unlockedKeys, unlockedStore } from "./helpers"
import type { PayerLensDb } from "../../src/storage/db"

function auth(over: Partial<StoredAuthorization> = {}): StoredAuthorization {
  return {
    key: "anthem|A1",
    portal: "availity",
    sourceUrl: "",
    firstSeenAt: "",
    lastChangedAt: "2026-11-01T00:00:00.000Z",
    authNumber: "A1",
    payer: "Anthem Blue Cross Blue Shield",
    patient: { name: "OKAFOR, GRACE", memberId: "M1", dateOfBirth: null },
    status: "approved",
    statusText: "Certified",
    serviceCodes: ["90837"],
    startDate: "2026-09-01",
    endDate: "2026-12-31",
    unitsApproved: 12,
    unitsUsed: 10,
    unitsRemaining: 2,
    unitType: "visits",
    ...over
  }
}
function claim(over: Partial<StoredClaim> = {}): StoredClaim {
  return {
    key: `anthem|${over.claimNumber ?? "C1"}`,
    portal: "availity",
    sourceUrl: "",
    firstSeenAt: "",
    lastChangedAt: "2026-11-01T10:00:00.000Z",
    resolution: null,
    claimNumber: "C1",
    payer: "Anthem Blue Cross Blue Shield",
    patient: { name: "OKAFOR, GRACE", memberId: "M1", dateOfBirth: null },
    serviceFrom: "2026-10-01",
    serviceTo: "2026-10-01",
    status: "pending",
    statusText: "Pending",
    billedCents: 18000,
    allowedCents: null,
    paidCents: null,
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
const weekly = ["2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27"].map((d, i) =>
  claim({
    claimNumber: `W${i}`,
    serviceFrom: d,
    serviceTo: d,
    status: "paid",
    paidCents: 100,
    lines: [
      {
        procedureCode: "90837",
        modifiers: [],
        units: 1,
        serviceDate: d,
        billedCents: 18000,
        paidCents: 100,
        adjustments: [],
        remarkCodes: []
      }
    ]
  })
)

describe("authorization forecast", () => {
  it("counts visits for that member, payer and covered code inside the window", () => {
    const other = claim({
      claimNumber: "X",
      serviceFrom: "2026-10-08",
      patient: { name: "X", memberId: "M2", dateOfBirth: null }
    })
    const outside = claim({ claimNumber: "Y", serviceFrom: "2026-08-20" })
    const wrongCode = claim({
      claimNumber: "Z",
      serviceFrom: "2026-10-09",
      lines: [{ ...weekly[0].lines[0], procedureCode: "90847" }]
    })
    expect(sessionsAgainst(auth(), [...weekly, other, outside, wrongCode]).map((s) => s.date)).toEqual([
      "2026-10-06",
      "2026-10-13",
      "2026-10-20",
      "2026-10-27"
    ])
  })
  it("runs out at the weekly cadence: 2 visits left after 10/27 → 11/10", () => {
    expect(forecastRunOut(auth(), sessionsAgainst(auth(), weekly))).toBe("2026-11-10")
  })
  it("needs two visits to see a cadence", () => {
    expect(forecastRunOut(auth(), [{ date: "2026-10-06", units: null }])).toBeNull()
  })
  it("shows the portal's count beside the claims seen when they differ", () => {
    expect(reconcileUsage(auth(), sessionsAgainst(auth(), weekly))).toEqual({
      portalUsed: 10,
      seen: 4,
      since: "2026-09-01",
      differs: true
    })
  })
})

describe("unit-based authorization forecast", () => {
  // ABA-style authorization: 96 units of 97153 (15-minute units), 4 units (one hour) billed per weekly visit
  const unitAuth = (over: Partial<StoredAuthorization> = {}) =>
    auth({ serviceCodes: ["97153"], unitType: "units", unitsApproved: 96, unitsUsed: 0, unitsRemaining: 96, ...over })
  const line = (date: string, units: number | null, procedureCode = "97153") => ({
    procedureCode,
    modifiers: [],
    units,
    serviceDate: date,
    billedCents: 4000 * (units ?? 1),
    paidCents: null,
    adjustments: [],
    remarkCodes: []
  })
  const hourly = ["2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27"].map((d, i) =>
    claim({ claimNumber: `U${i}`, serviceFrom: d, serviceTo: d, status: "paid", paidCents: 100, lines: [line(d, 4)] })
  )

  it("96 units used 4 per visit run out at 24 visits, not 96: 24 weeks after the last visit", () => {
    const sessions = sessionsAgainst(unitAuth(), hourly)
    expect(sessions).toEqual(hourly.map((c) => ({ date: c.serviceFrom, units: 4 })))
    expect(unitsPerVisit(sessions)).toBe(4)
    // 96 / 4 = 24 weekly visits after 10/27 → 24 × 7 = 168 days → 2027-04-13 (counting visits would give 96 weeks)
    expect(forecastRunOut(unitAuth(), sessions)).toBe("2027-04-13")
    expect(
      forecastRunOut(unitAuth({ unitType: "visits" }), sessionsAgainst(unitAuth({ unitType: "visits" }), hourly))
    ).toBe("2028-08-29")
  })
  it("counts only whole visits the units still cover: 10 units at 4 a visit cover 2 more visits", () => {
    expect(forecastRunOut(unitAuth({ unitsUsed: 86, unitsRemaining: 10 }), sessionsAgainst(unitAuth(), hourly))).toBe(
      "2026-11-10"
    )
    // 3 units left cannot cover the next 4-unit visit: it runs out at the last visit
    expect(forecastRunOut(unitAuth({ unitsUsed: 93, unitsRemaining: 3 }), sessionsAgainst(unitAuth(), hourly))).toBe(
      "2026-10-27"
    )
  })
  it("adds the covered lines of a day, leaves other codes out and does not count a resubmission twice", () => {
    const d = "2026-10-06"
    const withAddOn = claim({
      claimNumber: "A",
      serviceFrom: d,
      status: "paid",
      lines: [line(d, 4), line(d, 2, "97155"), line(d, 1, "90791")]
    })
    const resubmitted = claim({ claimNumber: "A2", serviceFrom: d, status: "denied", lines: [line(d, 4)] })
    const both = unitAuth({ serviceCodes: ["97153", "97155"] })
    expect(sessionsAgainst(both, [withAddOn, resubmitted])).toEqual([{ date: d, units: 6 }])
  })
  it("takes each line's own date on a claim that spans the week", () => {
    const week = claim({
      claimNumber: "W",
      serviceFrom: "2026-10-05",
      serviceTo: "2026-10-09",
      lines: [line("2026-10-05", 8), line("2026-10-07", 8), line("2026-10-09", 6)]
    })
    expect(sessionsAgainst(unitAuth(), [week])).toEqual([
      { date: "2026-10-05", units: 8 },
      { date: "2026-10-07", units: 8 },
      { date: "2026-10-09", units: 6 }
    ])
  })
  it("makes no forecast when no visit shows its units, rather than guess one unit a visit", () => {
    const bare = hourly.map((c) => ({ ...c, lines: [] }))
    const sessions = sessionsAgainst(unitAuth(), bare)
    expect(sessions.map((s) => s.units)).toEqual([null, null, null, null])
    expect(forecastRunOut(unitAuth(), sessions)).toBeNull()
  })
  it("reconciles the portal's units used with the units billed, not with the visit count", () => {
    const sessions = sessionsAgainst(unitAuth({ unitsUsed: 16, unitsRemaining: 80 }), hourly)
    expect(reconcileUsage(unitAuth({ unitsUsed: 16, unitsRemaining: 80 }), sessions)).toEqual({
      portalUsed: 16,
      seen: 16,
      since: "2026-09-01",
      differs: false
    })
    expect(reconcileUsage(unitAuth({ unitsUsed: 20, unitsRemaining: 76 }), sessions)).toMatchObject({
      seen: 16,
      differs: true
    })
    // a visit whose units are unknown: no comparison
    const partial = sessionsAgainst(unitAuth(), [
      ...hourly,
      claim({ claimNumber: "N", serviceFrom: "2026-11-03", lines: [] })
    ])
    expect(reconcileUsage(unitAuth({ unitsUsed: 20 }), partial)).toMatchObject({ seen: 16, differs: false })
  })
})

describe("reminders", () => {
  const today = "2026-11-27"
  it("warns at 2 visits left and asks for re-authorization 10 business days before the run-out", () => {
    const rs = computeReminders(weekly, [auth()], DEFAULT_SETTINGS, today)
    const low = rs.find((r) => r.kind === "auth-low")!
    expect(low).toMatchObject({ dueDate: today, title: "Authorization running low" })
    expect(low.body).toBe("G.O. · Anthem Blue Cross Blue Shield · 2 visits left (ends 12/31/2026)")
    const reauth = rs.find((r) => r.kind === "auth-reauth")!
    expect(reauth.eventDate).toBe(businessDaysBefore("2026-11-10", 10))
    expect(reauth.eventDate).toBe("2026-10-27")
  })
  it("never puts a name or member ID in a reminder", () => {
    const rs = computeReminders(
      [claim({ status: "denied", paidCents: 0 })],
      [auth({ unitsRemaining: 0 })],
      DEFAULT_SETTINGS,
      today
    )
    expect(rs.length).toBeGreaterThan(0)
    for (const r of rs) expect(`${r.title} ${r.body}`).not.toMatch(/OKAFOR|GRACE|M1\b/)
  })
  it("ends today is due today; an expired authorization has no reminders", () => {
    expect(
      computeReminders([], [auth({ unitsRemaining: 10, unitsUsed: 2, endDate: today })], DEFAULT_SETTINGS, today).find(
        (r) => r.kind === "auth-expiring"
      )?.dueDate
    ).toBe("2026-11-13")
    expect(computeReminders([], [auth({ endDate: "2026-11-26" })], DEFAULT_SETTINGS, today)).toEqual([])
  })
  it("follows up an unpaid claim with no change for 21 days", () => {
    const [r] = computeReminders([claim()], [], DEFAULT_SETTINGS, today)
    expect(r).toMatchObject({ kind: "claim-follow-up", dueDate: "2026-11-22" })
  })
  it("alerts 30 days before the first route's deadline, naming it: a rejected Anthem claim's new claim, 90 days from the DOS", () => {
    const rs = computeReminders([claim({ status: "rejected", serviceFrom: "2026-10-01" })], [], DEFAULT_SETTINGS, today)
    expect(rs.find((r) => r.kind === "claim-route-deadline")).toMatchObject({
      title: "New claim (rejected before adjudication): deadline",
      eventDate: "2026-12-30",
      dueDate: "2026-11-30"
    })
  })
  it("writes initials from either name order", () => {
    expect(initials("RIVERA, MARIA")).toBe("M.R.")
    expect(initials("Harper Lee Watson")).toBe("H.W.")
    expect(initials(null)).toBe("Client")
  })
})

describe("calendar rules", () => {
  it("business days skip weekends", () => {
    expect(businessDaysBefore("2026-11-30", 1)).toBe("2026-11-27") // Monday → Friday
    expect(businessDaysBefore("2028-03-01", 2)).toBe("2028-02-28") // across a leap day
  })
  it("business days skip US federal holidays as observed", () => {
    const in2026 = [...federalHolidays(2026)]
      .map(fromDays)
      .filter((d) => d.startsWith("2026"))
      .sort()
    expect(in2026).toEqual([
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-05-25",
      "2026-06-19",
      "2026-07-03", // July 4 is a Saturday
      "2026-09-07",
      "2026-10-12",
      "2026-11-11",
      "2026-11-26",
      "2026-12-25"
    ])
    expect(businessDaysBefore("2026-11-27", 1)).toBe("2026-11-25") // over Thanksgiving
    expect(businessDaysBefore("2026-07-06", 1)).toBe("2026-07-02") // over the observed Independence Day
    expect(businessDaysBefore("2028-01-03", 1)).toBe("2027-12-30") // New Year 2028 (Saturday) observed Fri 12/31/2027
    expect(businessDaysBefore("2027-12-27", 1)).toBe("2027-12-23") // Christmas 2027 (Saturday) observed Fri 12/24
  })
  it("ages unpaid claims from the date of service", () => {
    expect([30, 31, 60, 61, 90, 91, 120, 121].map(bucketOf)).toEqual([
      "0-30",
      "31-60",
      "31-60",
      "61-90",
      "61-90",
      "91-120",
      "91-120",
      "120+"
    ])
    const rows = ageing(
      [claim({ serviceFrom: "2026-08-01" }), claim({ claimNumber: "P", status: "paid", serviceFrom: "2026-08-01" })],
      "2026-11-27"
    )
    expect(rows.find((r) => r.bucket === "91-120")).toEqual({ bucket: "91-120", claims: 1, balanceCents: 18000 })
    expect(rows.reduce((n, r) => n + r.claims, 0)).toBe(1)
  })
})

describe("ICS export", () => {
  it("writes one VEVENT per reminder that parses back with ical.js", () => {
    const rs = computeReminders(weekly, [auth()], DEFAULT_SETTINGS, "2026-11-27").filter((r) => r.eventDate)
    const ics = remindersToIcs(rs, new Date("2026-11-27T12:00:00Z"))
    const comp = new ICAL.Component(ICAL.parse(ics))
    const events = comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(rs.length)
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual(rs.map((r) => r.eventDate).sort())
    expect(new Set(events.map((e) => e.uid)).size).toBe(rs.length)
    expect(ics.split("\r\n").every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true)
  })
})

describe("the tick", () => {
  let db: PayerLensDb
  let store: Store
  afterEach(async () => db?.delete())
  /** An unlocked store holding `records` (sealed on disk, as the worker writes them). */
  async function storeOf(claims: StoredClaim[], auths: StoredAuthorization[]) {
    db = freshDb()
    store = await unlockedStore(db)
    await store.applyChange(() => ({ claims, auths, history: [] }))
    return store
  }
  /** A client seen weekly whose authorization runs low; `shown` collects the notices' ids (one per kind group:
   * this client's two reminders show as one "1 authorization needs attention"). */
  async function weeklyClient() {
    await storeOf(weekly, [auth()])
    const shown: string[] = []
    return { shown, notify: async (r: { id: string }) => void shown.push(r.id) }
  }
  /** The reminders fired so far, as the rules name them (the store translates the blind ids on disk). */
  const firedIds = async () =>
    [...(await store.reminderStates()).values()]
      .filter((s) => s.firedAt)
      .map((s) => s.id)
      .sort()
  /** The worker's translation of reminder ids, built as the store builds it: record keys to their blind ids. */
  async function translator(records: Records): Promise<ReminderIds> {
    const { keys } = await unlockedKeys()
    const pairs = await Promise.all([
      ...records.claims.map(async (c) => ["claim", c.key, await blindIndexOfKey(keys.index, "claim", c.key)]),
      ...records.auths.map(async (a) => [
        "authorization",
        a.key,
        await blindIndexOfKey(keys.index, "authorization", a.key)
      ])
    ])
    const idOf = new Map(pairs.map(([kind, key, id]) => [`${kind}|${key}`, id]))
    const keyOf = new Map(pairs.map(([, key, id]) => [id, key]))
    return reminderIds(
      (kind, key) => idOf.get(`${kind}|${key}`),
      (id) => keyOf.get(id)
    )
  }

  it("fires a due reminder once, however many ticks follow, and a missed one on the next tick", async () => {
    const { shown, notify } = await weeklyClient()
    // the worker was asleep for days: the first tick after it wakes fires what came due meanwhile
    await store.tick(new Date(2026, 10, 27, 9), notify)
    expect(await firedIds()).toEqual(["auth-low:anthem|A1:2", "auth-reauth:anthem|A1:2026-11-10"])
    await store.tick(new Date(2026, 10, 27, 9, 30), notify)
    await Promise.all([store.tick(new Date(2026, 10, 27, 10), notify), store.tick(new Date(2026, 10, 27, 10), notify)])
    expect(shown).toEqual(["authorizations:1"])
    expect(await db.reminders.count()).toBe(2)
    // on disk the states name the authorization by its blind id, never its number
    expect(JSON.stringify(await db.reminders.toArray())).not.toMatch(/A1|anthem/)
  })

  it("many reminders due at once become one notice with no names, and each still fires once", async () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      auth({
        key: `anthem|A${i}`,
        authNumber: `A${i}`,
        patient: { name: `RIVERA, MARIA${i}`, memberId: `XGH${i}`, dateOfBirth: null }
      })
    )
    await storeOf([], many)
    const shown: { id: string; title: string; body: string }[] = []
    await store.tick(new Date(2026, 10, 27, 9), async (n) => void shown.push(n))
    const fired = await firedIds()
    expect(fired.length).toBeGreaterThan(MAX_NOTICES)
    expect(shown).toEqual([
      { id: "authorizations:6", title: "6 authorizations need attention", body: "Open PayerLens to see which." }
    ])
    await store.tick(new Date(2026, 10, 27, 10), async (n) => void shown.push(n))
    expect(await firedIds()).toEqual(fired)
    expect(shown).toHaveLength(1)
  })

  it("the worker's copy of the states spares the transaction when nothing new is due; a stale copy fires nothing twice", async () => {
    const { shown, notify } = await weeklyClient()
    const records = await store.records()
    const ids = await translator(records)
    expect(await runTick(db, new Date(2026, 10, 27, 9), notify, records, new Map(), ids)).toHaveLength(2)
    const known = new Map((await db.reminders.toArray()).map((s) => ids.clear(s)).map((s) => [s.id, s]))
    expect([...known.keys()].sort()).toEqual(["auth-low:anthem|A1:2", "auth-reauth:anthem|A1:2026-11-10"])
    const transaction = vi.spyOn(db, "transaction")
    expect(await runTick(db, new Date(2026, 10, 27, 10), notify, records, known, ids)).toEqual([])
    expect(transaction).not.toHaveBeenCalled()
    // a copy read before the first tick: both reminders look new, the transaction finds them fired
    expect(await runTick(db, new Date(2026, 10, 27, 11), notify, records, new Map(), ids)).toEqual([])
    expect(transaction).toHaveBeenCalledTimes(1)
    expect(shown).toEqual(["authorizations:1"])
  })

  it("hundreds due at once (a restored practice) are claimed in one read, once, even by concurrent ticks", async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      auth({
        key: `anthem|B${i}`,
        authNumber: `B${i}`,
        patient: { name: `LEE, SAM${i}`, memberId: `XGB${i}`, dateOfBirth: null }
      })
    )
    await storeOf([], many)
    const records = await store.records()
    const ids = await translator(records)
    const notices: string[] = []
    const tick = () =>
      runTick(db, new Date(2026, 10, 27, 9), async (n) => void notices.push(n.id), records, new Map(), ids)
    const [a, b] = await Promise.all([tick(), tick()])
    expect(a.length + b.length).toBeGreaterThan(200)
    expect(Math.min(a.length, b.length)).toBe(0)
    expect(await db.reminders.count()).toBe(a.length + b.length)
    expect(notices).toHaveLength(1)
    // the store reads back every state the concurrent ticks wrote, by the rules' ids
    expect((await firedIds()).length).toBe(a.length + b.length)
  })

  it("a snoozed reminder fires again on its day; a dismissed one never", async () => {
    const { shown, notify } = await weeklyClient()
    await store.tick(new Date(2026, 10, 27, 9), notify)
    const [low, reauth] = await firedIds()
    expect(low).toMatch(/^auth-low:/)
    expect(reauth).toMatch(/^auth-reauth:/)
    await store.updateReminder(low, "snooze-day", new Date(2026, 10, 27, 9))
    await store.updateReminder(reauth, "dismiss", new Date(2026, 10, 27, 9))
    const states = await store.reminderStates()
    expect(states.get(low)?.snoozedUntil).toBe("2026-11-28")
    expect(states.get(reauth)?.dismissedAt).not.toBeNull()
    await store.tick(new Date(2026, 10, 27, 18), notify)
    expect(shown).toHaveLength(1)
    await store.tick(new Date(2026, 10, 28, 8), notify)
    expect(shown).toEqual(["authorizations:1", "authorizations:1"])
    const after = await store.reminderStates()
    expect(after.get(low)?.firedAt).toBe(new Date(2026, 10, 28, 8).toISOString())
    expect(after.get(reauth)?.firedAt).toBe(new Date(2026, 10, 27, 9).toISOString())
  })
})

describe("reminder states of reminders that no longer apply", () => {
  let db: PayerLensDb
  afterEach(async () => db?.delete())
  const now = new Date(2026, 10, 27, 9)
  const state = (id: string, over: Partial<ReminderState> = {}): ReminderState => ({
    id,
    recordKey: "k",
    firedAt: null,
    snoozedUntil: null,
    dismissedAt: null,
    ...over
  })
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString()

  it("are dropped once nothing touched them for 90 days; current ones and recent ones stay", async () => {
    db = freshDb()
    const store = await unlockedStore(db)
    await store.applyChange(() => ({ claims: weekly, auths: [auth()], history: [] }))
    await store.tick(now, async () => undefined)
    const current = [...(await store.reminderStates()).keys()].sort()[0]
    expect(current).toBe("auth-low:anthem|A1:2")
    const states = [
      state(current, { firedAt: daysAgo(200) }),
      state("auth-low:anthem|OLD:3", { firedAt: daysAgo(100) }),
      state("auth-low:anthem|OLD:2", { firedAt: daysAgo(10) }),
      state("auth-low:anthem|OLD:1", { dismissedAt: daysAgo(120), snoozedUntil: "2026-12-01" }),
      state("claim-follow-up:uhc|C1", { dismissedAt: daysAgo(91) }),
      state("claim-follow-up:uhc|C2")
    ]
    const { all } = remindersFor(await store.records(), now)
    expect(goneStates(states, all, now)).toEqual([
      "auth-low:anthem|OLD:3",
      "claim-follow-up:uhc|C1",
      "claim-follow-up:uhc|C2"
    ])
  })
})

describe("day arithmetic", () => {
  it("agrees with Date for every day from 1999 to 2031", async () => {
    const { addDays, toDays, fromDays } = await import("../../src/dates/business-days")
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2031, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10)
      expect(toDays(iso)).toBe(t / 86_400_000)
      expect(fromDays(t / 86_400_000)).toBe(iso)
    }
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
  })
})

describe("matching claims to an authorization's client", () => {
  it("counts claims from list pages that show no member ID by the client's name", () => {
    const noId = claim({
      claimNumber: "N1",
      serviceFrom: "2026-11-03",
      patient: { name: "OKAFOR, GRACE", memberId: null, dateOfBirth: null }
    })
    const namesake = claim({
      claimNumber: "N2",
      serviceFrom: "2026-11-04",
      patient: { name: "OKAFOR, GRACE", memberId: "M9", dateOfBirth: null }
    })
    const ofClient = claimsByClient([...weekly, noId, namesake])
    expect(sessionsAgainst(auth(), ofClient(auth())).map((s) => s.date)).toEqual([
      "2026-10-06",
      "2026-10-13",
      "2026-10-20",
      "2026-10-27",
      "2026-11-03"
    ])
  })
})

describe("receivables by payer", () => {
  it("totals unpaid claims per payer, largest first, leaving paid and resolved claims out", async () => {
    const { unpaidByPayer } = await import("../../src/receivables/ageing")
    const rows = unpaidByPayer([
      claim({ claimNumber: "A", status: "denied", billedCents: 18000 }),
      claim({ claimNumber: "B", status: "pending", billedCents: 22000 }),
      claim({ claimNumber: "C", status: "paid", billedCents: 15000 }),
      claim({
        claimNumber: "D",
        status: "denied",
        billedCents: 9000,
        resolution: { reason: "written_off", at: "2026-11-01" }
      }),
      claim({ claimNumber: "E", status: "rejected", payer: "Cigna", billedCents: 50000 })
    ])
    expect(rows).toEqual([
      { payer: "Cigna", claims: 1, balanceCents: 50000 },
      { payer: "Anthem Blue Cross Blue Shield", claims: 2, balanceCents: 40000 }
    ])
  })
})
