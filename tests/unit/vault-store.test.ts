// The protected store: nothing kept before a passphrase, everything sealed after, lock and unlock, captures held
// while locked, the reminder schedule the locked worker fires from, and what a copy of the database shows.
import { afterEach, describe, expect, it } from "vitest"
import type { Capture } from "../../src/model/capture"
import { openStore, LOCKED_ERROR, NOT_SET_UP_ERROR, memorySession } from "../../src/storage"
import { type PayerLensDb } from "../../src/storage/db"
import { appendEntry, verifyChain, type AuditEntry } from "../../src/crypto/audit"
import { blindIndexOfKey, blindIndexSync } from "../../src/crypto/blind-index"
import { listFixtures, secretsOf } from "../sandbox/pages"
import { freshDb, snapshotDb, TEST_PASSPHRASE, unlockedKeys, unlockedStore } from "./helpers"

const byName = (name: string) => structuredClone(listFixtures().find((x) => x.name === name)!.expected) as Capture
const list = () => byName("01-claim-status-results")
const detail = () => byName("02-claim-detail")
const auths = () => byName("03-auth-list")
const NOW = new Date("2026-11-27T15:00:00Z")

/** What a copy of the database shows: every table's rows as text (bytes as their characters). */
async function diskText(db: PayerLensDb): Promise<string> {
  const tables = await snapshotDb(db)
  return JSON.stringify(tables, (_k, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v))
}

const dbs: PayerLensDb[] = []
const tracked = (db = freshDb()) => (dbs.push(db), db)
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()))
})

describe("before a passphrase is set up", () => {
  it("keeps nothing: a capture is refused with the reason and the database is unchanged", async () => {
    const db = tracked()
    const store = openStore(db)
    expect(await store.state()).toBe("new")
    const before = await snapshotDb(db)
    await expect(store.storeCapture(list(), NOW)).rejects.toThrow(NOT_SET_UP_ERROR)
    expect(await snapshotDb(db)).toEqual(before)
    await expect(store.records()).rejects.toThrow(NOT_SET_UP_ERROR)
  })

  it("a store already protected refuses a second setup", async () => {
    const store = await unlockedStore(tracked())
    await expect(store.setUp("a different strong passphrase 77", NOW)).rejects.toThrow(/already protected/)
    expect(await store.state()).toBe("unlocked")
  })

  it("refuses a weak passphrase with the reason and stays new", async () => {
    const store = openStore(tracked())
    await expect(store.setUp("password123", NOW)).rejects.toThrow(/too weak/)
    expect(await store.state()).toBe("new")
  })
})

describe("unlocked", () => {
  it("stores every field sealed: no client name, member ID, date of birth or number on disk", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    const captures = [list(), detail(), auths()]
    for (const c of captures) await store.storeCapture(c, NOW)
    const secrets = captures.flatMap(secretsOf)
    expect(secrets.length).toBeGreaterThan(8)
    const disk = await diskText(db)
    for (const s of secrets) expect(disk, s).not.toContain(s)
    // the records are whole in memory
    const records = await store.records()
    expect(records.claims.find((c) => c.claimNumber === "2026281AB0412")?.patient.name).toBe("RIVERA, MARIA")
    expect(records.auths.length).toBeGreaterThan(0)
  })

  it("a restarted worker reopens from the session key: snapshot plus the rows written after it", async () => {
    const db = tracked()
    const session = memorySession()
    const keys = await unlockedKeys()
    const first = openStore(db, { session, unlocked: keys })
    await first.storeCapture(list(), NOW)
    await first.tick(NOW, async () => undefined) // writes the snapshot
    await first.storeCapture(auths(), NOW) // after the snapshot
    const expected = await first.records()

    const woken = openStore(db, { session })
    expect(await woken.state()).toBe("unlocked")
    const again = await woken.records()
    expect(sorted(again.claims)).toEqual(sorted(expected.claims))
    expect(sorted(again.auths)).toEqual(sorted(expected.auths))
    expect(await woken.history("anthembluecrossblueshield|2026281AB0412")).toHaveLength(1)
  })

  it("a sealed row edited on disk (its clear status) refuses to open", async () => {
    const db = tracked()
    const session = memorySession()
    const store = openStore(db, { session, unlocked: await unlockedKeys() })
    await store.storeCapture(list(), NOW)
    const row = (await db.sealedClaims.toArray()).find((r) => r.status === "denied")!
    await db.sealedClaims.put({ ...row, status: "paid" } as typeof row)
    await expect(openStore(db, { session }).records()).rejects.toThrow(/did not open|does not match/)
  })
})

