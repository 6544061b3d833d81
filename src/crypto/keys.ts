// The passphrase and the keys it opens.
//
//   passphrase ──PBKDF2-HMAC-SHA256, ≥600,000 iterations, 16-byte random salt──▶ 256 bits
//        └─HKDF──▶ key-encryption key (AES-256-GCM)      └─HKDF──▶ verifier (stored)
//   data key: 32 random bytes, stored only wrapped by the key-encryption key
//        └─HKDF──▶ record key (AES-256-GCM) · blind-index key (HMAC-SHA256) · capture-wrap key (AES-256-GCM)
//   capture key pair (ECDH P-256): public key stored in clear, private key wrapped by the capture-wrap key
//
// Changing the passphrase re-wraps the data key only: records, indexes and the capture key pair stay as they are.
// After unlock every key in memory is non-extractable: script in the page cannot export them, only use them.
import { z, type Infer } from "../model/zod"
import { fromBase64Url, randomBytes, sameBytes, subtle, toBase64Url, utf8 } from "./bytes"
import { KeyFileDamaged, PassphraseTooWeak, WrongPassphrase } from "./errors"
import { decryptBytes, encryptBytes, formatSealed, IV_BYTES, parseSealed } from "./field"
import { assessPassphrase } from "./strength"

/**
 * OWASP Password Storage Cheat Sheet, "PBKDF2": "If FIPS-140 compliance is required, use PBKDF2 with a work factor
 * of 600,000 or more and set with an internal hash function of HMAC-SHA-256."
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
 * (Argon2id is OWASP's first choice but is not in WebCrypto; PBKDF2 is, in Node and in the service worker.)
 */
export const PBKDF2_ITERATIONS = 600_000
/** A key file or backup asking for more is refused before deriving: a planted file must not hang the browser. */
export const MAX_ITERATIONS = 10_000_000
export const SALT_BYTES = 16
const DATA_KEY_BYTES = 32

const INFO = {
  kek: "PayerLens v1 key-encryption key",
  verifier: "PayerLens v1 passphrase verifier",
  record: "PayerLens v1 record encryption",
  index: "PayerLens v1 blind index",
  captureWrap: "PayerLens v1 capture private-key wrap"
} as const

const base64url = (bytes: number, what: string) =>
  z.string().refine((s) => fromBase64Url(s)?.length === bytes, `${what} must be ${bytes} bytes of base64url`)

export const KdfParams = z.strictObject({
  name: z.literal("PBKDF2-SHA256"),
  iterations: z.number().int().min(PBKDF2_ITERATIONS, `at least ${PBKDF2_ITERATIONS} iterations`).max(MAX_ITERATIONS),
  salt: base64url(SALT_BYTES, "the salt")
})
export type KdfParams = Infer<typeof KdfParams>

/** What is stored (in clear) to open the data: nothing in it is secret without the passphrase. */
export const KeyFile = z.strictObject({
  v: z.literal(1),
  kdf: KdfParams,
  /** HKDF output of the passphrase key, kept apart from the key-encryption key: tells a wrong passphrase from damage */
  verifier: base64url(32, "the verifier"),
  /** the 32-byte data key, AES-GCM under the key-encryption key: "v1.<iv>.<ciphertext>" */
  wrappedKey: z.string(),
  capture: z.strictObject({
    /** uncompressed P-256 point (65 bytes): the locked worker encrypts captures to it */
    publicKey: base64url(65, "the capture public key"),
    /** PKCS #8 private key, AES-GCM under the capture-wrap key */
    wrappedPrivateKey: z.string()
  })
})
export type KeyFile = Infer<typeof KeyFile>

/** The working keys after unlock. All non-extractable. */
export type DataKeys = {
  /** AES-256-GCM for records and fields */
  record: CryptoKey
  /** HMAC-SHA256 for blind indexes */
  index: CryptoKey
  /** the same HMAC key's bytes: a page of 1,000 new records is indexed synchronously (@noble/hashes) instead of by
   * 1,000 WebCrypto calls. Nothing is lost by holding them: the data key itself waits in session storage. */
  indexBytes: Uint8Array
  /** ECDH P-256 private key: opens captures made while locked */
  capturePrivate: CryptoKey
}

const hkdf = (info: string) => ({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: utf8(info) })
const AES_256_GCM = { name: "AES-GCM", length: 256 }
const P256 = { name: "ECDH", namedCurve: "P-256" }

/**
 * Unicode passphrases are compared after NFKC, so one passphrase typed on two keyboards is one passphrase
 * (NIST SP 800-63B, "the verifier SHOULD apply the Normalization Process for Stabilization of Strings ... NFKC or NFKD").
 */
export const normalisePassphrase = (passphrase: string): string => passphrase.normalize("NFKC")

