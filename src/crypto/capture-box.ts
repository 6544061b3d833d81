// Captures made while PayerLens is locked: the worker holds only the capture PUBLIC key, so it can encrypt what a
// page yields but cannot read it back, nor anything else. Hybrid encryption (ECIES-style) through WebCrypto:
// an ephemeral ECDH P-256 key pair per capture, its shared secret with the stored public key through HKDF-SHA256
// into an AES-256-GCM key. Opened after unlock with the private key (keys.ts, DataKeys.capturePrivate).
//
// Form: "c1.<ephemeral public key>.<iv>.<ciphertext>" (base64url, uncompressed P-256 point of 65 bytes).
import { concatBytes, fromBase64Url, fromUtf8, randomBytes, subtle, toBase64Url, utf8 } from "./bytes"
import { BadCiphertext, DecryptFailed, UnsupportedVersion } from "./errors"
import { IV_BYTES, TAG_BYTES } from "./field"

const VERSION = "c1"
const P256 = { name: "ECDH", namedCurve: "P-256" }
const INFO = utf8("PayerLens v1 locked capture")
const POINT_BYTES = 65

async function boxKey(shared: ArrayBuffer, ephemeral: Uint8Array, recipient: Uint8Array, usage: "encrypt" | "decrypt") {
  const ikm = await subtle().importKey("raw", shared, "HKDF", false, ["deriveKey"])
  // both public keys in the salt: the AES key belongs to this one exchange
  const salt = concatBytes(ephemeral, recipient)
  return subtle().deriveKey(
    { name: "HKDF", hash: "SHA-256", salt, info: INFO },
    ikm,
    { name: "AES-GCM", length: 256 },
    false,
    [usage]
  )
}

const aadOf = (context: string) => utf8(`PayerLens locked capture v1|${context}`)

/**
 * Encrypts `value` (JSON) to the capture public key. `context` is bound as AAD (e.g. the sender's verified origin):
 * opening with another context fails.
 */
export async function sealCapture(publicKey: CryptoKey, value: unknown, context = ""): Promise<string> {
  const json = JSON.stringify(value)
  if (json === undefined) throw new TypeError("sealCapture: the value has no JSON form")
  const recipient = new Uint8Array(await subtle().exportKey("raw", publicKey))
  const ephemeral = (await subtle().generateKey(P256, true, ["deriveBits"])) as CryptoKeyPair
  const ephemeralPublic = new Uint8Array(await subtle().exportKey("raw", ephemeral.publicKey))
  const shared = await subtle().deriveBits({ name: "ECDH", public: publicKey }, ephemeral.privateKey, 256)
  const key = await boxKey(shared, ephemeralPublic, recipient, "encrypt")
  const iv = randomBytes(IV_BYTES)
  const ciphertext = new Uint8Array(
    await subtle().encrypt({ name: "AES-GCM", iv, additionalData: aadOf(context) }, key, utf8(json))
  )
  return `${VERSION}.${toBase64Url(ephemeralPublic)}.${toBase64Url(iv)}.${toBase64Url(ciphertext)}`
}

/**
 * Opens what sealCapture made, with the unlocked private key and its public key (keys.ts capturePublicKey).
 * The result is unvalidated: parse it as a capture at the boundary, as any capture.
 */
export async function openCapture(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  sealed: string,
  context = ""
): Promise<unknown> {
  if (typeof sealed !== "string") throw new BadCiphertext("a locked capture must be text")
  const parts = sealed.split(".")
  if (parts.length !== 4)
    throw new BadCiphertext(`a locked capture has 4 dot-separated parts; this one has ${parts.length}`)
  if (parts[0] !== VERSION)
    throw new UnsupportedVersion(`locked capture version "${parts[0].slice(0, 8)}" is not known (knows ${VERSION})`)
  const ephemeralPublic = fromBase64Url(parts[1])
  const iv = fromBase64Url(parts[2])
  const ciphertext = fromBase64Url(parts[3])
  if (!ephemeralPublic || ephemeralPublic.length !== POINT_BYTES)
    throw new BadCiphertext("a locked capture's ephemeral key is not a P-256 point")
  if (!iv || iv.length !== IV_BYTES || !ciphertext || ciphertext.length < TAG_BYTES)
    throw new BadCiphertext("a locked capture's IV or ciphertext is malformed")
  try {
    // importKey refuses a point that is not on the curve (invalid-curve attacks are WebCrypto's to stop)
    const ephemeral = await subtle().importKey("raw", ephemeralPublic, P256, false, [])
    const recipient = new Uint8Array(await subtle().exportKey("raw", publicKey))
    const shared = await subtle().deriveBits({ name: "ECDH", public: ephemeral }, privateKey, 256)
    const key = await boxKey(shared, ephemeralPublic, recipient, "decrypt")
    const plain = new Uint8Array(
      await subtle().decrypt({ name: "AES-GCM", iv, additionalData: aadOf(context) }, key, ciphertext)
    )
    return JSON.parse(fromUtf8(plain))
  } catch {
    throw new DecryptFailed(
      "a capture made while locked did not open: it was changed, or was made for another key or context"
    )
  }
}
