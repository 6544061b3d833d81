import { afterEach, describe, expect, it } from "vitest"
import type { Capture } from "../../src/model/capture"
import { listFixtures } from "../sandbox/pages"
import { freshDb, unlockedStore } from "./helpers"
import type { PayerLensDb } from "../../src/storage/db"
import type { Store } from "../../src/storage"

const byName = (name: string) => {
  const f = listFixtures().find((x) => x.name === name)!
  return structuredClone(f.expected) as Capture
}
const list = () => byName("01-claim-status-results")
const detail = () => byName("02-claim-detail")
const auths = () => byName("03-auth-list")

let db: PayerLensDb
let store: Store
afterEach(async () => db?.delete())

const storeCapture = async (_db: PayerLensDb, capture: Capture, now = new Date("2026-11-20T10:00:00Z")) => {
  store ??= await unlockedStore(_db)
  return store.storeCapture(capture, now)
}
const claimOf = async (key: string) => (await store.records()).claims.find((c) => c.key === key)
const historyOf = (key: string) => store.history(key)

describe("storing captures", () => {
  it("keys claims by payer + claim number and authorizations by payer + auth number", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    await storeCapture(db, list())
    await storeCapture(db, auths())
    const claim = await claimOf("anthembluecrossblueshield|2026281AB0412")
    expect(claim?.patient.name).toBe("RIVERA, MARIA")
    expect((await store.records()).auths.find((a) => a.key === "anthembluecrossblueshield|A261001457")).toMatchObject({
      unitsRemaining: 2
    })
  })

  it("is idempotent: the same page twice changes no record and no history", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    const first = await storeCapture(db, list(), new Date("2026-11-20T10:00:00Z"))
    expect(first).toEqual({ claimsNew: 4, claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 0 })
    const claimsBefore = await db.sealedClaims.toArray()
    const historyBefore = await db.sealedHistory.count()
    const second = await storeCapture(db, list(), new Date("2026-11-21T10:00:00Z"))
    expect(second).toEqual({ claimsNew: 0, claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 0 })
    expect(await db.sealedClaims.toArray()).toEqual(claimsBefore)
    expect(await db.sealedHistory.count()).toBe(historyBefore)
    expect(await db.captures.count()).toBe(2)
  })

  it("a list row never erases what the detail page showed", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    await storeCapture(db, detail())
    await storeCapture(db, list())
    const claim = (await claimOf("anthembluecrossblueshield|2026281AB0412"))!
    expect(claim.patient.dateOfBirth).toBe("1988-03-14")
    expect(claim.receivedDate).toBe("2026-10-09")
    expect(claim.diagnosisCodes).toEqual(["F33.1", "F41.1"])
    expect(claim.lines).toHaveLength(1)
    expect(claim.lines[0].adjustments).toEqual([{ group: "CO", reason: "197", amountCents: 18000 }])
    // the list added the claim-level CARC the detail page did not show at claim level
    expect(claim.adjustments).toEqual([{ group: "CO", reason: "197", amountCents: null }])
  })

  it("an unknown status never overwrites a known one", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    await storeCapture(db, list())
    const later = list()
    later.claims[0] = { ...later.claims[0], status: "unknown", statusText: "" }
    await storeCapture(db, later)
    expect((await claimOf("anthembluecrossblueshield|2026281AB0412"))!.status).toBe("denied")
  })

  it("records one history row per observed change with the fields that changed", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    await storeCapture(db, list(), new Date("2026-11-01T09:00:00Z"))
    const paidLater = list()
    Object.assign(paidLater.claims[2], { status: "paid", statusText: "F1 Finalized/Payment", paidCents: 17600 })
    await storeCapture(db, paidLater, new Date("2026-11-15T09:00:00Z"))
    const rows = await historyOf("anthembluecrossblueshield|2026297AB0078")
    expect(rows).toHaveLength(2)
    expect(rows[1].changes).toEqual([
      { field: "status", from: "pending", to: "paid" },
      { field: "paidCents", from: null, to: 17600 }
    ])
    expect(rows[1].sourceUrl).toBe("https://apps.availity.com/public/apps/claim-status/results")
    const stored = (await claimOf("anthembluecrossblueshield|2026297AB0078"))!
    expect(stored.firstSeenAt).toBe("2026-11-01T09:00:00.000Z")
    expect(stored.lastChangedAt).toBe("2026-11-15T09:00:00.000Z")
  })

  it("keeps no query string or fragment of the page address", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    const c = list()
    c.url = "https://apps.availity.com/public/apps/claim-status/results?memberId=XGH884512301#top"
    await storeCapture(db, c)
    const claim = (await store.records()).claims[0]
    expect(claim.sourceUrl).toBe("https://apps.availity.com/public/apps/claim-status/results")
    expect(JSON.stringify(await db.captures.toArray())).not.toContain("XGH")
  })

  it("never merges two authorizations of one client", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    const c = auths()
    c.authorizations.push({ ...c.authorizations[0], authNumber: "A261009999", serviceCodes: ["90834"] })
    await storeCapture(db, c)
    expect((await store.records()).auths.filter((a) => a.patient.memberId === "XGH650031278")).toHaveLength(2)
  })
})

describe("schema", () => {
  it("opens at the current version with the documented tables", async () => {
    db = freshDb()
    store = await unlockedStore(db)
    await db.open()
    expect(db.verno).toBe(5)
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      "audit",
      "authorizations",
      "captures",
      "claims",
      "history",
      "lockedCaptures",
      "payments",
      "reminders",
      "sealedAuthorizations",
      "sealedClaims",
      "sealedHistory",
      "settings",
      "vault"
    ])
  })
})
