// The audit trail as options shows it (issue 14 part 5), "Stop reading this site" and "Always read" in the trail,
// erase means erase (part 6), and the calendar's opt-in (part 7), through the worker's real handler and store with
// the browser around it faked and recorded.
import { afterEach, describe, expect, it } from "vitest"
import type { Capture } from "../../src/model/capture"
import type { AuditEntry } from "../../src/crypto/audit"
import { handleMessage } from "../../src/worker/dispatch"
import { checkReply } from "../../src/messages/send"
import type { BodyOf, MessageType } from "../../src/messages"
import { CALENDAR_OFF } from "../../src/messages/reminders-ics"
import { listFixtures } from "../sandbox/pages"
import { auditRows, chainSentence, localWhen } from "../../options/audit-rows"
import { POPUP_SENDER, workerDeps, type StoreState, type TestDeps } from "./helpers"

const NOW = new Date("2026-11-27T15:00:00Z")
let made: { db: { delete: () => Promise<void> } }[] = []
afterEach(async () => {
  await Promise.all(made.map((m) => m.db.delete()))
  made = []
})

/** The worker's deps with the browser's site and session work recorded. */
async function deps(overrides: Partial<TestDeps> = {}, state: StoreState = "unlocked") {
  const calls: string[] = []
  const m = await workerDeps(
    {
      now: () => NOW,
      forgetSites: async () => void calls.push("forgetSites"),
      clearSession: async () => void calls.push("clearSession"),
      stopReadingSite: async (origin) => void calls.push(`stopReadingSite ${origin}`),
      registerSite: async (origin) => void calls.push(`registerSite ${origin}`),
      ...overrides
    },
    state
  )
  made.push(m)
  return { ...m, calls }
}

const ask = async <T extends MessageType>(d: TestDeps, type: T, body: BodyOf<T>) =>
  checkReply(type, await handleMessage({ ...body, type }, POPUP_SENDER, d))

const capture = (name = "01-claim-status-results") =>
  structuredClone(listFixtures().find((f) => f.name === name)!.expected) as Capture

const kinds = (entries: AuditEntry[]) => entries.map((e) => e.kind)

