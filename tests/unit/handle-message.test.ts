import { afterEach, describe, expect, it, vi } from "vitest"
import type { Capture } from "../../src/model/capture"
import { handleMessage } from "../../src/worker/dispatch"
import { ok, snapshotDb, TEST_PASSPHRASE, workerDeps, type TestDeps as Deps } from "./helpers"
import { listFixtures } from "../sandbox/pages"
import type { PayerLensDb } from "../../src/storage/db"
import type { KeptAnswer } from "../../src/messages/replies"
import { FIRST_ROWS } from "../../src/messages/first-rows"
import { localDate } from "../../src/dates/calendar"
import { decryptBackup } from "../../src/crypto/backup"
import { fromBase64Url } from "../../src/crypto/bytes"

const EXT = "abcdefghijklmnopabcdefghijklmnop"
const contentSender = { id: EXT, url: "https://apps.availity.com/public/apps/claim-status/results", tab: { id: 1 } }
const popupSender = { id: EXT, url: `chrome-extension://${EXT}/popup.html` }
const capture = (name: string) => structuredClone(listFixtures().find((f) => f.name === name)!.expected) as Capture

let db: PayerLensDb
afterEach(async () => db?.delete())

/** The worker's dependencies over an unlocked store, with the popup's kept first answers collected. */
async function deps(overrides: Partial<Deps> = {}) {
  const kept: KeptAnswer[] = []
  const made = await workerDeps({ keepAnswer: async (answer) => void kept.push(answer), ...overrides })
  db = made.db
  return { ...made, kept }
}
/** What the store holds, as the worker reads it (the records on disk are sealed). */
const stored = async (d: Deps) => {
  const { claims, auths } = await d.store.records()
  return { claims, auths }
}

