// Search, patient view, A/R drill-down and "on this page", through the background's message handler with the
// fixture corpus stored (so the records are what the reader really produced).
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { Capture } from "../../src/model/capture"
import { handleMessage } from "../../src/worker/dispatch"
import type { TestDeps as Deps } from "./helpers"
import { listFixtures } from "../sandbox/pages"
import { EXT_ID as EXT, ok, POPUP_SENDER as popup, workerDeps } from "./helpers"
import { checkReply } from "../../src/messages/send"
import type { BodyOf, MessageType } from "../../src/messages"
import type { PayerLensDb } from "../../src/storage/db"

let db: PayerLensDb
let d: Deps
beforeEach(async () => {
  const deps = await workerDeps({ now: () => new Date(2026, 10, 27, 10) })
  d = deps.d
  db = deps.db
  let tab = 1
  for (const f of listFixtures()) {
    const capture = structuredClone(f.expected) as Capture
    const host = new URL(capture.url).host
    const reply = await handleMessage(
      { type: "capture/submit", capture },
      { id: EXT, url: capture.url, tab: { id: tab++ } },
      { ...d, grants: async () => ({ matches: [`https://${host}/*`], tabs: {} }) }
    )
    expect(reply.ok).toBe(true)
  }
})
afterEach(async () => db.delete())

const ask = async <T extends MessageType>(type: T, body: BodyOf<T>) =>
  ok(checkReply(type, await handleMessage({ ...body, type }, popup, d)))

describe("search", () => {
  it("finds a patient by either name order, with all their claims and authorizations", async () => {
    const r = await ask("search/query", { text: "maria rivera" })
    expect(r.patients.map((p) => [p.name, p.memberId, p.claims, p.authorizations])).toEqual([
      ["RIVERA, MARIA", "XGH884512301", 1, 2]
    ])
    expect(r.claims.map((c) => c.claimNumber)).toEqual(["2026281AB0412"])
    expect(r.authorizations.map((a) => a.authNumber).sort()).toEqual(["A261002210", "A262000114"])
    expect(r.authorizations[0].watch).toBeDefined() // rows carry the same watch as the overview
  })

  it("finds claims by denial code, by claim number and by US date, not patients that merely share a code", async () => {
    const byCode = await ask("search/query", { text: "CO-197" })
    expect(byCode.claims.map((c) => c.claimNumber).sort()).toEqual(["2026281AB0412", "BH26300058812"])
    expect(byCode.patients).toEqual([])
    const byNumber = await ask("search/query", { text: "fh71260519" })
    expect(byNumber.claims.map((c) => c.patient.name)).toEqual(["Jordan Blake"])
    const byDate = await ask("search/query", { text: "10/20/2026" })
    expect(byDate.claims.map((c) => c.claimNumber).sort()).toEqual(["26290018841", "BH26300058812", "FH71260519"])
  })

  it("finds a mistyped name when nothing matches as typed, and says so; never when something does", async () => {
    for (const typo of ["mraia rivera", "maria riveraa", "maria rvera", "marai rivera"]) {
      const r = await ask("search/query", { text: typo })
      expect(r.closeSpelling, typo).toBe(true)
      expect(
        r.patients.map((p) => p.name),
        typo
      ).toEqual(["RIVERA, MARIA"])
      expect(r.authorizations.map((a) => a.authNumber).sort(), typo).toEqual(["A261002210", "A262000114"])
    }
    const exact = await ask("search/query", { text: "rivera" })
    expect(exact.closeSpelling).toBe(false)
    // two letters off, or a short word one letter off, is not the same name
    for (const far of ["mria rvera", "riv3ra", "leo"]) {
      const r = await ask("search/query", { text: far })
      expect(
        r.patients.filter((p) => p.name === "RIVERA, MARIA"),
        far
      ).toEqual([])
    }
  })

  it("answers an empty query with nothing, and a query of no match with nothing", async () => {
    for (const text of ["", "   ", "zzzz-no-such"]) {
      const r = await ask("search/query", { text })
      expect([r.patients.length, r.claims.length, r.authorizations.length]).toEqual([0, 0, 0])
    }
  })
})