/** PBKDF2 → (key-encryption key, verifier). The slow step: about 0.5–0.65 s here for 600,000 iterations. */
export async function passphraseKeys(
  passphrase: string,
  kdf: KdfParams
): Promise<{ kek: CryptoKey; verifier: Uint8Array<ArrayBuffer> }> {
  const salt = fromBase64Url(kdf.salt)
  if (!salt) throw new KeyFileDamaged("the key file's salt is not base64url")
  const base = await subtle().importKey("raw", utf8(normalisePassphrase(passphrase)), "PBKDF2", false, ["deriveBits"])
  const bits = await subtle().deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations: kdf.iterations },
    base,
    256
  )
  const root = await subtle().importKey("raw", bits, "HKDF", false, ["deriveKey", "deriveBits"])
  const kek = await subtle().deriveKey(hkdf(INFO.kek), root, AES_256_GCM, false, ["encrypt", "decrypt", "unwrapKey"])
  const verifier = new Uint8Array(await subtle().deriveBits(hkdf(INFO.verifier), root, 256))
  return { kek, verifier }
}

/** The wrapped data key is bound to the KDF parameters: a key file with its salt or count changed does not open. */
const wrapAad = (kdf: KdfParams) => utf8(`PayerLens key file v1|${kdf.name}|${kdf.iterations}|${kdf.salt}`)
const CAPTURE_AAD = utf8("PayerLens v1 capture private key")

async function keysFromRoot(root: CryptoKey, capture: KeyFile["capture"]): Promise<DataKeys> {
  const [record, index, indexBits, captureWrap] = await Promise.all([
    subtle().deriveKey(hkdf(INFO.record), root, AES_256_GCM, false, ["encrypt", "decrypt"]),
    subtle().deriveKey(hkdf(INFO.index), root, { name: "HMAC", hash: "SHA-256", length: 256 }, false, ["sign"]),
    subtle().deriveBits(hkdf(INFO.index), root, 256),
    subtle().deriveKey(hkdf(INFO.captureWrap), root, AES_256_GCM, false, ["wrapKey", "unwrapKey"])
  ])
  let capturePrivate: CryptoKey
  try {
    const { iv, ciphertext } = parseSealed(capture.wrappedPrivateKey)
    capturePrivate = await subtle().unwrapKey(
      "pkcs8",
      ciphertext,
      captureWrap,
      { name: "AES-GCM", iv, additionalData: CAPTURE_AAD },
      P256,
      false,
      ["deriveBits"]
    )
  } catch {
    throw new KeyFileDamaged("the key for captures made while locked does not open: the stored key file was changed")
  }
  return { record, index, indexBytes: new Uint8Array(indexBits), capturePrivate }
}

const importRoot = (bytes: Uint8Array<ArrayBuffer>) =>
  subtle().importKey("raw", bytes, "HKDF", false, ["deriveKey", "deriveBits"])

function newKdf(iterations: number): KdfParams {
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS)
    throw new RangeError(`iterations must be a whole number from ${PBKDF2_ITERATIONS} to ${MAX_ITERATIONS}`)
  return { name: "PBKDF2-SHA256", iterations, salt: toBase64Url(randomBytes(SALT_BYTES)) }
}

function requireStrong(passphrase: string): void {
  const strength = assessPassphrase(passphrase)
  if (!strength.acceptable)
    throw new PassphraseTooWeak(`passphrase too weak (${strength.label}): ${strength.advice.join(" ")}`)
}

export type SetupOptions = { iterations?: number }

/**
 * First run: a new random data key and capture key pair, protected by `passphrase`. Returns what to store and
 * the unlocked keys. Refuses a passphrase below the setup minimum (see strength.ts).
 */
export async function createKeyFile(
  passphrase: string,
  options: SetupOptions = {}
): Promise<{ keyFile: KeyFile; keys: DataKeys; dataKey: Uint8Array<ArrayBuffer> }> {
  requireStrong(passphrase)
  const kdf = newKdf(options.iterations ?? PBKDF2_ITERATIONS)
  const { kek, verifier } = await passphraseKeys(passphrase, kdf)
  const dataKey = randomBytes(DATA_KEY_BYTES)
  try {
    const wrappedKey = await encryptBytes(kek, dataKey, wrapAad(kdf))
    const root = await importRoot(dataKey)
    const captureWrap = await subtle().deriveKey(hkdf(INFO.captureWrap), root, AES_256_GCM, false, [
      "wrapKey",
      "unwrapKey"
    ])
    const pair = (await subtle().generateKey(P256, true, ["deriveBits"])) as CryptoKeyPair
    const publicKey = new Uint8Array(await subtle().exportKey("raw", pair.publicKey))
    const iv = randomBytes(IV_BYTES)
    const wrappedPrivate = new Uint8Array(
      await subtle().wrapKey("pkcs8", pair.privateKey, captureWrap, {
        name: "AES-GCM",
        iv,
        additionalData: CAPTURE_AAD
      })
    )
    const capture = {
      publicKey: toBase64Url(publicKey),
      wrappedPrivateKey: formatSealed({ iv, ciphertext: wrappedPrivate })
    }
    const keyFile: KeyFile = { v: 1, kdf, verifier: toBase64Url(verifier), wrappedKey, capture }
    return { keyFile, keys: await keysFromRoot(root, capture), dataKey: dataKey.slice() }
  } finally {
    dataKey.fill(0)
  }
}

