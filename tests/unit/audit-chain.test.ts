// The audit trail: appended, hash-chained, verified; tampering, removal and reordering are found where they are.
import { describe, expect, it } from "vitest"
import {
  appendEntry,
  AUDIT_KINDS,
  failedUnlocksSinceLastUnlock,
  GENESIS_HASH,
  hashOf,
  nextEntry,
  verifyChain,
  type AuditEntry,
  type NewAuditEntry
} from "../../src/crypto"
import { canonicalJson } from "../../src/crypto/bytes"
import { createHash } from "node:crypto"

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString()

const EVENTS: NewAuditEntry[] = [
  { at: at(0), kind: "unlock" },
  { at: at(1), kind: "site-granted", detail: { origin: "https://apps.availity.com" } },
  { at: at(2), kind: "settings-change", detail: { setting: "idleMinutes", from: 15, to: 30 } },
  { at: at(3), kind: "export", detail: { claims: 1240, authorizations: 211, encrypted: true } },
  { at: at(4), kind: "lock", detail: { reason: "idle" } },
  { at: at(5), kind: "unlock-failed" },
  { at: at(6), kind: "unlock" },
  { at: at(7), kind: "passphrase-change" },
  { at: at(8), kind: "import", detail: { claims: 1240 } },
  { at: at(9), kind: "site-removed", detail: { origin: "https://provider.carelon.com" } },
  { at: at(10), kind: "wipe" },
  { at: at(11), kind: "data-erased" },
  { at: at(12), kind: "setup" },
  { at: at(13), kind: "remittance-import", detail: { claims: 10, payments: 1 } }
]

async function build(events = EVENTS): Promise<AuditEntry[]> {
  let chain: AuditEntry[] = []
  for (const e of events) chain = await appendEntry(chain, e)
  return chain
}