describe("audit/list and the options' Audit trail", () => {
  it("lists the chain and says it is verified; the rows are newest first, in words", async () => {
    const { d } = await deps()
    await d.store.audit.append("settings-change", new Date("2026-11-27T14:00:00Z"))
    await d.store.audit.append("site-granted", new Date("2026-11-27T14:05:00Z"), { origin: "https://portal.example" })
    await d.store.audit.append("lock", new Date("2026-11-27T14:30:00Z"), { reason: "idle" })
    const reply = await ask(d, "audit/list", {})
    if (!reply.ok) throw new Error(reply.error)
    expect(reply.check).toEqual({ ok: true })
    const n = reply.entries.length
    expect(kinds(reply.entries).slice(-3)).toEqual(["settings-change", "site-granted", "lock"])
    expect(reply.entries.map((e) => e.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1))
    expect(chainSentence(reply.check, n)).toBe(`Chain verified (${n} entries)`)
    const rows = auditRows(reply.entries)
    expect(rows.slice(0, 3).map(({ what, detail, when }) => [what, detail, when])).toEqual([
      ["Locked", "idle", localWhen("2026-11-27T14:30:00Z")],
      ["Site access granted", "origin: https://portal.example", localWhen("2026-11-27T14:05:00Z")],
      ["Settings changed", "", localWhen("2026-11-27T14:00:00Z")]
    ])
    expect(rows[0].seq).toBe(n)
  })

  it("shows where a changed entry breaks the chain, and a malformed row by its place", async () => {
    const { d, db } = await deps()
    for (const minute of [1, 2, 3])
      await d.store.audit.append("settings-change", new Date(Date.UTC(2026, 10, 27, 14, minute)))
    const entries = await d.store.audit.entries()
    const target = entries[entries.length - 2]
    // someone with the disk edits an entry in place: its hash no longer matches
    await db.audit.put({ ...target, kind: "export" })
    let reply = await ask(d, "audit/list", {})
    if (!reply.ok) throw new Error(reply.error)
    expect(reply.check).toEqual({
      ok: false,
      brokenAt: target.seq,
      reason: `entry ${target.seq} was changed after it was written (its hash differs)`
    })
    expect(chainSentence(reply.check, reply.entries.length)).toBe(
      `Chain broken at entry ${target.seq}: entry ${target.seq} was changed after it was written (its hash differs)`
    )
    // a row that is no entry at all: not shown, and the check says where
    await db.audit.put({ ...target, kind: "export", detail: { note: "member XGH650031278" } } as AuditEntry)
    reply = await ask(d, "audit/list", {})
    if (!reply.ok) throw new Error(reply.error)
    expect(reply.entries.map((e) => e.seq)).not.toContain(target.seq)
    expect(reply.entries).toHaveLength(entries.length - 1)
    expect(reply.check).toMatchObject({ ok: false, brokenAt: target.seq })
    expect(reply.check.ok === false && reply.check.reason).toMatch(/^entry \d+ is malformed \(detail\.note: /)
  })

  it("answers while locked: the trail holds no client data", async () => {
    const { d } = await deps({}, "locked")
    const reply = await ask(d, "audit/list", {})
    if (!reply.ok) throw new Error(reply.error)
    expect(reply.check).toEqual({ ok: true })
    expect(kinds(reply.entries).at(-1)).toBe("lock")
  })

  it("says a single entry in the singular", () => {
    expect(chainSentence({ ok: true }, 1)).toBe("Chain verified (1 entry)")
  })
})

describe("site access in the trail", () => {
  it("Always read: registers the site, then records the grant", async () => {
    const { d, calls } = await deps()
    expect(await ask(d, "site/always-read", { origin: "https://provider.keystonebhp.example" })).toEqual({ ok: true })
    expect(calls).toEqual(["registerSite https://provider.keystonebhp.example"])
    const last = (await d.store.audit.entries()).at(-1)!
    expect([last.kind, last.detail]).toEqual(["site-granted", { origin: "https://provider.keystonebhp.example" }])
  })

  it("a grant that failed is not recorded", async () => {
    const { d } = await deps({
      registerSite: async () => {
        throw new Error("permission for this site was not granted")
      }
    })
    const before = await d.store.audit.entries()
    expect(await ask(d, "site/always-read", { origin: "https://provider.keystonebhp.example" })).toEqual({
      ok: false,
      error:
        "PayerLens could not start reading https://provider.keystonebhp.example (permission for this site was not granted)."
    })
    expect(await d.store.audit.entries()).toEqual(before)
  })

  it("Stop reading: the site's reader and permission go, and the removal is recorded", async () => {
    const { d, calls } = await deps()
    expect(await ask(d, "site/stop", { origin: "https://provider.keystonebhp.example" })).toEqual({ ok: true })
    expect(calls).toEqual(["stopReadingSite https://provider.keystonebhp.example"])
    const last = (await d.store.audit.entries()).at(-1)!
    expect([last.kind, last.detail]).toEqual(["site-removed", { origin: "https://provider.keystonebhp.example" }])
  })

  it("Stop reading refuses a listed portal, a failure from the browser, and an address that is not an origin", async () => {
    const { d, calls } = await deps()
    const before = await d.store.audit.entries()
    expect(await ask(d, "site/stop", { origin: "https://apps.availity.com" })).toEqual({
      ok: false,
      error: "apps.availity.com is a listed portal: PayerLens reads it as you browse."
    })
    expect(calls).toEqual([])
    const failing = await deps({
      stopReadingSite: async () => {
        throw new Error("the browser said no")
      }
    })
    expect(await ask(failing.d, "site/stop", { origin: "https://provider.keystonebhp.example" })).toEqual({
      ok: false,
      error: "PayerLens could not stop reading provider.keystonebhp.example (the browser said no)."
    })
    const bad = await handleMessage(
      { type: "site/stop", origin: "https://provider.keystonebhp.example/claims?member=XGH650031278" },
      POPUP_SENDER,
      d
    )
    expect(bad).toMatchObject({ ok: false })
    expect(calls).toEqual([])
    expect(await d.store.audit.entries()).toEqual(before)
  })
})

describe("erase means erase", () => {
  it("erases the records, the session copies, the site readers and grants, and the calendar opt-in; one trail entry stays", async () => {
    const { d, calls } = await deps()
    await d.store.storeCapture(capture(), NOW)
    const settings = await ask(d, "settings/get", {})
    if (!settings.ok) throw new Error(settings.error)
    const tracking = { ...settings.tracking, calendarOptIn: true, followUpDays: 30 }
    expect(await ask(d, "settings/save", { tracking, practice: settings.practice })).toEqual({ ok: true })
    expect((await d.store.records()).claims.length).toBeGreaterThan(0)

    expect(await ask(d, "data/wipe", { confirm: "DELETE" })).toEqual({ ok: true })
    expect(calls).toEqual(["forgetSites", "clearSession"])
    const records = await d.store.records()
    expect([records.claims.length, records.auths.length]).toEqual([0, 0])
    const after = await ask(d, "settings/get", {})
    if (!after.ok) throw new Error(after.error)
    // the opt-in goes; the user's thresholds and practice stay
    expect(after.tracking).toEqual({ ...tracking, calendarOptIn: false })
    expect(after.practice).toEqual(settings.practice)
    expect(kinds(await d.store.audit.entries())).toEqual(["data-erased"])
    expect(await ask(d, "reminders/ics", {})).toEqual({ ok: false, error: CALENDAR_OFF })
  })

  it("nothing is erased without the typed confirmation", async () => {
    const { d, calls } = await deps()
    await d.store.storeCapture(capture(), NOW)
    const reply = await handleMessage({ type: "data/wipe", confirm: "delete" }, POPUP_SENDER, d)
    expect(reply).toMatchObject({ ok: false })
    expect(calls).toEqual([])
    expect((await d.store.records()).claims.length).toBeGreaterThan(0)
  })
})

describe("calendar export is opt-in", () => {
  it("refuses until the user opts in, then exports the upcoming dates", async () => {
    const { d } = await deps()
    await d.store.storeCapture(capture(), NOW)
    await d.store.storeCapture(capture("03-auth-list"), NOW)
    expect(await ask(d, "reminders/ics", {})).toEqual({ ok: false, error: CALENDAR_OFF })
    const settings = await ask(d, "settings/get", {})
    if (!settings.ok) throw new Error(settings.error)
    expect(settings.tracking.calendarOptIn).toBe(false)
    await ask(d, "settings/save", {
      tracking: { ...settings.tracking, calendarOptIn: true },
      practice: settings.practice
    })
    const reply = await ask(d, "reminders/ics", {})
    if (!reply.ok) throw new Error(reply.error)
    expect(reply.ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(reply.events).toBeGreaterThan(0)
    expect(reply.ics).toContain("SUMMARY:Authorization ends — check re-authorization")
    // no claim number, member ID or name from the capture in the file
    const [claims, auths] = [capture(), capture("03-auth-list")]
    const records = [
      ...claims.claims.map((c) => ({ number: c.claimNumber, patient: c.patient })),
      ...auths.authorizations.map((a) => ({ number: a.authNumber, patient: a.patient }))
    ]
    for (const { number, patient } of records) {
      expect(reply.ics).not.toContain(number)
      if (patient.memberId) expect(reply.ics).not.toContain(patient.memberId)
      for (const part of (patient.name ?? "").split(/[,\s]+/).filter((p) => p.length > 2))
        expect(reply.ics.toLowerCase()).not.toContain(part.toLowerCase())
    }
  })
})
