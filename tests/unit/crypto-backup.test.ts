// Encrypted backups: what is sealed opens with the passphrase; every damaged, foreign or oversized file is refused
// with its own typed error, before anything could be restored.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import {
  BACKUP_MAGIC,
  BackupRefused,
  checkBackupSize,
  decryptBackup,
  encryptBackup,
  MAX_BACKUP_BYTES,
  PassphraseTooWeak,
  readBackupHeader,
  WrongPassphrase,
  type CryptoErrorCode
} from "../../src/crypto"
import { concatBytes, utf8 } from "../../src/crypto/bytes"
import { listFixtures } from "../sandbox/pages"
import type { Capture } from "../../src/model/capture"

const PASS = "harbor lantern pickle orbit"
const captures = listFixtures().flatMap((f) => (f.expected ? [f.expected as Capture] : []))
const backup = {
  app: "PayerLens",
  version: 3,
  exportedAt: "2026-11-20T15:04:05.000Z",
  claims: captures.flatMap((c) => c.claims),
  authorizations: captures.flatMap((c) => c.authorizations)
}
let file: Uint8Array

beforeAll(async () => {
  file = await encryptBackup(backup, PASS)
})

afterEach(() => vi.restoreAllMocks())

/** Counts PBKDF2/HKDF derivations: a refusal "before deriving" must make none. */
const watchDerivations = () => vi.spyOn(globalThis.crypto.subtle, "deriveBits")

async function refusal(bytes: Uint8Array, passphrase = PASS): Promise<CryptoErrorCode | "opened"> {
  try {
    await decryptBackup(bytes, passphrase)
    return "opened"
  } catch (e) {
    return (e as { code: CryptoErrorCode }).code
  }
}

const headerEnd = (bytes: Uint8Array) => BACKUP_MAGIC.length + bytes.subarray(BACKUP_MAGIC.length).indexOf(0x0a) + 1

