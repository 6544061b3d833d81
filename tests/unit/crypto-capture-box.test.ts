// Captures made while locked: encrypted to the stored public key, opened only with the unlocked private key.
import { beforeAll, describe, expect, it } from "vitest"
import {
  BadCiphertext,
  capturePublicKey,
  createKeyFile,
  DecryptFailed,
  openCapture,
  sealCapture,
  unlock,
  UnsupportedVersion,
  type DataKeys,
  type KeyFile
} from "../../src/crypto"
import { listFixtures } from "../sandbox/pages"
import type { Capture } from "../../src/model/capture"

const PASS = "harbor lantern pickle orbit"
let keyFile: KeyFile
let keys: DataKeys
let publicKey: CryptoKey
const capture = listFixtures().find((f) => f.name === "01-claim-status-results")!.expected as Capture
const ORIGIN = "https://apps.availity.com"

beforeAll(async () => {
  ;({ keyFile, keys } = await createKeyFile(PASS))
  // what the locked worker holds: the key file (no secret in it) and the public key read from it
  publicKey = await capturePublicKey(JSON.parse(JSON.stringify(keyFile)))
})

describe("captures made while locked", { timeout: 60_000 }, () => {
  it("are sealed with the public key alone and opened after unlock, whole", async () => {
    const sealed = await sealCapture(publicKey, capture, ORIGIN)
    expect(sealed).toMatch(/^c1\.[A-Za-z0-9_-]{87}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/)
    const unlocked = await unlock(keyFile, PASS)
    expect(await openCapture(unlocked.capturePrivate, publicKey, sealed, ORIGIN)).toEqual(capture)
  })

  it("hold no name, member ID or claim number in clear", async () => {
    const sealed = await sealCapture(publicKey, capture, ORIGIN)
    for (const c of capture.claims) {
      expect(sealed).not.toContain(c.claimNumber)
      if (c.patient.memberId) expect(sealed).not.toContain(c.patient.memberId)
      if (c.patient.name) expect(sealed).not.toContain(c.patient.name)
    }
  })

  it("use a new ephemeral key each time: two seals of one capture differ", async () => {
    const [a, b] = await Promise.all([sealCapture(publicKey, capture), sealCapture(publicKey, capture)])
    expect(a.split(".")[1]).not.toBe(b.split(".")[1])
  })

  it("refuse another context (origin), a changed byte, another installation's key", async () => {
    const sealed = await sealCapture(publicKey, capture, ORIGIN)
    await expect(openCapture(keys.capturePrivate, publicKey, sealed, "https://evil.example")).rejects.toBeInstanceOf(
      DecryptFailed
    )
    const parts = sealed.split(".")
    const ct = parts[3]
    parts[3] = ct.slice(0, 10) + (ct[10] === "A" ? "B" : "A") + ct.slice(11)
    await expect(openCapture(keys.capturePrivate, publicKey, parts.join("."), ORIGIN)).rejects.toBeInstanceOf(
      DecryptFailed
    )
    const other = await createKeyFile("velvet cactus morning tram")
    const otherPublic = await capturePublicKey(other.keyFile)
    await expect(openCapture(other.keys.capturePrivate, otherPublic, sealed, ORIGIN)).rejects.toBeInstanceOf(
      DecryptFailed
    )
  })

  it("refuse an ephemeral key that is not a point on P-256, and malformed text, with typed errors", async () => {
    const sealed = await sealCapture(publicKey, { claims: [] })
    const parts = sealed.split(".")
    const offCurve = `c1.${"B" + "A".repeat(86)}.${parts[2]}.${parts[3]}`
    await expect(openCapture(keys.capturePrivate, publicKey, offCurve)).rejects.toBeInstanceOf(DecryptFailed)
    await expect(openCapture(keys.capturePrivate, publicKey, "c1.x.y")).rejects.toBeInstanceOf(BadCiphertext)
    await expect(openCapture(keys.capturePrivate, publicKey, `c9.${parts.slice(1).join(".")}`)).rejects.toBeInstanceOf(
      UnsupportedVersion
    )
    await expect(openCapture(keys.capturePrivate, publicKey, `c1.${parts[1]}.AAAA.${parts[3]}`)).rejects.toBeInstanceOf(
      BadCiphertext
    )
  })

  it("cannot be opened with the public key: the locked worker cannot read back what it sealed", async () => {
    const sealed = await sealCapture(publicKey, capture)
    await expect(openCapture(publicKey, publicKey, sealed)).rejects.toBeInstanceOf(DecryptFailed)
  })
})