/** The data key's bytes, with the key-encryption key a right passphrase gave. */
async function openDataKey(keyFile: KeyFile, kek: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await decryptBytes(kek, keyFile.wrappedKey, wrapAad(keyFile.kdf))
  } catch {
    throw new KeyFileDamaged(
      "the passphrase is right but the stored data key does not open: the key file was changed or damaged"
    )
  }
}

/**
 * Unlock for a worker that may be stopped at any moment: the data key's bytes come back with the keys, to be
 * kept in the browser's session storage (memory only, gone when the browser closes) so a worker woken later opens
 * the keys again with keysFromDataKey, without the passphrase.
 */
export async function unlockWithDataKey(
  input: unknown,
  passphrase: string
): Promise<{ keys: DataKeys; dataKey: Uint8Array<ArrayBuffer> }> {
  const keyFile = parseKeyFile(input)
  const dataKey = await openDataKey(keyFile, await checkPassphrase(keyFile, passphrase))
  return { keys: await keysFromDataKey(dataKey, keyFile), dataKey }
}

/** The working keys from the data key's bytes (kept in session storage while unlocked). */
export async function keysFromDataKey(dataKey: Uint8Array<ArrayBuffer>, input: unknown): Promise<DataKeys> {
  if (dataKey.length !== DATA_KEY_BYTES) throw new KeyFileDamaged("the kept data key is not 32 bytes")
  return keysFromRoot(await importRoot(dataKey), parseKeyFile(input).capture)
}

/** Checks a passphrase against the key file without opening anything (before an export). */
export async function verifyPassphrase(input: unknown, passphrase: string): Promise<void> {
  await checkPassphrase(parseKeyFile(input), passphrase)
}

/** Validates a stored key file; KeyFileDamaged (naming the field, never its value) when it is not one. */
export function parseKeyFile(input: unknown): KeyFile {
  const parsed = KeyFile.safeParse(input)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new KeyFileDamaged(`the stored key file is not valid (${issue.path.join(".") || "root"}: ${issue.message})`)
}

async function checkPassphrase(keyFile: KeyFile, passphrase: string): Promise<CryptoKey> {
  const { kek, verifier } = await passphraseKeys(passphrase, keyFile.kdf)
  const stored = fromBase64Url(keyFile.verifier)
  if (!stored || !sameBytes(stored, verifier)) throw new WrongPassphrase()
  return kek
}

/** Unlock: WrongPassphrase for a wrong passphrase, KeyFileDamaged when the passphrase is right but the file was changed. */
export async function unlock(input: unknown, passphrase: string): Promise<DataKeys> {
  const keyFile = parseKeyFile(input)
  const kek = await checkPassphrase(keyFile, passphrase)
  let root: CryptoKey
  try {
    const { iv, ciphertext } = parseSealed(keyFile.wrappedKey)
    // unwrapKey, not decrypt: the data key's bytes never reach script
    root = await subtle().unwrapKey(
      "raw",
      ciphertext,
      kek,
      { name: "AES-GCM", iv, additionalData: wrapAad(keyFile.kdf) },
      "HKDF",
      false,
      ["deriveKey", "deriveBits"]
    )
  } catch {
    throw new KeyFileDamaged(
      "the passphrase is right but the stored data key does not open: the key file was changed or damaged"
    )
  }
  return keysFromRoot(root, keyFile.capture)
}

/**
 * A new passphrase for the same data key: only `kdf`, `verifier` and `wrappedKey` change. Requires the current
 * passphrase (WrongPassphrase otherwise) and a new one that meets the setup minimum.
 */
export async function changePassphrase(
  input: unknown,
  current: string,
  next: string,
  options: SetupOptions = {}
): Promise<KeyFile> {
  const keyFile = parseKeyFile(input)
  requireStrong(next)
  const dataKey = await openDataKey(keyFile, await checkPassphrase(keyFile, current))
  try {
    const kdf = newKdf(options.iterations ?? Math.max(keyFile.kdf.iterations, PBKDF2_ITERATIONS))
    const fresh = await passphraseKeys(next, kdf)
    const wrappedKey = await encryptBytes(fresh.kek, dataKey, wrapAad(kdf))
    return { ...keyFile, kdf, verifier: toBase64Url(fresh.verifier), wrappedKey }
  } finally {
    dataKey.fill(0)
  }
}

/** The public key the locked worker encrypts captures to (no private material: safe to hold while locked). */
export async function capturePublicKey(input: unknown): Promise<CryptoKey> {
  const keyFile = parseKeyFile(input)
  return subtle().importKey("raw", fromBase64Url(keyFile.capture.publicKey)!, P256, true, [])
}
