// One test per Dexie version: a database of the previous version opens, keeps its records, and gains
// what the new version adds.
import Dexie from "dexie"
import { describe, expect, it } from "vitest"
import { PayerLensDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SETTINGS_KEY } from "../../src/storage/db"
import type { StoredClaim } from "../../src/model/records"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { listFixtures } from "../sandbox/pages"
import { planCapture } from "../../src/storage/store-capture"
import { openStore, memorySession } from "../../src/storage"
import { snapshotDb, TEST_PASSPHRASE } from "./helpers"
import { PBKDF2_ITERATIONS } from "../../src/crypto/keys"
import type { Capture } from "../../src/model/capture"
import { loadSettings } from "../../src/storage/records"
import { claimRoutes } from "../../src/deadlines"
import { tableOf } from "../../src/receivables/filing-clock"

/** The version a database opens at today. */
const LATEST = 5

/** The clear write path every version before v5 had: a capture merged into the claims, authorizations and
 * history tables as they are. */
async function storeClearCapture(db: Dexie, capture: Capture, now: Date) {
  const claims = new Map((await db.table("claims").toArray()).map((c) => [c.key, c]))
  const auths = new Map((await db.table("authorizations").toArray()).map((a) => [a.key, a]))
  const { change } = planCapture({ claims, auths }, capture, now)
  await db.table("claims").bulkPut(change.claims)
  await db.table("authorizations").bulkPut(change.auths)
  await db.table("history").bulkAdd(change.history)
  await db.table("captures").add(change.captureLog)
}

describe("v1 → v2: reminder states and tracking settings", () => {
  it("opens a v1 database without losing claims, authorizations or history", async () => {
    const name = `payerlens-migration-${process.pid}`
    const v1 = new Dexie(name)
    v1.version(1).stores(SCHEMA_V1)
    // fill v1 through the real write path of that version's tables
    const capture = listFixtures().find((f) => f.name === "03-auth-list")!.expected as Capture
    await storeClearCapture(v1, capture, new Date("2026-11-01T00:00:00Z"))
    await v1.table("settings").put({ key: "practice", value: { name: "Lakeside Counseling Group" } })
    const before = { auths: await v1.table("authorizations").toArray(), history: await v1.table("history").count() }
    v1.close()

    const db = new PayerLensDb(name)
    await db.open()
    expect(db.verno).toBe(LATEST)
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
    expect(db.verno).toBe(LATEST)
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(DEFAULT_SETTINGS)
    await db.delete()
  })
})