describe("lock and unlock", () => {
  it("locked: records refused, a capture is held sealed, and merged at the next unlock", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    await store.storeCapture(list(), NOW)
    await store.lock(NOW, "user")
    expect(await store.state()).toBe("locked")
    await expect(store.records()).rejects.toThrow(LOCKED_ERROR)
    await expect(store.history("anthembluecrossblueshield|2026281AB0412")).rejects.toThrow(LOCKED_ERROR)

    const held = await store.storeCapture(auths(), NOW)
    expect(held.held).toBe(true)
    expect(await db.lockedCaptures.count()).toBe(1)
    const disk = await diskText(db)
    for (const s of [...secretsOf(list()), ...secretsOf(auths())]) expect(disk, s).not.toContain(s)

    await store.unlock(TEST_PASSPHRASE, NOW)
    expect(await store.state()).toBe("unlocked")
    expect(await db.lockedCaptures.count()).toBe(0)
    const records = await store.records()
    expect(records.auths.map((a) => a.authNumber).sort()).toEqual(
      auths()
        .authorizations.map((a) => a.authNumber)
        .sort()
    )
    expect(records.claims).toHaveLength(list().claims.length)
  })

  it("wrong passphrases: five are free, then each waits longer; the trail records every attempt", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    await store.lock(NOW, "user")
    for (let i = 0; i < 5; i++)
      await expect(store.unlock("not the passphrase at all 1", NOW)).rejects.toThrow(/not right/)
    const status = await store.vaultStatus(NOW)
    expect(status).toMatchObject({ state: "locked", failures: 5 })
    expect(status.waitMs).toBeGreaterThan(0)
    // waiting: even the right passphrase is not tried
    await expect(store.unlock(TEST_PASSPHRASE, NOW)).rejects.toThrow(/Try again in 30 seconds/)
    const later = new Date(NOW.getTime() + 31_000)
    await store.unlock(TEST_PASSPHRASE, later)
    expect(await store.state()).toBe("unlocked")
    const entries = await store.audit.entries()
    expect(entries.map((e) => e.kind)).toEqual(["lock", ...Array(5).fill("unlock-failed"), "unlock"])
    expect(await verifyChain(entries)).toMatchObject({ ok: true, count: 7 })
    expect((await store.vaultStatus(later)).failures).toBe(0)
  })

  it("reminders fire while locked from the clear schedule, with text naming no one, and only once", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    await store.storeCapture(auths(), NOW)
    await store.storeCapture(list(), NOW)
    // unlocked: nothing fired yet, the schedule is written at lock
    await store.lock(NOW, "user")
    const notices: { id: string; title: string; body: string }[] = []
    const later = new Date("2026-12-20T15:00:00Z")
    await store.tick(later, async (n) => void notices.push(n))
    // counted by record, as unlocked notices are: one authorization with two reminders due counts once
    expect(notices.map((n) => [n.title, n.body])).toEqual([
      ["1 authorization needs attention", "Unlock PayerLens to see which."],
      ["1 claim needs follow-up", "Unlock PayerLens to see which."]
    ])
    const text = JSON.stringify(notices)
    for (const s of [...secretsOf(auths()), ...secretsOf(list())]) expect(text).not.toContain(s)
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}/)
    // the same reminders do not fire again, locked or unlocked (the unlocked pass may fire reminders the schedule
    // written at lock did not know yet, each once)
    const firedLocked = new Map((await db.reminders.toArray()).map((s) => [s.id, s.firedAt]))
    expect(firedLocked.size).toBe(3)
    await store.tick(later, async (n) => void notices.push(n))
    expect(notices).toHaveLength(2) // nothing more than the first pass fired
    await store.unlock(TEST_PASSPHRASE, later)
    await store.tick(later, async (n) => void notices.push(n))
    const after = await db.reminders.toArray()
    for (const [id, firedAt] of firedLocked) expect(after.find((s) => s.id === id)?.firedAt).toBe(firedAt)
    const firedUnlocked = after.filter((s) => !firedLocked.has(s.id) && s.firedAt)
    const count = notices.length
    await store.tick(later, async (n) => void notices.push(n))
    expect(notices).toHaveLength(count)
    expect(firedUnlocked.length).toBeLessThanOrEqual(1)
    // reminder states on disk carry blind ids, not numbers
    const states = JSON.stringify(await db.reminders.toArray())
    for (const s of secretsOf(auths())) expect(states).not.toContain(s)
  })

  it("a wrong passphrase at export counts like a wrong unlock: no way around the wait", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    for (let i = 0; i < 5; i++)
      await expect(store.exportAll(NOW, "not the passphrase at all 1")).rejects.toThrow(/not right/)
    await expect(store.exportAll(NOW, TEST_PASSPHRASE)).rejects.toThrow(/Try again in 30 seconds/)
    await expect(store.changePassphrase(TEST_PASSPHRASE, "copper meadow whistle evening 3021", NOW)).rejects.toThrow(
      /Try again in/
    )
    const failed = (await store.audit.entries()).filter((e) => e.kind === "unlock-failed")
    expect(failed.map((e) => e.detail.action)).toEqual(Array(5).fill("export"))
  })

  it("changing the passphrase re-wraps the key only: records stay, the old passphrase stops working", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    await store.storeCapture(list(), NOW)
    const rows = await db.sealedClaims.toArray()
    const next = "copper meadow whistle evening 3021"
    await expect(store.changePassphrase("wrong passphrase entirely 9", next, NOW)).rejects.toThrow(/not right/)
    await store.changePassphrase(TEST_PASSPHRASE, next, NOW)
    expect(await db.sealedClaims.toArray()).toEqual(rows)
    await store.lock(NOW, "user")
    await expect(store.unlock(TEST_PASSPHRASE, NOW)).rejects.toThrow(/not right/)
    await store.unlock(next, NOW)
    expect((await store.records()).claims).toHaveLength(list().claims.length)
  })
})

