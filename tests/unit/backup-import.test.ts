// Restoring an encrypted backup: the export round-trips into another profile (other keys); a bad file — refused by
// its size, header, passphrase, integrity check or contents — or a write that fails half-way changes nothing.
import { afterEach, describe, expect, it, vi } from "vitest"
import type { Capture } from "../../src/model/capture"
import type { ReminderState } from "../../src/model/records"
import { handleMessage } from "../../src/worker/dispatch"
import { openStore, LOCKED_ERROR } from "../../src/storage"
import { createKeyFile } from "../../src/crypto/keys"
import { decryptBackup, encryptBackup, MAX_BACKUP_BYTES } from "../../src/crypto/backup"
import { fromBase64Url, toBase64Url } from "../../src/crypto/bytes"
import { listFixtures } from "../sandbox/pages"
import { EXT_ID as EXT, freshDb, ok, snapshotDb, TEST_PASSPHRASE, workerDeps, type TestDeps as Deps } from "./helpers"
import type { PayerLensDb } from "../../src/storage/db"

const options = { id: EXT, url: `chrome-extension://${EXT}/options.html` }
const NOW = new Date(2026, 10, 27, 10)
const OTHER_PASSPHRASE = "copper meadow tangent slowly 7731"

let dbs: PayerLensDb[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(dbs.map((db) => db.delete()))
  dbs = []
})

/** The worker's dependencies over an unlocked store (the test keys unless `store` is given). */
async function depsFor(overrides: Partial<Deps> = {}): Promise<Deps> {
  const { d } = await workerDeps({
    now: () => NOW,
    grants: async () => ({ matches: ["https://apps.availity.com/*", "https://provider.uhc.com/*"], tabs: {} }),
    ...overrides
  })
  dbs.push(d.db)
  return d
}

/** A practice's store: five pages read, a denial resolved, reminders fired and one snoozed. */
async function populated(): Promise<Deps> {
  const d = await depsFor()
  for (const name of [
    "01-claim-status-results",
    "02-claim-detail",
    "03-auth-list",
    "01-claims-list",
    "03-prior-auth-list"
  ]) {
    const f = listFixtures().find((x) => x.name === name && ["availity", "uhc"].includes(x.portal))!
    const capture = structuredClone(f.expected) as Capture
    ok(await handleMessage({ type: "capture/submit", capture }, { id: EXT, url: capture.url, tab: { id: 3 } }, d))
  }
  ok(
    await handleMessage(
      { type: "claim/resolve", key: "anthembluecrossblueshield|2026281AB0412", reason: "appealed" },
      options,
      d
    )
  )
  // the tick also brings the kept snapshot up to date, so no timed write lands between two snapshots below
  ok(await handleMessage({ type: "reminders/tick" }, options, d))
  const fired = [...(await d.store.reminderStates()).keys()]
  expect(fired.length).toBeGreaterThan(0)
  ok(await handleMessage({ type: "reminder/update", id: fired[0], action: "snooze-week" }, options, d))
  return d
}

const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key))
const byId = (rows: ReminderState[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))

/** Everything the store holds, as the unlocked worker reads it (on disk it is sealed under the store's own keys). */
async function held(d: Deps) {
  const { claims, auths, settings } = await d.store.records()
  const history = await Promise.all(byKey([...claims, ...auths]).map((r) => d.store.history(r.key)))
  return {
    claims: byKey(claims),
    auths: byKey(auths),
    history,
    reminders: byId([...(await d.store.reminderStates()).values()]),
    settings,
    stored: await d.store.settings()
  }
}

const exportOf = async (d: Deps) =>
  ok(await handleMessage({ type: "data/export", passphrase: TEST_PASSPHRASE }, options, d)).backup
const opened = async (backup: string): Promise<any> => decryptBackup(fromBase64Url(backup)!, TEST_PASSPHRASE)
const sealed = async (json: unknown) => toBase64Url(await encryptBackup(json, TEST_PASSPHRASE))
const restore = (d: Deps, backup: string, passphrase = TEST_PASSPHRASE) =>
  handleMessage({ type: "data/import", backup, passphrase }, options, d)

