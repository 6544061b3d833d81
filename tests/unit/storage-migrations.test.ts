// One test per Dexie version: a database of the previous version opens, keeps its records, and gains
// what the new version adds.
import Dexie from "dexie"
import { describe, expect, it } from "vitest"
import { PayerLensDb, SCHEMA_V1, SETTINGS_KEY } from "../../src/storage/db"
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
    expect(db.verno).toBe(2)
    expect(await db.authorizations.toArray()).toEqual(before.auths)
    expect(await db.history.count()).toBe(before.history)
    expect((await db.settings.get("practice"))?.value).toEqual({ name: "Lakeside Counseling Group" })
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(DEFAULT_SETTINGS)
    expect(await db.reminders.count()).toBe(0)
    await db.delete()
  })

  it("a new database starts at v2 with the default settings", async () => {
    const db = new PayerLensDb(`payerlens-new-${process.pid}`)
    await db.open()
    expect(db.verno).toBe(2)
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(DEFAULT_SETTINGS)
    await db.delete()
  })
})