describe("the audit trail's head, sealed", () => {
  it("a trail rebuilt whole on disk (every hash valid) is found once unlocked; the real one verifies", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    await store.storeCapture(list(), NOW)
    for (let i = 0; i < 2; i++) {
      await store.lock(NOW, "user")
      await store.unlock(TEST_PASSPHRASE, NOW)
    }
    const entries = await store.audit.entries()
    expect(await store.audit.head()).toMatchObject({ seq: 2 }) // sealed at the second lock
    expect(await verifyChain(entries, { head: await store.audit.head() })).toMatchObject({ ok: true })
    // an attacker with the disk replaces the trail with a consistent one that hides the unlock
    let forged: AuditEntry[] = []
    for (const e of entries.filter((e) => e.kind !== "unlock"))
      forged = await appendEntry(forged, { at: e.at, kind: e.kind, detail: e.detail })
    await db.audit.clear()
    await db.audit.bulkAdd(forged)
    expect(await verifyChain(forged)).toMatchObject({ ok: true })
    expect(await verifyChain(await store.audit.entries(), { head: await store.audit.head() })).toMatchObject({
      ok: false
    })
  })
})

describe("erase and restore", () => {
  it("a wipe erases every record, history row, reminder state and held capture; the trail keeps one entry", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    await store.storeCapture(list(), NOW)
    await store.lock(NOW, "user")
    await store.storeCapture(auths(), NOW)
    await store.unlock(TEST_PASSPHRASE, NOW)
    await store.wipeAll(NOW)
    for (const t of [
      "sealedClaims",
      "sealedAuthorizations",
      "sealedHistory",
      "reminders",
      "lockedCaptures",
      "captures"
    ])
      expect(await db.table(t).count(), t).toBe(0)
    expect((await store.records()).claims).toEqual([])
    const entries = await store.audit.entries()
    expect(entries.map((e) => e.kind)).toEqual(["data-erased"])
    expect(await store.state()).toBe("unlocked")
  })

  it("an encrypted backup restores the same records; a restore does not rewrite the trail", async () => {
    const db = tracked()
    const store = await unlockedStore(db)
    await store.storeCapture(list(), NOW)
    await store.storeCapture(auths(), NOW)
    const { backup, claimsCsv } = await store.exportAll(NOW, TEST_PASSPHRASE)
    expect(claimsCsv).toContain("RIVERA, MARIA")
    const bytes = Buffer.from(backup, "base64url")
    for (const s of secretsOf(list())) expect(bytes.toString("latin1")).not.toContain(s)
    const expected = await store.records()

    const other = tracked()
    const restoredInto = await unlockedStore(other)
    await restoredInto.storeCapture(detail(), NOW)
    const trail = await restoredInto.audit.entries()
    await restoredInto.importBackup(backup, TEST_PASSPHRASE, NOW)
    const got = await restoredInto.records()
    expect(sorted(got.claims)).toEqual(sorted(expected.claims))
    expect(sorted(got.auths)).toEqual(sorted(expected.auths))
    const after = await restoredInto.audit.entries()
    expect(after.slice(0, trail.length)).toEqual(trail)
    expect(after.at(-1)?.kind).toBe("import")
  })
})

const sorted = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key))

describe("blind ids", () => {
  it("the synchronous index (@noble/hashes) gives exactly WebCrypto's HMAC, and kinds stay apart", async () => {
    const { keys } = await unlockedKeys()
    for (const key of ["anthembluecrossblueshield|2026281AB0412", "uhc|A261001457", "x|ÄÖ 1"]) {
      expect(blindIndexSync(keys.indexBytes, "claim", key)).toBe(await blindIndexOfKey(keys.index, "claim", key))
      expect(blindIndexSync(keys.indexBytes, "authorization", key)).not.toBe(
        blindIndexSync(keys.indexBytes, "claim", key)
      )
    }
  })
})