/** A refused restore: its error, with the store (disk and memory) checked unchanged. */
async function refused(d: Deps, backup: string, passphrase = TEST_PASSPHRASE) {
  const before = await snapshotDb(d.db)
  const holding = await held(d)
  const reply = await restore(d, backup, passphrase)
  expect(reply.ok).toBe(false)
  const error = reply.ok ? "" : reply.error
  expect(error).not.toMatch(/RIVERA|XGH884512301|2026281AB0412/) // values never echoed
  expect(await snapshotDb(d.db)).toEqual(before)
  expect(await held(d)).toEqual(holding)
  return error
}

describe("backup import", () => {
  it("restores an export into another profile exactly, replacing what was there", async () => {
    const source = await populated()
    const backup = await exportOf(source)
    const json = await opened(backup)
    expect(json.claims.length).toBeGreaterThan(0)
    // another profile: its own passphrase and keys, and a page already read
    const keys = await createKeyFile(OTHER_PASSPHRASE)
    const db = freshDb()
    const target = await depsFor({ db, store: openStore(db, { unlocked: keys }) })
    const first = listFixtures()[0]
    ok(
      await handleMessage(
        { type: "capture/submit", capture: structuredClone(first.expected) },
        { id: EXT, url: first.url, tab: { id: 1 } },
        { ...target, grants: async () => ({ matches: ["https://*/*"], tabs: {} }) }
      )
    )
    // the backup opens with the passphrase it was made with, not the target's
    const reply = await restore(target, backup)
    expect(reply).toEqual({
      ok: true,
      restored: {
        claims: json.claims.length,
        authorizations: json.authorizations.length,
        history: json.history.length
      }
    })
    expect(await held(target)).toEqual(await held(source))
    // sealed again under the target's keys: no blind id in common, nothing clear on disk
    const ids = async (d: Deps) => (await d.db.sealedClaims.toArray()).map((r) => r.id)
    const sourceIds = new Set(await ids(source))
    expect((await ids(target)).filter((id) => sourceIds.has(id))).toEqual([])
    expect(await target.db.sealedClaims.count()).toBe(json.claims.length)
    expect(await target.db.claims.count()).toBe(0)
    // what the popup shows is the restored data (the worker's records were replaced)
    const overview = ok(await handleMessage({ type: "overview/get" }, options, target))
    expect(overview.overview.totals).toEqual({
      claims: json.claims.length,
      authorizations: json.authorizations.length
    })
    expect((await target.store.audit.entries()).at(-1)).toMatchObject({ kind: "import" })
  })

  const cases: [string, (b: any) => unknown, RegExp][] = [
    ["not a PayerLens file", (b) => ({ ...b, app: "Other" }), /contents are not valid \(app: not a PayerLens backup\)/],
    [
      "an amount that is not whole cents",
      (b) => ((b.claims[0].billedCents = "180.00"), b),
      /contents are not valid \(claims\.0\.billedCents: /
    ],
    [
      "two claims with one key",
      (b) => (b.claims.push({ ...b.claims[0] }), b),
      /contents are not valid \(claims: two claims share one key\)/
    ],
    ["an unknown setting", (b) => (b.settings.push({ key: "telemetry", value: true }), b), /\(settings\.\d+/],
    [
      "a threshold out of range",
      (b) => ((b.settings.find((s: any) => s.key === "tracking").value.authVisitsLeft = -1), b),
      /\(settings\.\d+\.value\.authVisitsLeft: /
    ],
    ["a missing table", (b) => (delete b.history, b), /\(history: /]
  ]
  for (const [what, spoil, error] of cases)
    it(`refuses ${what} with a specific error and changes nothing`, async () => {
      const d = await populated()
      const backup = await sealed(spoil(await opened(await exportOf(d))))
      const text = await refused(d, backup)
      expect(text).toMatch(/^Nothing was changed: the backup's contents are not valid \(/)
      expect(text).toMatch(error)
    })

  it("refuses a backup from a newer PayerLens, by its data version or its file format", async () => {
    const d = await populated()
    const backup = await exportOf(d)
    expect(await refused(d, await sealed({ ...(await opened(backup)), version: 99 }))).toBe(
      "Nothing was changed: this backup was made by a newer PayerLens (data version 99); update PayerLens first."
    )
    const bytes = fromBase64Url(backup)!
    const text = new TextDecoder().decode(bytes.subarray(0, 400))
    const header = text.indexOf('"format":1')
    expect(header).toBeGreaterThan(0)
    const newer = bytes.slice()
    newer[header + '"format":'.length] = "2".charCodeAt(0)
    expect(await refused(d, toBase64Url(newer))).toBe(
      "Nothing was changed: this backup was made by a newer PayerLens (backup format 2; this one reads 1); " +
        "update PayerLens first."
    )
  })

  it("refuses a file cut short, in its header or its encrypted part", async () => {
    const d = await populated()
    const bytes = fromBase64Url(await exportOf(d))!
    expect(await refused(d, toBase64Url(bytes.slice(0, bytes.length - 16)))).toMatch(
      /^Nothing was changed: this backup file is cut short \(\d+ of \d+ encrypted bytes\)\.$/
    )
    expect(await refused(d, toBase64Url(bytes.slice(0, 60)))).toBe(
      "Nothing was changed: this backup file is cut short (its header is incomplete)."
    )
    expect(await refused(d, toBase64Url(bytes.slice(0, 10)))).toBe(
      "Nothing was changed: this backup file is cut short (it ends before its header)."
    )
    expect(await refused(d, "")).toMatch(/^Nothing was changed: this backup file is cut short/)
  })

  it("refuses a file with one byte changed, in its contents or its tag", async () => {
    const d = await populated()
    const bytes = fromBase64Url(await exportOf(d))!
    for (const at of [bytes.length - 1, bytes.length - 200, Math.floor(bytes.length * 0.75)]) {
      const flipped = bytes.slice()
      flipped[at] ^= 0x01
      expect(await refused(d, toBase64Url(flipped)), `byte ${at}`).toBe(
        "Nothing was changed: this backup was changed or damaged after it was made (its contents fail their check)."
      )
    }
  })

  it("refuses a passphrase that does not open the backup", async () => {
    const d = await populated()
    const backup = await exportOf(d)
    expect(await refused(d, backup, OTHER_PASSPHRASE)).toBe(
      "Nothing was changed: That passphrase does not open this backup (or the backup's header was changed)."
    )
  })

  it("refuses a file over 100 MB before reading it", async () => {
    const d = await populated()
    // 100 MB and one byte of zeros, as base64url ("A" is six zero bits)
    const huge = "A".repeat(Math.ceil(((MAX_BACKUP_BYTES + 1) * 4) / 3))
    expect(fromBase64Url(huge)?.length).toBe(MAX_BACKUP_BYTES + 1)
    expect(await refused(d, huge)).toBe(
      "Nothing was changed: this file is 100.0 MB; a PayerLens backup is never over 100.0 MB, so it was not read."
    )
  }, 60_000)

  it("refuses files that are not encrypted PayerLens backups: another file, an unencrypted backup, not base64", async () => {
    const d = await populated()
    const json = await opened(await exportOf(d))
    expect(await refused(d, toBase64Url(new TextEncoder().encode("%PDF-1.7\n% a remittance")))).toBe(
      "Nothing was changed: this file is not a PayerLens backup."
    )
    // a backup an earlier PayerLens wrote in the clear is refused, not read
    expect(await refused(d, toBase64Url(new TextEncoder().encode(JSON.stringify(json))))).toBe(
      "Nothing was changed: this is an unencrypted backup, not an encrypted PayerLens backup."
    )
    expect(await refused(d, "not base64url!")).toMatch(/^refused data\/import: backup: .*base64url/)
  })

  it("rolls everything back when a write fails half-way", async () => {
    const d = await populated()
    const json = await opened(await exportOf(d))
    const backup = await sealed({ ...json, claims: json.claims.slice(1) })
    vi.spyOn(d.db.reminders, "bulkPut").mockRejectedValueOnce(
      Object.assign(new Error("disk full"), { name: "QuotaExceededError" })
    )
    expect(await refused(d, backup)).toBe(
      "Storage error (QuotaExceededError): the browser's storage is full. Nothing already stored was changed."
    )
  })

  it("is refused from a content script, and while locked", async () => {
    const d = await populated()
    const backup = await exportOf(d)
    const before = await snapshotDb(d.db)
    const reply = await handleMessage(
      { type: "data/import", backup, passphrase: TEST_PASSPHRASE },
      { id: EXT, url: "https://apps.availity.com/x", tab: { id: 3 } },
      d
    )
    expect(reply.ok).toBe(false)
    expect(await snapshotDb(d.db)).toEqual(before)
    await d.store.lock(NOW, "user")
    const locked = await snapshotDb(d.db)
    expect(await restore(d, backup)).toEqual({ ok: false, error: `Nothing was changed: ${LOCKED_ERROR}` })
    expect(await snapshotDb(d.db)).toEqual(locked)
  })
})