describe("background message handling", () => {
  it("reads the user's grants only for pages' content scripts, not for PayerLens's own pages", async () => {
    let asked = 0
    const { d } = await deps({ grants: async () => (asked++, { matches: [], tabs: {} }) })
    expect((await handleMessage({ type: "overview/get" }, popupSender, d)).ok).toBe(true)
    expect(asked).toBe(0)
    await handleMessage({ type: "capture/submit", capture: capture("01-claim-status-results") }, contentSender, d)
    expect(asked).toBe(1)
  })

  it("stores a capture from a content script on a listed portal and updates the badge", async () => {
    const { d, badge } = await deps()
    const reply = await handleMessage(
      { type: "capture/submit", capture: capture("01-claim-status-results") },
      contentSender,
      d
    )
    expect(reply).toEqual({
      ok: true,
      stored: { claimsNew: 4, claimsChanged: 0, authorizationsNew: 0, authorizationsChanged: 0 }
    })
    // denied + partially paid
    expect(badge).toEqual([2])
  })

  it("refuses a malformed capture with a specific error, changes nothing, and logs no values", async () => {
    const { d, logged } = await deps()
    await handleMessage({ type: "capture/submit", capture: capture("01-claim-status-results") }, contentSender, d)
    const before = await snapshotDb(db)
    const held = await stored(d)
    const bad = capture("01-claim-status-results")
    ;(bad.claims[0] as any).billedCents = "$180.00"
    bad.claims[0].patient.name = "CHANGED, NAME"
    const reply = await handleMessage({ type: "capture/submit", capture: bad }, contentSender, d)
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error).toBe(
      "refused capture/submit: capture.claims.0.billedCents: Invalid input: expected number, received string"
    )
    expect(await snapshotDb(db)).toEqual(before)
    expect(await stored(d)).toEqual(held)
    expect(logged.join("\n")).not.toMatch(/RIVERA|CHANGED|180/)
  })

  it("refuses unknown message types", async () => {
    const { d } = await deps()
    const reply = await handleMessage({ type: "db/drop" }, popupSender, d)
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error).toBe("refused db/drop: unknown message type")
  })

  it.each([
    ["another extension", { id: "zzzz", url: "https://apps.availity.com/x", tab: {} }, /another extension/],
    [
      "an unlisted host",
      { id: EXT, url: "https://evil.example.com/", tab: {} },
      /evil\.example\.com is not a listed portal/
    ],
    ["a look-alike host", { id: EXT, url: "https://apps.availity.com.evil.io/", tab: {} }, /not a listed portal/]
  ])("refuses captures from %s", async (_n, sender, why) => {
    const { d } = await deps()
    const reply = await handleMessage(
      { type: "capture/submit", capture: capture("01-claim-status-results") },
      sender,
      d
    )
    expect(!reply.ok && reply.error).toMatch(why)
    expect((await stored(d)).claims).toHaveLength(0)
    expect(await db.sealedClaims.count()).toBe(0)
  })

  it("a popup open's tick fires what is due once; the worker remembers what it fired, so the next opens read nothing", async () => {
    const notices: string[] = []
    const { d } = await deps({ notify: async (n) => void notices.push(n.id) })
    await handleMessage({ type: "capture/submit", capture: capture("03-auth-list") }, contentSender, d)
    expect(await handleMessage({ type: "reminders/tick" }, popupSender, d)).toEqual({ ok: true })
    const fired = await db.reminders.count()
    expect(fired).toBeGreaterThan(0)
    expect(notices).toHaveLength(fired <= 3 ? fired : 1)
    const transaction = vi.spyOn(db, "transaction")
    const readAll = vi.spyOn(db.reminders, "toArray")
    for (let open = 0; open < 3; open++)
      expect(await handleMessage({ type: "reminders/tick" }, popupSender, d)).toEqual({ ok: true })
    expect(transaction).not.toHaveBeenCalled()
    expect(readAll).not.toHaveBeenCalled()
    expect(await db.reminders.count()).toBe(fired)
    expect(notices).toHaveLength(fired <= 3 ? fired : 1)
  })

  it("after every change it keeps the popup's first answer, the same overview/get gives, for a popup opened while it sleeps", async () => {
    const { d, kept } = await deps()
    const firstAnswer = () => handleMessage({ type: "overview/get", limit: FIRST_ROWS }, popupSender, d)
    await handleMessage({ type: "capture/submit", capture: capture("01-claim-status-results") }, contentSender, d)
    const before = ok(await firstAnswer())
    expect(before.overview.denials.length).toBeGreaterThan(0)
    expect(kept.at(-1)).toEqual({ day: localDate(d.now()), limit: FIRST_ROWS, answer: before })
    const key = before.overview.denials[0].key
    await handleMessage({ type: "claim/resolve", key, reason: "appealed" }, popupSender, d)
    expect(kept.at(-1)!.answer.overview.denials.map((c) => c.key)).not.toContain(key)
    expect(kept.at(-1)!.answer).toEqual(await firstAnswer())
    expect(await handleMessage({ type: "data/wipe", confirm: "DELETE" }, popupSender, d)).toEqual({ ok: true })
    expect(kept.at(-1)!.answer.overview.totals).toEqual({ claims: 0, authorizations: 0 })
  })

  it("a tick drops the states of reminders that stopped applying months ago, and keeps the rest", async () => {
    const { d } = await deps()
    // left from earlier months (the worker has not read the table yet), by the blind id of a record since gone
    const gone = "9f".repeat(32)
    await db.reminders.bulkPut([
      {
        id: `auth-low:${gone}:3`,
        recordKey: gone,
        firedAt: "2026-06-01T12:00:00.000Z",
        snoozedUntil: null,
        dismissedAt: null
      },
      {
        id: `auth-low:${gone}:2`,
        recordKey: gone,
        firedAt: "2026-11-20T12:00:00.000Z",
        snoozedUntil: null,
        dismissedAt: null
      }
    ])
    await handleMessage({ type: "capture/submit", capture: capture("03-auth-list") }, contentSender, d)
    await handleMessage({ type: "reminders/tick" }, popupSender, d)
    const ids = (await db.reminders.toArray()).map((s) => s.id)
    expect(ids).not.toContain(`auth-low:${gone}:3`)
    expect(ids).toContain(`auth-low:${gone}:2`)
    const fired = ids.filter((id) => !id.includes(gone))
    expect(fired.length).toBeGreaterThan(0) // what this tick fired stays
    // stored by the authorizations' blind ids: no authorization number on disk
    expect(fired.every((id) => /^auth-[a-z]+:[0-9a-f]{64}(:|$)/.test(id))).toBe(true)
  })

  it("closes several denials at once, each with its history, and only for PayerLens's own pages", async () => {
    const { d, kept } = await deps()
    await handleMessage({ type: "capture/submit", capture: capture("01-claim-status-results") }, contentSender, d)
    const before = ok(await handleMessage({ type: "overview/get" }, popupSender, d))
    const keys = before.overview.denials.map((c) => c.key)
    expect(keys.length).toBeGreaterThanOrEqual(2)
    const refused = await handleMessage({ type: "claims/resolve", keys, reason: "resubmitted" }, contentSender, d)
    expect(refused.ok).toBe(false)
    const reply = await handleMessage(
      { type: "claims/resolve", keys: [...keys, "nope|1"], reason: "resubmitted" },
      popupSender,
      d
    )
    expect(reply).toEqual({ ok: true, resolved: keys.length })
    const after = ok(await handleMessage({ type: "overview/get" }, popupSender, d))
    expect(after.overview.denials).toEqual([])
    expect(kept.at(-1)!.answer.overview.denials).toEqual([])
    const { claims } = await stored(d)
    for (const key of keys) {
      expect(claims.find((c) => c.key === key)?.resolution?.reason).toBe("resubmitted")
      expect((await d.store.history(key)).at(-1)?.changes).toEqual([
        { field: "resolution", from: null, to: "resubmitted" }
      ])
    }
    expect((await handleMessage({ type: "claims/resolve", keys: [], reason: "appealed" }, popupSender, d)).ok).toBe(
      false
    )
  })

  it("a copy that cannot be kept does not fail the change that was stored", async () => {
    const { d } = await deps({ keepAnswer: async () => Promise.reject(new Error("QuotaExceededError")) })
    expect(
      (await handleMessage({ type: "capture/submit", capture: capture("01-claim-status-results") }, contentSender, d))
        .ok
    ).toBe(true)
    expect((await stored(d)).claims).toHaveLength(4)
    expect(await db.sealedClaims.count()).toBe(4)
  })

  it("lets only extension pages read the overview", async () => {
    const { d } = await deps()
    expect((await handleMessage({ type: "overview/get" }, contentSender, d)).ok).toBe(false)
    const reply = await handleMessage({ type: "overview/get" }, popupSender, d)
    expect(reply).toMatchObject({ ok: true, storageError: null, overview: { attentionCount: 0, denials: [] } })
  })

  it("reports a storage failure to the popup instead of dropping it silently", async () => {
    const { d } = await deps()
    await handleMessage({ type: "capture/submit", capture: capture("03-auth-list") }, contentSender, d)
    const quota = Object.assign(new Error("quota"), { name: "QuotaExceededError" })
    vi.spyOn(db.sealedClaims, "bulkPut").mockRejectedValueOnce(quota)
    const reply = await handleMessage(
      { type: "capture/submit", capture: capture("01-claim-status-results") },
      contentSender,
      d
    )
    expect(reply).toEqual({
      ok: false,
      error: "Storage error (QuotaExceededError): the browser's storage is full. Nothing already stored was changed."
    })
    const overview = await handleMessage({ type: "overview/get" }, popupSender, d)
    expect(overview.ok && "storageError" in overview && overview.storageError).toMatch(/storage is full/)
    // the failed transaction left the earlier authorizations and added no claims
    expect(await stored(d)).toMatchObject({ claims: [], auths: { length: 3 } })
    expect(await db.sealedAuthorizations.count()).toBe(3)
    expect(await db.sealedClaims.count()).toBe(0)
  })
})

