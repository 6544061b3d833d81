// What leaves PayerLens's protection — system notifications (lock screens, the OS's history) and calendar files
// (synced to calendar servers) — names no client: no name, initials, member ID, payer, claim or authorization
// number, and (notifications) no date. Checked over generated practices of realistic records (issue 14, parts 3, 7).
import fc from "fast-check"
import ICAL from "ical.js"
import { describe, expect, it } from "vitest"
import type { StoredAuthorization, StoredClaim } from "../../src/model/records"
import { computeReminders, isDue, type Reminder } from "../../src/tracking/reminders"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { calendarEvents, remindersToIcs } from "../../src/tracking/ics"
import { MAX_NOTICES, noticesFor } from "../../src/tracking/tick"
import { calendar } from "../../src/worker/reminder-views"

const TODAY = "2026-11-27"
const LAST = ["OKAFOR", "RIVERA", "NGUYEN", "KOWALSKI", "BANERJEE", "FITZGERALD", "ABERNATHY", "MBEKI"]
const FIRST = ["GRACE", "MARIA", "THANH", "PIOTR", "ANIKA", "SEAMUS", "DELPHINE", "TUNDE"]
const PAYERS = ["Anthem Blue Cross Blue Shield", "Aetna", "Cigna", "UnitedHealthcare", "Medicare Part B", "Optum"]

const day = (offset: number) => new Date(Date.UTC(2026, 10, 27 + offset)).toISOString().slice(0, 10)

const person = fc.record({
  last: fc.constantFrom(...LAST),
  first: fc.constantFrom(...FIRST),
  memberId: fc.stringMatching(/^[A-Z]{3}\d{9}$/)
})

const authArb = fc
  .record({
    who: person,
    number: fc.stringMatching(/^A\d{9}$/),
    payer: fc.constantFrom(...PAYERS),
    status: fc.constantFrom("approved", "partially_approved", "unknown", "pending", "denied"),
    start: fc.integer({ min: -200, max: -10 }),
    end: fc.integer({ min: -5, max: 120 }),
    approved: fc.integer({ min: 4, max: 30 }),
    used: fc.integer({ min: 0, max: 30 })
  })
  .map((a): StoredAuthorization => ({
    key: `${a.payer.toLowerCase().replace(/\W/g, "")}|${a.number}`,
    portal: "availity",
    sourceUrl: "https://apps.availity.com/authorizations",
    firstSeenAt: "2026-09-01T10:00:00.000Z",
    lastChangedAt: "2026-11-01T10:00:00.000Z",
    authNumber: a.number,
    payer: a.payer,
    patient: { name: `${a.who.last}, ${a.who.first}`, memberId: a.who.memberId, dateOfBirth: "1984-03-09" },
    status: a.status,
    statusText: a.status,
    serviceCodes: ["90837"],
    startDate: day(a.start),
    endDate: day(a.end),
    unitsApproved: a.approved,
    unitsUsed: Math.min(a.used, a.approved),
    unitsRemaining: a.approved - Math.min(a.used, a.approved),
    unitType: "visits"
  }))

const claimArb = fc
  .record({
    who: person,
    number: fc.stringMatching(/^\d{4}[A-Z]{2}\d{5}$/),
    payer: fc.constantFrom(...PAYERS),
    status: fc.constantFrom("received", "pending", "denied", "rejected", "unknown", "paid"),
    service: fc.integer({ min: -400, max: -5 }),
    changed: fc.integer({ min: -120, max: 0 }),
    processed: fc.option(fc.integer({ min: -150, max: -1 }), { nil: null })
  })
  .map((c): StoredClaim => ({
    key: `${c.payer.toLowerCase().replace(/\W/g, "")}|${c.number}`,
    portal: "availity",
    sourceUrl: "https://apps.availity.com/claims",
    firstSeenAt: "2026-09-01T10:00:00.000Z",
    lastChangedAt: `${day(c.changed)}T10:00:00.000Z`,
    resolution: null,
    claimNumber: c.number,
    payer: c.payer,
    patient: { name: `${c.who.last}, ${c.who.first}`, memberId: c.who.memberId, dateOfBirth: "1984-03-09" },
    serviceFrom: day(c.service),
    serviceTo: day(c.service),
    status: c.status,
    statusText: c.status,
    billedCents: 18000,
    allowedCents: null,
    paidCents: c.status === "paid" ? 12000 : null,
    patientResponsibilityCents: null,
    receivedDate: day(c.service + 3),
    processedDate: c.processed === null ? null : day(Math.max(c.processed, c.service + 4)),
    paymentDate: null,
    checkNumber: null,
    adjustments: c.status === "denied" ? [{ group: "CO", reason: "197", amountCents: 18000 }] : [],
    remarkCodes: [],
    diagnosisCodes: ["F41.1"],
    lines: []
  }))

