// Passphrase → key file → working keys, through WebCrypto with the real 600,000 PBKDF2 iterations.
import { beforeAll, describe, expect, it } from "vitest"
import {
  capturePublicKey,
  changePassphrase,
  createKeyFile,
  decryptJson,
  encryptJson,
  KeyFileDamaged,
  PassphraseTooWeak,
  PBKDF2_ITERATIONS,
  parseKeyFile,
  unlock,
  WrongPassphrase,
  type DataKeys,
  type KeyFile
} from "../../src/crypto"
import { fromBase64Url, toBase64Url } from "../../src/crypto/bytes"
import { passphraseKeys } from "../../src/crypto/keys"

const PASS = "harbor lantern pickle orbit"
const NEXT = "velvet cactus morning tram"

let keyFile: KeyFile
let keys: DataKeys

beforeAll(async () => {
  ;({ keyFile, keys } = await createKeyFile(PASS))
})

/** flips one bit in the middle of a base64url field */
function flip(b64: string): string {
  const bytes = fromBase64Url(b64)!
  bytes[bytes.length >> 1] ^= 0x01
  return toBase64Url(bytes)
}

describe("passphrase key file", { timeout: 60_000 }, () => {
  it("derives with PBKDF2-SHA256 at 600,000 iterations and a fresh 16-byte salt", async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    expect(keyFile.kdf).toMatchObject({ name: "PBKDF2-SHA256", iterations: 600_000 })
    expect(fromBase64Url(keyFile.kdf.salt)).toHaveLength(16)
    const other = await createKeyFile(PASS)
    expect(other.keyFile.kdf.salt).not.toBe(keyFile.kdf.salt)
    expect(other.keyFile.wrappedKey).not.toBe(keyFile.wrappedKey)
    expect(other.keyFile.verifier).not.toBe(keyFile.verifier)
  })

  it("measures one 600,000-iteration derivation (reported, not a budget)", async () => {
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      await passphraseKeys(PASS, keyFile.kdf)
      times.push(performance.now() - t)
    }
    console.log(`PBKDF2-SHA256 600k: ${times.map((t) => t.toFixed(0)).join(", ")} ms`)
    expect(Math.min(...times)).toBeGreaterThan(20) // a derivation this fast would mean the count is not applied
  })

  it("keeps nothing secret in the key file: no passphrase, no raw key", () => {
    const text = JSON.stringify(keyFile)
    expect(text).not.toContain(PASS)
    expect(text).not.toContain("harbor")
    expect(parseKeyFile(JSON.parse(text))).toEqual(keyFile)
  })

  it("unlocks with the passphrase: what one session encrypted, the next opens", async () => {
    const sealed = await encryptJson(keys.record, { member: "XGH884512301" }, "claim:abc")
    const again = await unlock(keyFile, PASS)
    expect(await decryptJson(again.record, sealed, "claim:abc")).toEqual({ member: "XGH884512301" })
    expect(again.record.extractable).toBe(false)
    expect(again.index.extractable).toBe(false)
    expect(again.capturePrivate.extractable).toBe(false)
  })

  it("normalises the passphrase (NFKC): a composed and a decomposed é are one passphrase", async () => {
    const composed = "caf\u00e9 lantern pickle orbit"
    const { keyFile: file } = await createKeyFile(composed)
    await expect(unlock(file, "cafe\u0301 lantern pickle orbit")).resolves.toBeTruthy()
  })

  it("tells a wrong passphrase (WrongPassphrase) from a damaged key file (KeyFileDamaged)", async () => {
    const wrong = unlock(keyFile, "harbor lantern pickle orbiT")
    await expect(wrong).rejects.toBeInstanceOf(WrongPassphrase)
    await expect(wrong).rejects.toMatchObject({ code: "wrong-passphrase" })

    const damagedKey = {
      ...keyFile,
      wrappedKey: keyFile.wrappedKey.replace(/\.([^.]+)$/, (_, ct: string) => `.${flip(ct)}`)
    }
    await expect(unlock(damagedKey, PASS)).rejects.toBeInstanceOf(KeyFileDamaged)

    const damagedCapture = {
      ...keyFile,
      capture: {
        ...keyFile.capture,
        wrappedPrivateKey: keyFile.capture.wrappedPrivateKey.replace(/\.([^.]+)$/, (_, ct: string) => `.${flip(ct)}`)
      }
    }
    await expect(unlock(damagedCapture, PASS)).rejects.toBeInstanceOf(KeyFileDamaged)
  })

  it("refuses a key file whose salt or count was changed, and never echoes the passphrase", async () => {
    // a changed salt changes the derived verifier: reported as a wrong passphrase, the data key stays shut
    const salted = { ...keyFile, kdf: { ...keyFile.kdf, salt: flip(keyFile.kdf.salt) } }
    await expect(unlock(salted, PASS)).rejects.toBeInstanceOf(WrongPassphrase)
    const weaker = { ...keyFile, kdf: { ...keyFile.kdf, iterations: 1000 } }
    const error = await unlock(weaker, PASS).catch((e: Error) => e)
    expect(error).toBeInstanceOf(KeyFileDamaged)
    expect(String((error as Error).message)).toContain("kdf.iterations")
    expect(String((error as Error).message)).not.toContain(PASS)
    await expect(unlock({ ...keyFile, kdf: { ...keyFile.kdf, iterations: 50_000_000 } }, PASS)).rejects.toBeInstanceOf(
      KeyFileDamaged
    )
    await expect(unlock({ v: 2 }, PASS)).rejects.toBeInstanceOf(KeyFileDamaged)
    await expect(unlock(null, PASS)).rejects.toBeInstanceOf(KeyFileDamaged)
  })

  it("changes the passphrase by re-wrapping the data key only", async () => {
    const sealed = await encryptJson(keys.record, ["RIVERA, MARIA"], "claim:x")
    const changed = await changePassphrase(keyFile, PASS, NEXT)
    expect(changed.capture).toEqual(keyFile.capture)
    expect(changed.kdf.salt).not.toBe(keyFile.kdf.salt)
    expect(changed.wrappedKey).not.toBe(keyFile.wrappedKey)
    await expect(unlock(changed, PASS)).rejects.toBeInstanceOf(WrongPassphrase)
    const reopened = await unlock(changed, NEXT)
    expect(await decryptJson(reopened.record, sealed, "claim:x")).toEqual(["RIVERA, MARIA"])
  })

  it("refuses to change without the current passphrase, or to a weak one", async () => {
    await expect(changePassphrase(keyFile, NEXT, "another quiet seashell road")).rejects.toBeInstanceOf(WrongPassphrase)
    await expect(changePassphrase(keyFile, PASS, "Summer2024!")).rejects.toBeInstanceOf(PassphraseTooWeak)
  })

  it("refuses a weak passphrase at setup, saying why without repeating it", async () => {
    const error = await createKeyFile("password123").catch((e: Error) => e)
    expect(error).toBeInstanceOf(PassphraseTooWeak)
    expect((error as Error).message).toMatch(/15 characters/)
    expect((error as Error).message).not.toContain("password123")
    await expect(createKeyFile(PASS, { iterations: 100_000 })).rejects.toThrow(/600000/)
  })

  it("hands the locked worker a public key only", async () => {
    const pub = await capturePublicKey(keyFile)
    expect(pub.type).toBe("public")
    expect(pub.algorithm).toMatchObject({ name: "ECDH", namedCurve: "P-256" })
  })
})