describe("patient view", () => {
  it("gathers one member's authorizations and claims across pages, including pages that showed no member ID", async () => {
    const found = await ask("search/query", { text: "Elijah Brown" })
    const key = found.patients.find((p) => p.memberId === "00982217")!.key
    const r = await ask("patient/get", { key })
    expect(r.claims.map((c) => c.claimNumber)).toEqual(["26290020117", "26227001417", "26220713362", "26213880154"]) // newest first
    expect(r.authorizations.map((a) => a.authNumber).sort()).toEqual(["OP2608114471", "OP2608209935", "OP2612300145"])
    expect(r.patient).toMatchObject({
      name: "BROWN, ELIJAH",
      memberId: "00982217",
      payers: ["Optum Behavioral Health"],
      claims: 4,
      authorizations: 3
    })
  })
  it("says so when nothing is stored for a key", async () => {
    expect(await handleMessage({ type: "patient/get", key: "id:NOBODY" }, popup, d)).toEqual({
      ok: false,
      error: "No records are stored for that patient."
    })
  })
})

describe("A/R drill-down", () => {
  it("lists the unpaid claims of one ageing bucket, the soonest deadline first, each route with its date or why it has none", async () => {
    const r = await ask("receivables/list", { filter: { bucket: "61-90" } })
    expect(r.rows.every((row) => row.ageDays > 60 && row.ageDays <= 90)).toBe(true)
    // UHC's partly paid claim (processed 09/19/2026): the reconsideration runs 12 months from the EOB, and it comes first
    expect(r.rows[0].claim.claimNumber).toBe("FH71234509")
    expect(r.rows[0].deadlines!.first).toMatchObject({ route: "reconsideration", deadline: "2027-09-19", verify: true })
    // UHC's denial read from a list that shows no processed date: no clock is guessed
    const uhcDenied = r.rows.find((row) => row.claim.claimNumber === "FH71239921")! // UHC, DOS 09/09/2026, denied
    expect(uhcDenied.deadlines!.routes.map((x) => [x.route, x.deadline])).toEqual([
      ["replacement", null],
      ["reconsideration", null]
    ])
    expect(uhcDenied.deadlines!.routes[1].missing).toMatch(/no processed date/)
    expect(r.rows.filter((row) => row.claim.status === "pending").every((row) => row.deadlines === null)).toBe(true)
  })
  it("lists one payer's unpaid claims; NY Medicaid's rejected claim has 90 days from the date of service; pending claims carry no routes", async () => {
    const r = await ask("receivables/list", { filter: { payer: "NY Medicaid" } })
    expect(
      r.rows.map((row) => [row.claim.claimNumber, row.claim.status, row.deadlines?.first?.deadline ?? null])
    ).toEqual([
      ["2026310000330412", "rejected", "2027-01-10"], // a new claim, 90 days from 10/12/2026
      ["2026301000123999", "denied", null], // no published adjustment or appeal window: no date guessed
      ["2026308000221780", "pending", null]
    ])
  })
  it("ages claims from the date the payer received them, counting only claims whose received date was seen", async () => {
    const r = await ask("receivables/list", { filter: { bucket: "31-60", from: "received" } })
    expect(r.rows.map((row) => [row.claim.claimNumber, row.claim.receivedDate, row.ageDays]).sort()).toEqual([
      ["2026281AB0412", "2026-10-09", 49],
      ["BH26300058812", "2026-10-23", 35],
      ["E2026110455201", "2026-10-08", 50]
    ])
    const overview = await ask("overview/get", {})
    expect(overview.receivables.ageingFromReceived.map((b) => [b.bucket, b.claims])).toEqual([
      ["0-30", 0],
      ["31-60", 3],
      ["61-90", 1],
      ["91-120", 1],
      ["120+", 0]
    ]) // FH71234509: partially paid, its CO-97 line still on insurance A/R
  })
  it("refuses a bucket that does not exist", async () => {
    const r = await handleMessage({ type: "receivables/list", filter: { bucket: "200+" } }, popup, d)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toMatch(/^refused receivables\/list: filter/)
  })
})

describe("records on the current tab", () => {
  it("returns what the last page read in that tab held", async () => {
    const tab = listFixtures().findIndex((f) => f.name === "03-prior-auth-list") + 1
    const r = await ask("records/on-tab", { tabId: tab })
    expect(r.claims).toEqual([])
    expect(r.authorizations.map((a) => a.authNumber)).toEqual(
      expect.arrayContaining(["A158842201", "A158842377", "A158849010"])
    )
    expect(await ask("records/on-tab", { tabId: 9999 })).toEqual({ ok: true, claims: [], authorizations: [] })
  })
})