describe("encrypted backups", { timeout: 60_000 }, () => {
  it("open with the passphrase, whole", async () => {
    expect(await decryptBackup(file, PASS)).toEqual(backup)
  })

  it("carry a readable header (app, format, KDF, salt, iterations) and no PHI in clear", () => {
    const { header } = readBackupHeader(file)
    expect(header).toMatchObject({ app: "PayerLens", format: 1, kdf: "PBKDF2-SHA256", iterations: 600_000 })
    const text = new TextDecoder("latin1").decode(file)
    expect(text.startsWith(BACKUP_MAGIC)).toBe(true)
    for (const c of backup.claims) {
      expect(text).not.toContain(c.claimNumber)
      if (c.patient.memberId) expect(text).not.toContain(c.patient.memberId)
      if (c.patient.name) expect(text).not.toContain(c.patient.name)
    }
  })

  it("refuse a wrong passphrase as such", async () => {
    await expect(decryptBackup(file, "velvet cactus morning tram")).rejects.toBeInstanceOf(WrongPassphrase)
  })

  it("refuse a truncated file, wherever it was cut", async () => {
    const end = headerEnd(file)
    for (const length of [0, 10, BACKUP_MAGIC.length + 5, end - 1, end, end + 100, file.length - 1]) {
      expect(await refusal(file.subarray(0, length)), `cut at ${length}`).toBe("backup-truncated")
    }
  })

  it("refuse a file with one byte flipped: in the ciphertext (GCM fails), the tag, the header, the magic", async () => {
    const end = headerEnd(file)
    const flipAt = async (i: number) => {
      const copy = new Uint8Array(file)
      copy[i] ^= 0x01
      return refusal(copy)
    }
    expect(await flipAt(end)).toBe("backup-damaged") // first ciphertext byte
    expect(await flipAt(end + ((file.length - end) >> 1))).toBe("backup-damaged")
    expect(await flipAt(file.length - 1)).toBe("backup-damaged") // last tag byte
    expect(await flipAt(2)).toBe("backup-not-payerlens")
    // a header byte: either unreadable, invalid, or it changes the derivation (salt, verifier, iterations)
    const header = new TextDecoder().decode(file.subarray(BACKUP_MAGIC.length, end))
    for (const field of ["salt", "iv", "length", "iterations", "verifier"]) {
      const at = BACKUP_MAGIC.length + header.indexOf(`"${field}":`) + field.length + 4
      expect(["backup-damaged", "wrong-passphrase", "backup-truncated"], `${field} flipped`).toContain(await flipAt(at))
    }
  })

  it("refuse a backup from a newer PayerLens, before asking for anything else", async () => {
    const end = headerEnd(file)
    const header = JSON.parse(new TextDecoder().decode(file.subarray(BACKUP_MAGIC.length, end)))
    const newer = concatBytes(
      utf8(BACKUP_MAGIC),
      utf8(JSON.stringify({ ...header, format: 2, kdf: "Argon2id" }) + "\n"),
      file.subarray(end)
    )
    const derivations = watchDerivations()
    const error = await decryptBackup(newer, PASS).catch((e: Error) => e)
    expect(derivations).not.toHaveBeenCalled()
    expect(error).toBeInstanceOf(BackupRefused)
    expect(error).toMatchObject({ code: "backup-too-new", message: expect.stringMatching(/newer PayerLens/) })
  })

  it("refuse a file over 100 MB by its size, without reading it", async () => {
    expect(() => checkBackupSize(MAX_BACKUP_BYTES + 1)).toThrow(/100\.0 MB/)
    expect(() => checkBackupSize(MAX_BACKUP_BYTES)).not.toThrow()
    const big = new Uint8Array(MAX_BACKUP_BYTES + 1)
    big.set(file)
    const derivations = watchDerivations()
    expect(await refusal(big)).toBe("backup-too-large")
    expect(derivations).not.toHaveBeenCalled()
  })

  it("refuse what is not an encrypted PayerLens backup: plain JSON, another app, a header of planted parameters", async () => {
    expect(await refusal(utf8(JSON.stringify(backup)))).toBe("backup-not-payerlens")
    expect(await refusal(utf8("%PDF-1.7\n..."))).toBe("backup-not-payerlens")
    const end = headerEnd(file)
    const header = JSON.parse(new TextDecoder().decode(file.subarray(BACKUP_MAGIC.length, end)))
    const withHeader = (h: object) =>
      concatBytes(utf8(BACKUP_MAGIC), utf8(JSON.stringify(h) + "\n"), file.subarray(end))
    expect(await refusal(withHeader({ ...header, app: "Other" }))).toBe("backup-not-payerlens")
    // an iteration count chosen to hang the browser is refused before deriving
    const derivations = watchDerivations()
    expect(await refusal(withHeader({ ...header, iterations: 2_000_000_000 }))).toBe("backup-damaged")
    expect(await refusal(withHeader({ ...header, iterations: 1 }))).toBe("backup-damaged")
    expect(derivations).not.toHaveBeenCalled()
    expect(await refusal(withHeader({ ...header, extra: 1 }))).toBe("backup-damaged")
    expect(await refusal(concatBytes(utf8(BACKUP_MAGIC), new Uint8Array(5000).fill(0x41)))).toBe("backup-damaged")
  })

  it("refuse extra bytes after the end", async () => {
    expect(await refusal(concatBytes(file, new Uint8Array([0])))).toBe("backup-damaged")
  })

  it("will not seal a backup with a weak passphrase", async () => {
    await expect(encryptBackup(backup, "password123")).rejects.toBeInstanceOf(PassphraseTooWeak)
  })

  it("never echoes the passphrase or the contents in a refusal", async () => {
    const copy = new Uint8Array(file)
    copy[copy.length - 3] ^= 0x80
    const error = (await decryptBackup(copy, PASS).catch((e: Error) => e)) as Error
    expect(error.message).not.toContain(PASS)
    expect(error.message).not.toContain(backup.claims[0].claimNumber)
  })
})