describe("marking a denial resolved", () => {
  it("closes it in the overview, records why in the history, and updates the badge", async () => {
    const { d, badge } = await deps()
    await handleMessage({ type: "capture/submit", capture: capture("01-claim-status-results") }, contentSender, d)
    const key = "anthembluecrossblueshield|2026281AB0412"
    expect(await handleMessage({ type: "claim/resolve", key, reason: "appealed" }, popupSender, d)).toEqual({
      ok: true
    })
    const overview = await handleMessage({ type: "overview/get" }, popupSender, d)
    expect(overview.ok && "overview" in overview && overview.overview.denials.map((c) => c.claimNumber)).toEqual([
      "2026276AB0931"
    ])
    expect(badge.at(-1)).toBe(1)
    const history = await handleMessage({ type: "history/get", recordKey: key }, popupSender, d)
    expect(history.ok && "history" in history && history.history.at(-1)?.changes).toEqual([
      { field: "resolution", from: null, to: "appealed" }
    ])
    expect(await handleMessage({ type: "claim/resolve", key: "nope|1", reason: "appealed" }, popupSender, d)).toEqual({
      ok: false,
      error: "That claim is no longer stored."
    })
    // content scripts may not resolve claims
    expect((await handleMessage({ type: "claim/resolve", key, reason: "written_off" }, contentSender, d)).ok).toBe(
      false
    )
  })
})