const practice = fc.record({
  claims: fc.array(claimArb, { maxLength: 12 }),
  auths: fc.array(authArb, { maxLength: 12 })
})

/** Everything in these records that names the client or the record: none of it may appear. */
function identifiers(claims: StoredClaim[], auths: StoredAuthorization[]): string[] {
  const out = new Set<string>()
  for (const r of [...claims, ...auths]) {
    for (const part of (r.patient.name ?? "").split(/[,\s]+/).filter(Boolean)) out.add(part)
    if (r.patient.memberId) out.add(r.patient.memberId)
    if (r.payer) out.add(r.payer)
    out.add(r.key)
  }
  for (const c of claims) out.add(c.claimNumber)
  for (const a of auths) out.add(a.authNumber)
  return [...out]
}

const INITIALS = /\b[A-Z]\.\s?[A-Z]\./
const DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{8}/

function leaks(text: string, ids: string[]): string[] {
  const lower = text.toLowerCase()
  return [
    ...ids.filter((id) => lower.includes(id.toLowerCase())),
    ...(INITIALS.test(text) ? ["initials"] : []),
    ...(DATE.test(text) ? ["a date"] : [])
  ]
}

describe("notifications name no client (issue 14 part 3)", () => {
  it("no notice's id, title or body carries a name, initials, member ID, payer, number or date", () => {
    let notices = 0
    let detailedReminders = 0
    fc.assert(
      fc.property(practice, ({ claims, auths }) => {
        const due = computeReminders(claims, auths, DEFAULT_SETTINGS, TODAY).filter((r) => isDue(r, TODAY))
        // the in-app rows carry initials: the notices must not
        detailedReminders += due.filter((r) => INITIALS.test(r.body)).length
        const ids = identifiers(claims, auths)
        for (const n of noticesFor(due, TODAY)) {
          notices++
          expect(leaks(`${n.id}\n${n.title}\n${n.body}`, ids), JSON.stringify(n)).toEqual([])
        }
      }),
      { numRuns: 300, seed: 14 }
    )
    // the property ran over practices that had something to say
    expect(notices).toBeGreaterThan(200)
    expect(detailedReminders).toBeGreaterThan(200)
  })

  it("counts records by kind: two reminders on one authorization are one authorization", () => {
    const r = (id: string, kind: Reminder["kind"], recordKey: string): Reminder => ({
      id,
      kind,
      recordKey,
      dueDate: TODAY,
      eventDate: TODAY,
      title: "t",
      body: "G.O. · Anthem · 2 visits left"
    })
    expect(
      noticesFor([
        r("auth-low:anthem|A1:2", "auth-low", "anthem|A1"),
        r("auth-reauth:anthem|A1:2026-12-01", "auth-reauth", "anthem|A1"),
        r("auth-exhausted:aetna|A2", "auth-exhausted", "aetna|A2"),
        r("claim-follow-up:aetna|C9:2026-11-01", "claim-follow-up", "aetna|C9")
      ])
    ).toEqual([
      { id: "authorizations:2", title: "2 authorizations need attention", body: "Open PayerLens to see which." },
      { id: "follow-ups:1", title: "1 claim needs follow-up", body: "Open PayerLens to see which." }
    ])
    // every kind at once is more groups than MAX_NOTICES: one summary
    const all = noticesFor([
      r("a", "auth-low", "k1"),
      r("b", "claim-follow-up", "k2"),
      r("c", "claim-route-deadline", "k3"),
      r("d", "appeal-decision-overdue", "k4")
    ])
    expect(MAX_NOTICES).toBe(3)
    expect(all).toEqual([{ id: "summary:4", title: "4 records need attention", body: "Open PayerLens to see which." }])
    expect(noticesFor([])).toEqual([])
  })
})