describe("v2 → v3: stored claims re-classified by claim status revision 2", () => {
  const stored = (over: Partial<StoredClaim>): StoredClaim => ({
    claimNumber: "C1",
    payer: "Aetna",
    patient: { name: "RIVERA, MARIA", memberId: "W123456789", dateOfBirth: null },
    serviceFrom: "2026-01-12",
    serviceTo: "2026-01-12",
    status: "denied",
    statusText: "Finalized",
    billedCents: 18_000,
    allowedCents: 11_300,
    paidCents: 0,
    patientResponsibilityCents: 11_300,
    receivedDate: null,
    processedDate: "2026-01-20",
    paymentDate: null,
    checkNumber: null,
    remarkCodes: [],
    diagnosisCodes: [],
    lines: [],
    adjustments: [
      { group: "CO", reason: "45", amountCents: 6_700 },
      { group: "PR", reason: "1", amountCents: 11_300 }
    ],
    key: "aetna|C1",
    portal: "availity",
    sourceUrl: "https://apps.availity.com/x",
    firstSeenAt: "2026-01-21T00:00:00Z",
    lastChangedAt: "2026-01-21T00:00:00Z",
    resolution: null,
    ...over
  })

  it("a deductible-only $0 claim stored as denied becomes paid, with a history entry; real denials stay", async () => {
    const name = `payerlens-migration-v3-${process.pid}`
    const v2 = new Dexie(name)
    v2.version(1).stores(SCHEMA_V1)
    v2.version(2).stores(SCHEMA_V2)
    await v2.open()
    const deductible = stored({})
    const denial = stored({
      claimNumber: "C2",
      key: "aetna|C2",
      statusText: "Finalized",
      allowedCents: null,
      patientResponsibilityCents: null,
      adjustments: [{ group: "PR", reason: "204", amountCents: 18_000 }]
    })
    const a4 = stored({
      claimNumber: "C3",
      key: "aetna|C3",
      status: "received",
      statusText: "A4 Not Found",
      paidCents: null,
      adjustments: []
    })
    await v2.table("claims").bulkPut([deductible, denial, a4])
    v2.close()

    const db = new PayerLensDb(name)
    await db.open()
    expect(db.verno).toBe(LATEST)
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

describe("v3 → v4: the old timely-filing days become deadline-table overrides; claims may carry appeals", () => {
  const OLD_DEFAULTS = { medicare: 365, unitedhealthcare: 90, cigna: 90, anthem: 90, aetna: 120, medicaid: 95 }
  const v3Settings = (timelyFilingDays: Record<string, number>) => ({
    authVisitsLeft: 2,
    authFractionLeft: 0.25,
    authDaysBeforeEnd: 10,
    reauthLeadBusinessDays: 8,
    followUpDays: 30,
    timelyFilingAlertDays: 21,
    timelyFilingDays
  })

  async function openV3(name: string, value: unknown, claims: StoredClaim[] = []) {
    const v3 = new Dexie(name)
    v3.version(1).stores(SCHEMA_V1)
    v3.version(2).stores(SCHEMA_V2)
    v3.version(3).stores(SCHEMA_V3)
    await v3.open()
    await v3.table("settings").bulkPut([
      { key: SETTINGS_KEY, value },
      { key: "practice", value: { name: "Lakeside Counseling Group" } }
    ])
    await v3.table("claims").bulkPut(claims)
    v3.close()
    const db = new PayerLensDb(name)
    await db.open()
    return db
  }

  it("drops the old defaults (Medicare 365, Medicaid 95): the table's sourced defaults apply", async () => {
    const db = await openV3(`payerlens-migration-v4a-${process.pid}`, v3Settings(OLD_DEFAULTS))
    expect(db.verno).toBe(LATEST)
    const stored = (await db.settings.get(SETTINGS_KEY))?.value as Record<string, unknown>
    expect(stored).toEqual({ ...v3Settings({}), timelyFilingDays: undefined, payerRules: {} })
    expect(stored).not.toHaveProperty("timelyFilingDays")
    // NY Medicaid: 90 days from the date of service, not 95; Medicare: 12 months, not 365 days
    const table = tableOf(await loadSettings(db))
    expect(table["medicaid-ny"].timelyFiling.period).toEqual({ amount: 90, unit: "days" })
    expect(table.medicare.timelyFiling.period).toEqual({ amount: 12, unit: "months" })
    expect((await db.settings.get("practice"))?.value).toEqual({ name: "Lakeside Counseling Group" })
    await db.delete()
  })

  it("keeps a value the user changed as an override of the rows the old key governed", async () => {
    const changed = { ...OLD_DEFAULTS, aetna: 95, medicaid: 365, cigna: 180 }
    const db = await openV3(`payerlens-migration-v4b-${process.pid}`, v3Settings(changed))
    const settings = await loadSettings(db)
    expect(settings.payerRules).toEqual({
      aetna: { timelyFiling: { amount: 95, unit: "days" } },
      cigna: { timelyFiling: { amount: 180, unit: "days" } },
      medicaid: { timelyFiling: { amount: 365, unit: "days" } },
      "medicaid-ny": { timelyFiling: { amount: 365, unit: "days" } }
    })
    expect(settings).toMatchObject({ authVisitsLeft: 2, followUpDays: 30, timelyFilingAlertDays: 21 })
    // the user's value replaces the default, marked as theirs (no "verify")
    const rejected = claimRoutes(
      {
        payer: "Aetna",
        status: "rejected",
        serviceFrom: "2026-10-01",
        processedDate: null,
        paymentDate: null,
        remarkCodes: [],
        lines: []
      },
      tableOf(settings),
      "2026-11-27"
    )
    expect(rejected.first).toMatchObject({
      route: "new-claim",
      deadline: "2027-01-04",
      limitDays: 95,
      edited: true,
      verify: false
    })
    await db.delete()
  })

  it("keeps claims as they were: an old 'Mark resolved: appealed' stays closed, with no appeal guessed", async () => {
    const closed: StoredClaim = {
      claimNumber: "C9",
      payer: "Cigna",
      patient: { name: "RIVERA, MARIA", memberId: "W123456789", dateOfBirth: null },
      serviceFrom: "2026-09-01",
      serviceTo: "2026-09-01",
      status: "denied",
      statusText: "Denied",
      billedCents: 18_000,
      allowedCents: null,
      paidCents: 0,
      patientResponsibilityCents: null,
      receivedDate: null,
      processedDate: "2026-09-20",
      paymentDate: null,
      checkNumber: null,
      remarkCodes: [],
      diagnosisCodes: [],
      lines: [],
      adjustments: [{ group: "CO", reason: "197", amountCents: 18_000 }],
      key: "cigna|C9",
      portal: "cigna",
      sourceUrl: "",
      firstSeenAt: "2026-09-21T00:00:00Z",
      lastChangedAt: "2026-10-02T00:00:00Z",
      resolution: { reason: "appealed", at: "2026-10-02T00:00:00Z" }
    }
    const db = await openV3(`payerlens-migration-v4c-${process.pid}`, v3Settings(OLD_DEFAULTS), [closed])
    expect(await db.claims.toArray()).toEqual([closed])
    expect(await db.history.count()).toBe(0)
    await db.delete()
  })
})

describe("v4 → v5: the protected store; a database written before it is sealed at setup, in one go", () => {
  const fixture = (name: string) => structuredClone(listFixtures().find((f) => f.name === name)!.expected) as Capture

  it("opens a v4 database with its clear rows untouched; setup seals them all and empties the clear tables", async () => {
    const name = `payerlens-migration-v5-${process.pid}`
    const v4 = new Dexie(name)
    v4.version(1).stores(SCHEMA_V1)
    v4.version(2).stores(SCHEMA_V2)
    v4.version(3).stores(SCHEMA_V3)
    v4.version(4).stores(SCHEMA_V4)
    await v4.open()
    await v4.table("settings").put({ key: SETTINGS_KEY, value: DEFAULT_SETTINGS })
    await storeClearCapture(v4, fixture("01-claim-status-results"), new Date("2026-11-01T09:00:00Z"))
    await storeClearCapture(v4, fixture("03-auth-list"), new Date("2026-11-01T09:00:00Z"))
    const paid = fixture("01-claim-status-results")
    Object.assign(paid.claims[2], { status: "paid", statusText: "F1 Finalized/Payment", paidCents: 17600 })
    await storeClearCapture(v4, paid, new Date("2026-11-15T09:00:00Z"))
    const claimKey = paid.claims[2] && "anthembluecrossblueshield|2026297AB0078"
    const authKey = (await v4.table("authorizations").toArray())[0].key as string
    const reminder = {
      id: `auth-low:${authKey}:2`,
      recordKey: authKey,
      firedAt: "2026-11-20T10:00:00.000Z",
      snoozedUntil: null,
      dismissedAt: "2026-11-21T10:00:00.000Z"
    }
    await v4.table("reminders").put(reminder)
    const before = {
      claims: await v4.table("claims").toArray(),
      auths: await v4.table("authorizations").toArray(),
      history: await v4.table("history").where("recordKey").equals(claimKey).toArray()
    }
    v4.close()

    const db = new PayerLensDb(name)
    await db.open()
    expect(db.verno).toBe(LATEST)
    // nothing is lost before setup: the clear rows wait for the passphrase
    expect(await db.claims.toArray()).toEqual(before.claims)
    const session = memorySession()
    const store = openStore(db, { session })
    expect(await store.state()).toBe("new")
    await store.setUp(TEST_PASSPHRASE, new Date("2026-11-27T15:00:00Z"))
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)

    for (const t of ["claims", "authorizations", "history"]) expect(await db.table(t).count(), t).toBe(0)
    expect(await db.sealedClaims.count()).toBe(before.claims.length)
    expect(await db.sealedAuthorizations.count()).toBe(before.auths.length)
    const disk = JSON.stringify(await snapshotDb(db), (_k, v) =>
      v instanceof Uint8Array ? new TextDecoder().decode(v) : v
    )
    for (const c of before.claims) {
      expect(disk).not.toContain(c.claimNumber)
      if (c.patient.name) expect(disk).not.toContain(c.patient.name)
      if (c.patient.memberId) expect(disk).not.toContain(c.patient.memberId)
    }
    for (const a of before.auths) expect(disk).not.toContain(a.authNumber)

    // locked and unlocked again, everything is whole: records, history, and what the user did with a reminder
    await store.lock(new Date("2026-11-27T15:01:00Z"), "user")
    await store.unlock(TEST_PASSPHRASE, new Date("2026-11-27T15:02:00Z"))
    const records = await store.records()
    const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key))
    expect(byKey(records.claims)).toEqual(byKey(before.claims))
    expect(byKey(records.auths)).toEqual(byKey(before.auths))
    expect((await store.history(claimKey)).map((h) => h.changes)).toEqual(before.history.map((h) => h.changes))
    expect((await store.reminderStates()).get(reminder.id)).toEqual(reminder)
    expect((await db.reminders.toArray())[0].id).toMatch(/^auth-low:[0-9a-f]{64}:2$/)
    await db.delete()
  })
})
