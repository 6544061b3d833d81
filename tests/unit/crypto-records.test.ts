// Field encryption, blind indexes and sealed records over the fixtures' expected captures (realistic records).
import { beforeAll, describe, expect, it } from "vitest"
import {
  BadCiphertext,
  blindIndex,
  blindIndexMany,
  blindIndexOfKey,
  createKeyFile,
  decryptJson,
  decryptJsonMany,
  DecryptFailed,
  encryptJson,
  encryptJsonMany,
  normalisedKey,
  openHistoryRow,
  openRecord,
  openRecords,
  openSnapshot,
  sealSnapshot,
  sealHistoryRow,
  sealRecord,
  sealRecords,
  UnsupportedVersion,
  type DataKeys,
  type SealedAuthorization,
  type SealedRecord,
  type StoredRecord
} from "../../src/crypto"
import type { Capture } from "../../src/model/capture"
import type { HistoryRow, StoredAuthorization, StoredClaim } from "../../src/model/records"
import { mergeAuthorization, mergeClaim } from "../../src/storage/merge"
import { recordKey } from "../../src/storage/db"
import { safeSourceUrl } from "../../src/storage/store-capture"
import { listFixtures } from "../sandbox/pages"

/** Every claim and authorization the fixture pages yield, stored as storage stores them (merge.ts). */
function storedFromFixtures(): { claims: StoredClaim[]; auths: StoredAuthorization[] } {
  const claims: StoredClaim[] = []
  const auths: StoredAuthorization[] = []
  for (const f of listFixtures()) {
    const capture = f.expected as Capture | null
    if (!capture) continue
    const meta = (number: string, payer: string | null) => ({
      key: recordKey(payer, capture.portal, number),
      portal: capture.portal,
      sourceUrl: safeSourceUrl(capture.url),
      now: "2026-11-20T15:04:05.000Z"
    })
    for (const c of capture.claims) claims.push(mergeClaim(undefined, c, meta(c.claimNumber, c.payer)).record)
    for (const a of capture.authorizations)
      auths.push(mergeAuthorization(undefined, a, meta(a.authNumber, a.payer)).record)
  }
  return { claims, auths }
}

let keys: DataKeys
let claims: StoredClaim[]
let auths: StoredAuthorization[]

beforeAll(async () => {
  ;({ keys } = await createKeyFile("harbor lantern pickle orbit"))
  ;({ claims, auths } = storedFromFixtures())
})

/** Strings that identify a client or a record, as the record holds them. */
function identifiers(record: StoredRecord): string[] {
  const out = [record.key, (record as StoredClaim).claimNumber ?? "", (record as StoredAuthorization).authNumber ?? ""]
  const { name, memberId, dateOfBirth } = record.patient
  if (name) out.push(name, ...name.split(/[\s,]+/).filter((part) => part.length >= 5))
  if (memberId) out.push(memberId)
  if (dateOfBirth)
    out.push(dateOfBirth, `${dateOfBirth.slice(5, 7)}/${dateOfBirth.slice(8, 10)}/${dateOfBirth.slice(0, 4)}`)
  return out.filter(Boolean)
}