describe("audit chain", () => {
  it("chains entries: seq from 1, each prevHash the hash before, the first after the genesis hash", async () => {
    const chain = await build()
    expect(chain.map((e) => e.seq)).toEqual(EVENTS.map((_, i) => i + 1))
    expect(chain[0].prevHash).toBe(GENESIS_HASH)
    for (let i = 1; i < chain.length; i++) expect(chain[i].prevHash).toBe(chain[i - 1].hash)
    expect(await verifyChain(chain)).toEqual({
      ok: true,
      count: EVENTS.length,
      head: { seq: EVENTS.length, hash: chain[EVENTS.length - 1].hash }
    })
    expect(new Set(chain.map((e) => e.kind))).toEqual(new Set(AUDIT_KINDS))
  })

  it("hashes the canonical entry with SHA-256 (checked against node:crypto)", async () => {
    const [first] = await build(EVENTS.slice(0, 1))
    const { hash: _hash, ...rest } = first
    const expected = createHash("sha256").update(canonicalJson(rest)).digest("hex")
    expect(first.hash).toBe(expected)
    expect(await hashOf(rest)).toBe(expected)
    expect(canonicalJson({ b: 1, a: { d: [1, "x"], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}')
  })

  it("is pure: appending returns a new chain and leaves the old one as it was", async () => {
    const chain = await build(EVENTS.slice(0, 3))
    const before = structuredClone(chain)
    const longer = await appendEntry(chain, EVENTS[3])
    expect(chain).toEqual(before)
    expect(longer).toHaveLength(4)
    // only the last entry is read: the tail alone continues the chain identically
    expect(await nextEntry(chain[2], EVENTS[3])).toEqual(longer[3])
  })

  it("finds an entry changed after it was written", async () => {
    const chain = await build()
    const tampered = structuredClone(chain)
    ;(tampered[3].detail as Record<string, unknown>).claims = 12
    expect(await verifyChain(tampered)).toMatchObject({
      ok: false,
      brokenAt: 4,
      why: expect.stringMatching(/changed after it was written/)
    })
    const rekinded = structuredClone(chain)
    rekinded[5].kind = "unlock"
    expect(await verifyChain(rekinded)).toMatchObject({ ok: false, brokenAt: 6 })
  })

  it("finds a changed entry even when its own hash was recomputed: the next one no longer follows", async () => {
    const chain = await build()
    const forged = structuredClone(chain)
    forged[4] = { ...forged[4], at: at(50) }
    forged[4].hash = await hashOf(forged[4])
    expect(await verifyChain(forged)).toMatchObject({
      ok: false,
      brokenAt: 6,
      why: expect.stringMatching(/does not follow entry 5/)
    })
  })

  it("finds a removed entry", async () => {
    const chain = await build()
    const removed = chain.filter((e) => e.seq !== 6)
    expect(await verifyChain(removed)).toMatchObject({
      ok: false,
      brokenAt: 6,
      why: expect.stringMatching(/entry 6 is missing/)
    })
    const firstRemoved = chain.slice(1)
    expect(await verifyChain(firstRemoved)).toMatchObject({ ok: false, brokenAt: 1 })
  })

  it("finds reordered entries", async () => {
    const chain = await build()
    const swapped = [...chain]
    ;[swapped[2], swapped[3]] = [swapped[3], swapped[2]]
    expect(await verifyChain(swapped)).toMatchObject({
      ok: false,
      brokenAt: 3,
      why: expect.stringMatching(/missing|out of order/)
    })
    // renumbering the swapped pair does not help: their prevHashes give them away
    const renumbered = structuredClone(swapped)
    renumbered[2].seq = 3
    renumbered[3].seq = 4
    expect(await verifyChain(renumbered)).toMatchObject({ ok: false, brokenAt: 3 })
  })

  it("finds a cut tail or a rebuilt chain against a head recorded elsewhere", async () => {
    const chain = await build()
    const head = { seq: 12, hash: chain[11].hash }
    expect(await verifyChain(chain, { head })).toMatchObject({ ok: true })
    expect(await verifyChain(chain.slice(0, 8))).toMatchObject({ ok: true }) // alone, a cut tail looks whole
    expect(await verifyChain(chain.slice(0, 8), { head })).toMatchObject({
      ok: false,
      brokenAt: 9,
      why: expect.stringMatching(/after 8 are missing/)
    })
    const rebuilt = await build(EVENTS.map((e, i) => (i === 10 ? { ...e, kind: "lock" as const } : e)))
    expect(await verifyChain(rebuilt)).toMatchObject({ ok: true })
    expect(await verifyChain(rebuilt, { head })).toMatchObject({
      ok: false,
      brokenAt: 12,
      why: expect.stringMatching(/rebuilt/)
    })
  })

  it("refuses detail that looks like PHI (IDs, dates) or is not flat, and bad kinds or times", async () => {
    const start = await build(EVENTS.slice(0, 1))
    await expect(
      appendEntry(start, { at: at(1), kind: "export", detail: { memberId: "XGH884512301" } })
    ).rejects.toThrow(/IDs or dates/)
    await expect(appendEntry(start, { at: at(1), kind: "export", detail: { note: "DOS 2026-10-07" } })).rejects.toThrow(
      /IDs or dates/
    )
    await expect(
      appendEntry(start, { at: at(1), kind: "export", detail: { note: "seen 10/07/2026" } })
    ).rejects.toThrow(/IDs or dates/)
    await expect(
      appendEntry(start, { at: at(1), kind: "export", detail: { nested: { a: 1 } } as never })
    ).rejects.toThrow()
    await expect(appendEntry(start, { at: at(1), kind: "read-records" as never })).rejects.toThrow()
    await expect(appendEntry(start, { at: "yesterday", kind: "lock" })).rejects.toThrow(/ISO instant/)
    expect(await verifyChain([...start, { seq: 2, junk: true }])).toMatchObject({
      ok: false,
      brokenAt: 2,
      why: expect.stringMatching(/malformed/)
    })
  })

  it("gives the failed unlocks since the last unlock, for the throttle", async () => {
    const chain = await build([
      { at: at(0), kind: "unlock-failed" },
      { at: at(1), kind: "unlock" },
      { at: at(2), kind: "lock" },
      { at: at(3), kind: "unlock-failed" },
      { at: at(4), kind: "settings-change", detail: { setting: "idleMinutes" } },
      { at: at(5), kind: "unlock-failed" }
    ])
    expect(failedUnlocksSinceLastUnlock(chain)).toEqual([at(3), at(5)])
    expect(failedUnlocksSinceLastUnlock([])).toEqual([])
  })
})