describe("options: settings and data", () => {
  it("saves valid settings, refuses bad ones without changing anything, exports and wipes", async () => {
    const { d } = await deps()
    await handleMessage({ type: "capture/submit", capture: capture("01-claim-status-results") }, contentSender, d)
    const current = await handleMessage({ type: "settings/get" }, popupSender, d)
    expect(current).toMatchObject({ ok: true, tracking: { authVisitsLeft: 3, payerRules: {} }, practice: { npi: "" } })
    const tracking = { ...(current as any).tracking, authVisitsLeft: 5 }
    const practice = { name: "Lakeside Counseling Group", npi: "1558473920", taxId: "12-3456789", address: "1 Main St" }
    expect(await handleMessage({ type: "settings/save", tracking, practice }, popupSender, d)).toEqual({ ok: true })

    const bad = await handleMessage(
      { type: "settings/save", tracking: { ...tracking, authFractionLeft: 3 }, practice: { ...practice, npi: "123" } },
      popupSender,
      d
    )
    expect(!bad.ok && bad.error).toMatch(/tracking\.authFractionLeft|practice\.npi/)
    expect(await handleMessage({ type: "settings/get" }, popupSender, d)).toMatchObject({
      tracking: { authVisitsLeft: 5, authFractionLeft: 0.2 },
      practice
    })

    const exported = ok(await handleMessage({ type: "data/export", passphrase: TEST_PASSPHRASE }, popupSender, d))
    const backup = (await decryptBackup(fromBase64Url(exported.backup)!, TEST_PASSPHRASE)) as { claims: unknown[] }
    expect(backup.claims).toHaveLength(4)
    expect(exported.claimsCsv.trim().split("\r\n")).toHaveLength(5)
    expect(await handleMessage({ type: "data/export", passphrase: "not the passphrase" }, popupSender, d)).toEqual({
      ok: false,
      error: "That passphrase is not right."
    })

    expect((await handleMessage({ type: "data/wipe", confirm: "yes" }, popupSender, d)).ok).toBe(false)
    expect((await stored(d)).claims).toHaveLength(4)
    expect(await handleMessage({ type: "data/wipe", confirm: "DELETE" }, popupSender, d)).toEqual({ ok: true })
    expect(await stored(d)).toEqual({ claims: [], auths: [] })
    expect(await db.sealedClaims.count()).toBe(0)
    // settings survive a wipe of the records
    expect(await handleMessage({ type: "settings/get" }, popupSender, d)).toMatchObject({ practice })
  })
})