/** Every string and number in a record except the ones deliberately kept clear. */
function leaves(value: unknown, path = ""): { path: string; value: string }[] {
  if (value === null || typeof value === "boolean") return []
  if (typeof value === "string" || typeof value === "number") return [{ path, value: String(value) }]
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`))
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
}

const CLEAR_BY_DESIGN = /^(status|unitType|unitsApproved|unitsUsed|unitsRemaining)$/

describe("field encryption", { timeout: 60_000 }, () => {
  it("round-trips JSON values in the compact v1.iv.ct form, with a fresh IV each time", async () => {
    const value = { name: "RIVERA, MARIA", cents: 18000, codes: ["90837", "F41.1"], none: null }
    const a = await encryptJson(keys.record, value, "claim:1")
    const b = await encryptJson(keys.record, value, "claim:1")
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/)
    expect(a.split(".")[1]).not.toBe(b.split(".")[1])
    expect(a).not.toBe(b)
    expect(await decryptJson(keys.record, a, "claim:1")).toEqual(value)
  })

  it("refuses a ciphertext moved to another record, a changed byte, or another key", async () => {
    const sealed = await encryptJson(keys.record, { memberId: "XGH884512301" }, "claim:aaa")
    await expect(decryptJson(keys.record, sealed, "claim:bbb")).rejects.toBeInstanceOf(DecryptFailed)
    const [v, iv, ct] = sealed.split(".")
    const flipped = ct.slice(0, 5) + (ct[5] === "A" ? "B" : "A") + ct.slice(6)
    await expect(decryptJson(keys.record, `${v}.${iv}.${flipped}`, "claim:aaa")).rejects.toBeInstanceOf(DecryptFailed)
    const { keys: other } = await createKeyFile("velvet cactus morning tram")
    await expect(decryptJson(other.record, sealed, "claim:aaa")).rejects.toBeInstanceOf(DecryptFailed)
  })

  it("refuses malformed text before decrypting, with a typed error that does not echo it", async () => {
    await expect(decryptJson(keys.record, "not encrypted", "x")).rejects.toBeInstanceOf(BadCiphertext)
    await expect(decryptJson(keys.record, "v1.AAAA.AAAA", "x")).rejects.toBeInstanceOf(BadCiphertext)
    await expect(decryptJson(keys.record, "v1.AAAAAAAAAAAAAAAA.A+/=", "x")).rejects.toBeInstanceOf(BadCiphertext)
    await expect(decryptJson(keys.record, "v9.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA", "x")).rejects.toBeInstanceOf(
      UnsupportedVersion
    )
    const error = await decryptJson(keys.record, "RIVERA MARIA XGH884512301", "x").catch((e: Error) => e)
    expect((error as Error).message).not.toContain("XGH884512301")
  })

  it("encrypts and decrypts 12,000 records of stored-claim size in batches (timed)", async () => {
    const base = claims.map((c) => ({
      ...c,
      lines: c.lines.length ? c.lines : claims.find((x) => x.lines.length)!.lines
    }))
    const records = Array.from({ length: 12_000 }, (_, i) => ({
      ...base[i % base.length],
      claimNumber: `C${100000 + i}`,
      key: `payer|C${100000 + i}`
    }))
    const averageBytes = records.reduce((n, r) => n + JSON.stringify(r).length, 0) / records.length
    const t0 = performance.now()
    const sealed = await encryptJsonMany(
      keys.record,
      records.map((r) => ({ value: r, aad: `claim:${r.key}` }))
    )
    const t1 = performance.now()
    const opened = await decryptJsonMany(
      keys.record,
      sealed.map((s, i) => ({ sealed: s, aad: `claim:${records[i].key}` }))
    )
    const t2 = performance.now()
    console.log(
      `12,000 records (~${averageBytes.toFixed(0)} B JSON each): encrypt ${(t1 - t0).toFixed(0)} ms, decrypt ${(t2 - t1).toFixed(0)} ms`
    )
    expect(opened).toHaveLength(12_000)
    expect(opened[11_999]).toEqual(records[11_999])
    expect(opened[4321]).toEqual(records[4321])
    expect(new Set(sealed).size).toBe(12_000)
  })
})

describe("blind index", { timeout: 60_000 }, () => {
  it("is HMAC-SHA256 hex over kind|payer|NUMBER, normalised as storage keys records today", async () => {
    const a = await blindIndex(keys.index, "claim", "Anthem Blue Cross Blue Shield", "availity", "2026281ab0412")
    const b = await blindIndex(keys.index, "claim", "ANTHEM BLUE CROSS  BLUE SHIELD", "carelon", "2026281AB0412")
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(a).toBe(b)
    expect(normalisedKey("Anthem Blue Cross Blue Shield", "availity", "2026281ab0412")).toBe(
      recordKey("Anthem Blue Cross Blue Shield", "availity", "2026281ab0412")
    )
    expect(await blindIndexOfKey(keys.index, "claim", "anthembluecrossblueshield|2026281AB0412")).toBe(a)
  })

  it("differs by kind, by number, by payer, and by installation; never contains the number", async () => {
    const claim = await blindIndex(keys.index, "claim", "Cigna", "cigna", "A261001457")
    expect(await blindIndex(keys.index, "authorization", "Cigna", "cigna", "A261001457")).not.toBe(claim)
    expect(await blindIndex(keys.index, "claim", "Cigna", "cigna", "A261001458")).not.toBe(claim)
    expect(await blindIndex(keys.index, "claim", "Aetna", "cigna", "A261001457")).not.toBe(claim)
    const { keys: other } = await createKeyFile("velvet cactus morning tram")
    expect(await blindIndex(other.index, "claim", "Cigna", "cigna", "A261001457")).not.toBe(claim)
    expect(claim.toUpperCase()).not.toContain("A261001457")
  })

  it("indexes 12,000 keys (timed) with no collisions", async () => {
    const recordKeys = Array.from({ length: 12_000 }, (_, i) => `anthembluecrossblueshield|C${100000 + i}`)
    const t = performance.now()
    const indexes = await blindIndexMany(keys.index, "claim", recordKeys)
    const ms = performance.now() - t
    console.log(`blind index: 12,000 in ${ms.toFixed(0)} ms (${Math.round(12_000 / (ms / 1000))}/s)`)
    expect(new Set(indexes).size).toBe(12_000)
    expect(indexes[77]).toBe(await blindIndexOfKey(keys.index, "claim", recordKeys[77]))
  })
})

describe("sealed records", { timeout: 60_000 }, () => {
  it("the fixtures give realistic records to seal (names, member IDs, numbers)", () => {
    expect(claims.length).toBeGreaterThan(40)
    expect(auths.length).toBeGreaterThan(30)
    expect(claims.filter((c) => c.patient.name && c.patient.memberId).length).toBeGreaterThan(20)
    expect([...claims, ...auths].some((r) => r.patient.dateOfBirth)).toBe(true)
  })

  it("no client name, member ID, claim/auth number or date of birth appears in JSON.stringify(sealed)", async () => {
    const records: StoredRecord[] = [...claims, ...auths]
    const sealed = await sealRecords(records, keys, () => ({
      due: [{ kind: "claim-follow-up", dueDate: "2026-12-20" }]
    }))
    let checked = 0
    sealed.forEach((s, i) => {
      const text = JSON.stringify(s)
      for (const id of identifiers(records[i])) {
        expect(text, `${records[i].key}: an identifier in clear`).not.toContain(id)
        checked++
      }
    })
    expect(checked).toBeGreaterThan(300)
  })

  it("keeps clear only the id, kind, status, unit counts and due dates", async () => {
    const records: StoredRecord[] = [...claims, ...auths]
    const sealed = await sealRecords(records, keys)
    sealed.forEach((s, i) => {
      const { box: _box, ...clear } = s
      const clearText = JSON.stringify(clear)
      for (const leaf of leaves(records[i])) {
        if (CLEAR_BY_DESIGN.test(leaf.path) || leaf.value.length < 4) continue
        expect(clearText, `${leaf.path} is in clear`).not.toContain(JSON.stringify(leaf.value))
      }
      expect(Object.keys(clear).sort()).toEqual(
        s.kind === "claim"
          ? ["due", "id", "kind", "status", "v"]
          : ["due", "id", "kind", "status", "unitType", "unitsApproved", "unitsRemaining", "unitsUsed", "v"]
      )
    })
  })

  it("opens whole: every fixture record comes back equal, its id its blind index", async () => {
    const records: StoredRecord[] = [...claims, ...auths]
    const sealed = await sealRecords(records, keys)
    expect(await openRecords(sealed, keys)).toEqual(records)
    expect(sealed[0].id).toBe(await blindIndexOfKey(keys.index, "claim", records[0].key))
    const auth = sealed.find((s): s is SealedAuthorization => s.kind === "authorization" && s.unitsRemaining !== null)!
    const original = auths.find((a) => a.key === (records[sealed.indexOf(auth)] as StoredAuthorization).key)!
    expect(auth.unitsRemaining).toBe(original.unitsRemaining)
  })

  it("refuses a box moved to another record, an edited clear status or due date, or a shape it does not know", async () => {
    const [a, b] = await Promise.all([sealRecord(claims[0], keys), sealRecord(claims[1], keys)])
    await expect(openRecord({ ...a, box: b.box }, keys)).rejects.toBeInstanceOf(DecryptFailed)
    const otherStatus = a.status === "paid" ? "denied" : "paid"
    await expect(openRecord({ ...a, status: otherStatus }, keys)).rejects.toBeInstanceOf(DecryptFailed)
    const withDue = await sealRecord(claims[0], keys, { due: [{ kind: "claim-timely-filing", dueDate: "2027-01-15" }] })
    await expect(
      openRecord({ ...withDue, due: [{ kind: "claim-timely-filing", dueDate: "2027-06-15" }] }, keys)
    ).rejects.toBeInstanceOf(DecryptFailed)
    await expect(openRecord({ ...a, extra: "x" }, keys)).rejects.toThrow(/sealed form/)
    await expect(openRecord({ ...a, id: "not-hex" }, keys)).rejects.toThrow(/blind index/)
    await expect(openRecord(null, keys)).rejects.toBeInstanceOf(DecryptFailed)
  })

  it("refuses a due date that is not YYYY-MM-DD at sealing", async () => {
    await expect(
      sealRecord(claims[0], keys, { due: [{ kind: "claim-follow-up", dueDate: "12/20/2026" }] })
    ).rejects.toThrow(/YYYY-MM-DD/)
  })

  it("seals history rows: the values changed and the page address boxed, order and owner in clear", async () => {
    const claim = claims.find((c) => c.paidCents !== null)!
    const row: HistoryRow = {
      id: 7,
      recordKind: "claim",
      recordKey: claim.key,
      at: "2026-11-21T09:00:00.000Z",
      sourceUrl: claim.sourceUrl,
      changes: [
        { field: "paidCents", from: null, to: claim.paidCents },
        { field: "status", from: "pending", to: claim.status }
      ]
    }
    const sealed = await sealHistoryRow(row, keys)
    const text = JSON.stringify(sealed)
    expect(text).not.toContain(claim.claimNumber)
    expect(text).not.toContain(claim.sourceUrl)
    expect(text).not.toContain("paidCents")
    expect(sealed.recordId).toBe(await blindIndexOfKey(keys.index, "claim", claim.key))
    expect(await openHistoryRow(sealed, keys)).toEqual(row)
    await expect(openHistoryRow({ ...sealed, at: "2026-11-22T09:00:00.000Z" }, keys)).rejects.toBeInstanceOf(
      DecryptFailed
    )
  })

  it("seals and opens 12,000 stored records (timed), the locked worker's clear view intact", async () => {
    const base: StoredRecord[] = [...claims, ...auths]
    const records = Array.from({ length: 12_000 }, (_, i) => {
      const r = base[i % base.length]
      return { ...r, key: `${r.key}#${i}` } as StoredRecord
    })
    const t0 = performance.now()
    const sealed: SealedRecord[] = await sealRecords(records, keys)
    const t1 = performance.now()
    const opened = await openRecords(sealed, keys)
    const t2 = performance.now()
    console.log(
      `sealRecord ×12,000: ${(t1 - t0).toFixed(0)} ms (incl. blind index); openRecord ×12,000: ${(t2 - t1).toFixed(0)} ms (incl. zod)`
    )
    expect(opened[9_999]).toEqual(records[9_999])
    expect(sealed.filter((s) => s.kind === "authorization")).toHaveLength(
      records.filter((r) => !("claimNumber" in r)).length
    )
  })

  it("keeps a whole view in one snapshot box: one call at unlock instead of 12,000 (timed)", async () => {
    const base: StoredRecord[] = [...claims, ...auths]
    const records = Array.from({ length: 12_000 }, (_, i) => ({
      ...base[i % base.length],
      key: `${base[i % base.length].key}#${i}`
    }))
    const t0 = performance.now()
    const sealed = await sealSnapshot(keys, "first-view", records)
    const t1 = performance.now()
    const opened = await openSnapshot(keys, "first-view", sealed)
    const t2 = performance.now()
    console.log(
      `snapshot of 12,000 records (${(sealed.length / 1e6).toFixed(1)} MB): seal ${(t1 - t0).toFixed(0)} ms, open ${(t2 - t1).toFixed(0)} ms`
    )
    expect(opened).toEqual(records)
    await expect(openSnapshot(keys, "everything", sealed)).rejects.toBeInstanceOf(DecryptFailed)
    const text = new TextDecoder("latin1").decode(sealed)
    for (const c of claims.slice(0, 20)) expect(text).not.toContain(c.claimNumber)
  })
})