/** The calendar text a reader sees: folded lines joined, and the date lines (what a calendar needs) left out. */
function calendarText(ics: string): string {
  return ics
    .replace(/\r\n /g, "")
    .split("\r\n")
    .filter((line) => !/^(DTSTART|DTEND|DTSTAMP)[;:]/.test(line))
    .join("\n")
}

describe("calendar files name no client (issue 14 part 7)", () => {
  it("no event carries a name, initials, member ID, payer or number; the UID is random; dates stay", () => {
    let events = 0
    fc.assert(
      fc.property(practice, ({ claims, auths }) => {
        const { ics } = calendar({ claims, auths, settings: DEFAULT_SETTINGS }, new Date(`${TODAY}T15:00:00Z`))
        const ids = identifiers(claims, auths)
        const text = calendarText(ics)
        const found = leaks(text, ids).filter((l) => l !== "a date")
        expect(found, text).toEqual([])
        expect(DATE.test(text.replace(/^UID:.*$/gm, "")), text).toBe(false)
        const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v))
        for (const e of parsed) expect(e.uid).toMatch(/^[0-9a-f-]{36}@payerlens\.local$/)
        events += parsed.length
      }),
      { numRuns: 200, seed: 7 }
    )
    expect(events).toBeGreaterThan(200)
  })

  it("one event per day and kind, counting the records, with what is due and when", () => {
    const r = (kind: Reminder["kind"], recordKey: string, eventDate: string): Reminder => ({
      id: `${kind}:${recordKey}:${eventDate}`,
      kind,
      recordKey,
      dueDate: TODAY,
      eventDate,
      title: "Authorization running low",
      body: "G.O. · Anthem · 2 visits left (ends 12/31/2026)"
    })
    const reminders = [
      r("auth-low", "anthem|A1", "2026-12-31"),
      r("auth-expiring", "anthem|A1", "2026-12-31"),
      r("auth-expiring", "aetna|A2", "2026-12-31"),
      r("auth-reauth", "anthem|A1", "2026-12-14"),
      r("claim-route-deadline", "aetna|C1", "2027-01-30"),
      r("appeal-next-level", "medicare|C2", "2027-02-02")
    ]
    expect(calendarEvents(reminders)).toEqual([
      { date: "2026-12-14", summary: "Request a re-authorization" },
      { date: "2026-12-31", summary: "2 authorizations end — check re-authorizations" },
      { date: "2027-01-30", summary: "Claim filing deadline" },
      { date: "2027-02-02", summary: "Appeal deadline" }
    ])
    let n = 0
    const ics = remindersToIcs(reminders, new Date("2026-11-27T12:00:00Z"), () => `uid-${++n}`)
    const parsed = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v))
    expect(parsed.map((e) => [e.startDate.toString(), e.summary, e.uid])).toEqual([
      ["2026-12-14", "Request a re-authorization", "uid-1@payerlens.local"],
      ["2026-12-31", "2 authorizations end — check re-authorizations", "uid-2@payerlens.local"],
      ["2027-01-30", "Claim filing deadline", "uid-3@payerlens.local"],
      ["2027-02-02", "Appeal deadline", "uid-4@payerlens.local"]
    ])
    expect(parsed.every((e) => e.description === "Open PayerLens to see which records.")).toBe(true)
  })
})
