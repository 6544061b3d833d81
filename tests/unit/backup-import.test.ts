// Restoring a JSON backup: the export round-trips; a bad file — or a write that fails half-way — changes nothing.
import { afterEach, describe, expect, it, vi } from "vitest"
import type { Capture } from "../../src/model/capture"
import { handleMessage } from "../../src/worker/dispatch"
import { ok, type TestDeps as Deps } from "./helpers"
import { openStore } from "../../src/storage"
import { listFixtures } from "../sandbox/pages"
import { freshDb } from "./helpers"
import type { PayerLensDb } from "../../src/storage/db"

const EXT = "abcdefghijklmnopabcdefghijklmnop"
const options = { id: EXT, url: `chrome-extension://${EXT}/options.html` }

let dbs: PayerLensDb[] = []
function depsFor(db: PayerLensDb): Deps {
  dbs.push(db)
  return {
    db,
    store: openStore(db),
    self: { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` },
    now: () => new Date(2026, 10, 27, 10),
    setBadge: async () => undefined,
    storageError: { get: async () => null, set: async () => undefined },
    log: () => undefined,
    grants: async () => ({ matches: ["https://apps.availity.com/*", "https://provider.uhc.com/*"], tabs: {} }),
    injectReader: async () => undefined,
    registerSite: async () => undefined,
    notify: async () => undefined,
    scheduleTick: async () => undefined,
    keepAnswer: async () => undefined,
    tabRecords: { remember: async () => undefined, get: async () => null }
  }
}
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()))
  dbs = []
})

async function populated(): Promise<Deps> {
  const d = depsFor(freshDb())
  for (const name of [
    "01-claim-status-results",
    "02-claim-detail",
    "03-auth-list",
    "01-claims-list",
    "03-prior-auth-list"
  ]) {
    const f = listFixtures().find((x) => x.name === name && ["availity", "uhc"].includes(x.portal))!
    const capture = structuredClone(f.expected) as Capture
    await handleMessage({ type: "capture/submit", capture }, { id: EXT, url: capture.url, tab: { id: 3 } }, d)
  }
  await handleMessage(
    { type: "claim/resolve", key: "anthembluecrossblueshield|2026281AB0412", reason: "appealed" },
    options,
    d
  )
  await handleMessage({ type: "reminder/update", id: "auth-low:x:2", action: "snooze-week" }, options, d)
  return d
}

const snapshot = async (db: PayerLensDb) => ({
  claims: await db.claims.toArray(),
  authorizations: await db.authorizations.toArray(),
  history: await db.history.toArray(),
  reminders: await db.reminders.toArray(),
  settings: await db.settings.toArray()
})
const exported = async (d: Deps) => {
  const reply = ok(await handleMessage({ type: "data/export" }, options, d))
  return JSON.parse(reply.backup)
}

describe("backup import", () => {
  it("restores an export into another profile exactly, replacing what was there", async () => {
    const source = await populated()
    const backup = await exported(source)
    const target = depsFor(freshDb())
    await handleMessage(
      { type: "capture/submit", capture: structuredClone(listFixtures()[0].expected) },
      { id: EXT, url: listFixtures()[0].url, tab: { id: 1 } },
      { ...target, grants: async () => ({ matches: ["https://*/*"], tabs: {} }) }
    )
    const reply = await handleMessage({ type: "data/import", backup }, options, target)
    expect(reply).toEqual({
      ok: true,
      restored: {
        claims: backup.claims.length,
        authorizations: backup.authorizations.length,
        history: backup.history.length
      }
    })
    expect(await snapshot(target.db)).toEqual(await snapshot(source.db))
    // what the popup shows is the restored data (the worker's cached records were dropped)
    const overview = ok(await handleMessage({ type: "overview/get" }, options, target))
    expect(overview.overview.totals).toEqual({
      claims: backup.claims.length,
      authorizations: backup.authorizations.length
    })
  })

  const cases: [string, (b: any) => unknown, RegExp][] = [
    ["not a PayerLens file", (b) => ({ ...b, app: "Other" }), /backup\.app: not a PayerLens backup/],
    [
      "an amount that is not whole cents",
      (b) => ((b.claims[0].billedCents = "180.00"), b),
      /backup\.claims\.0\.billedCents/
    ],
    [
      "two claims with one key",
      (b) => (b.claims.push({ ...b.claims[0] }), b),
      /backup\.claims: two claims share one key/
    ],
    ["an unknown setting", (b) => (b.settings.push({ key: "telemetry", value: true }), b), /backup\.settings\.\d+/],
    [
      "a threshold out of range",
      (b) => ((b.settings.find((s: any) => s.key === "tracking").value.authVisitsLeft = -1), b),
      /backup\.settings\.\d+\.value\.authVisitsLeft/
    ],
    ["a missing table", (b) => (delete b.history, b), /backup\.history/]
  ]
  for (const [what, spoil, error] of cases)
    it(`refuses ${what} with a specific error and changes nothing`, async () => {
      const d = await populated()
      const before = await snapshot(d.db)
      const reply = await handleMessage({ type: "data/import", backup: spoil(await exported(d)) }, options, d)
      expect(reply.ok).toBe(false)
      expect(!reply.ok && reply.error).toMatch(/^refused data\/import: /)
      expect(!reply.ok && reply.error).toMatch(error)
      expect(!reply.ok && reply.error).not.toMatch(/RIVERA|XGH884512301/) // values never echoed
      expect(await snapshot(d.db)).toEqual(before)
    })

  it("refuses a backup from a newer PayerLens", async () => {
    const d = await populated()
    const before = await snapshot(d.db)
    const reply = await handleMessage(
      { type: "data/import", backup: { ...(await exported(d)), version: 99 } },
      options,
      d
    )
    expect(reply).toEqual({
      ok: false,
      error: "Nothing was changed: this backup was made by a newer PayerLens (data version 99); update PayerLens first."
    })
    expect(await snapshot(d.db)).toEqual(before)
  })

  it("rolls everything back when a write fails half-way", async () => {
    const d = await populated()
    const backup = await exported(d)
    const before = await snapshot(d.db)
    vi.spyOn(d.db.reminders, "bulkAdd").mockRejectedValueOnce(
      Object.assign(new Error("disk full"), { name: "QuotaExceededError" })
    )
    const reply = await handleMessage(
      { type: "data/import", backup: { ...backup, claims: backup.claims.slice(1) } },
      options,
      d
    )
    expect(reply).toEqual({
      ok: false,
      error: "Storage error (QuotaExceededError): the browser's storage is full. Nothing already stored was changed."
    })
    expect(await snapshot(d.db)).toEqual(before)
  })

  it("is refused from a content script", async () => {
    const d = await populated()
    const reply = await handleMessage(
      { type: "data/import", backup: await exported(d) },
      { id: EXT, url: "https://apps.availity.com/x", tab: { id: 3 } },
      d
    )
    expect(reply.ok).toBe(false)
  })
})
