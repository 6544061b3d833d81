// One test per Dexie version: a database of the previous version opens, keeps its records, and gains
// what the new version adds.
import Dexie from "dexie"
import { describe, expect, it } from "vitest"
import { PayerLensDb, SCHEMA_V1, SCHEMA_V2, SETTINGS_KEY } from "../../src/storage/db"
import type { StoredClaim } from "../../src/model/records"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { listFixtures } from "../sandbox/pages"
import { storeCapture } from "../../src/storage/store-capture"
import type { Capture } from "../../src/model/capture"

describe("v1 → v2: reminder states and tracking settings", () => {
  it("opens a v1 database without losing claims, authorizations or history", async () => {
    const name = `payerlens-migration-${process.pid}`
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_V1)
    // fill v1 through the real write path of that version's tables
    const capture = listFixtures().find((f) => f.name === "03-auth-list")!.expected as Capture
    await storeCapture(v1 as unknown as PayerLensDb, capture, new Date("2026-11-01T00:00:00Z"))
    await v1.table("settings").put({ key: "practice", value: { name: "Lakeside Counseling Group" } })
    const before = { auths: await v1.table("authorizations").toArray(), history: await v1.table("history").count() }
    v1.close()

    const db = new PayerLensDb(name)
    await db.open()
    expect(db.verno).toBe(3)
    expect(await db.authorizations.toArray()).toEqual(before.auths)
    expect(await db.history.count()).toBe(before.history)
    expect((await db.settings.get("practice"))?.value).toEqual({ name: "Lakeside Counseling Group" })
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(DEFAULT_SETTINGS)
    expect(await db.reminders.count()).toBe(0)
    await db.delete()
  })

  it("a new database starts at the latest version with the default settings", async () => {
    const db = new PayerLensDb(`payerlens-new-${process.pid}`)
    await db.open()
    expect(db.verno).toBe(3)
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(DEFAULT_SETTINGS)
    await db.delete()
  })
})

describe("v2 → v3: stored claims re-classified by claim status revision 2", () => {
  const stored = (over: Partial<StoredClaim>): StoredClaim => ({
    claimNumber: "C1", payer: "Aetna", patient: { name: "RIVERA, MARIA", memberId: "W123456789", dateOfBirth: null },
    serviceFrom: "2026-01-12", serviceTo: "2026-01-12", status: "denied", statusText: "Finalized", billedCents: 18_000,
    allowedCents: 11_300, paidCents: 0, patientResponsibilityCents: 11_300, receivedDate: null, processedDate: "2026-01-20",
    paymentDate: null, checkNumber: null, remarkCodes: [], diagnosisCodes: [], lines: [],
    adjustments: [{ group: "CO", reason: "45", amountCents: 6_700 }, { group: "PR", reason: "1", amountCents: 11_300 }],
    key: "aetna|C1", portal: "availity", sourceUrl: "https://apps.availity.com/x", firstSeenAt: "2026-01-21T00:00:00Z",
    lastChangedAt: "2026-01-21T00:00:00Z", resolution: null, ...over
  })

  it("a deductible-only $0 claim stored as denied becomes paid, with a history entry; real denials stay", async () => {
    const name = `payerlens-migration-v3-${process.pid}`
    const v2 = new Dexie(name)
    v2.version(1).stores(SCHEMA_V1)
    v2.version(2).stores(SCHEMA_V2)
    await v2.open()
    const deductible = stored({})
    const denial = stored({ claimNumber: "C2", key: "aetna|C2", statusText: "Finalized", allowedCents: null, patientResponsibilityCents: null,
      adjustments: [{ group: "PR", reason: "204", amountCents: 18_000 }] })
    const a4 = stored({ claimNumber: "C3", key: "aetna|C3", status: "received", statusText: "A4 Not Found", paidCents: null, adjustments: [] })
    await v2.table("claims").bulkPut([deductible, denial, a4])
    v2.close()

    const db = new PayerLensDb(name)
    await db.open()
    expect(db.verno).toBe(3)
    const byKey = Object.fromEntries((await db.claims.toArray()).map((c) => [c.key, c.status]))
    expect(byKey).toEqual({ "aetna|C1": "paid", "aetna|C2": "denied", "aetna|C3": "rejected" })
    const history = await db.history.toArray()
    expect(history.map((h) => [h.recordKey, h.changes])).toEqual([
      ["aetna|C1", [{ field: "status", from: "denied", to: "paid" }]],
      ["aetna|C3", [{ field: "status", from: "received", to: "rejected" }]]
    ])
    await db.delete()
  })
})
