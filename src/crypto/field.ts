// Field encryption: one JSON value → "v1.<iv>.<ciphertext>" with AES-256-GCM through WebCrypto.
// A fresh random 96-bit IV per value (NIST SP 800-38D §8.2.2, the random-IV construction; 96 bits is the
// length §5.2.1.1 recommends), and additional authenticated data naming what the value belongs to, so a
// ciphertext copied onto another record does not decrypt there.
import { fromBase64Url, fromUtf8, randomBytes, subtle, toBase64Url, utf8 } from "./bytes"
import { BadCiphertext, DecryptFailed, UnsupportedVersion } from "./errors"

export const IV_BYTES = 12
/** GCM's authentication tag, appended to the ciphertext by WebCrypto (128 bits, the default and the maximum). */
export const TAG_BYTES = 16
const VERSION = "v1"

export type SealedParts = { iv: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer> }

/** Splits "v1.<iv>.<ciphertext>" without decrypting; refuses anything else with a typed error. */
export function parseSealed(text: string): SealedParts {
  if (typeof text !== "string") throw new BadCiphertext("an encrypted value must be text")
  const parts = text.split(".")
  if (parts.length !== 3)
    throw new BadCiphertext(`an encrypted value has 3 dot-separated parts; this one has ${parts.length}`)
  if (parts[0] !== VERSION)
    throw new UnsupportedVersion(
      `encrypted value version "${parts[0].slice(0, 8)}" is not known to this PayerLens (knows ${VERSION})`
    )
  const iv = fromBase64Url(parts[1])
  const ciphertext = fromBase64Url(parts[2])
  if (!iv || iv.length !== IV_BYTES)
    throw new BadCiphertext(`the IV of an encrypted value must be ${IV_BYTES} bytes of base64url`)
  if (!ciphertext || ciphertext.length < TAG_BYTES)
    throw new BadCiphertext("the ciphertext of an encrypted value is not base64url or is shorter than its tag")
  return { iv, ciphertext }
}

export const formatSealed = ({ iv, ciphertext }: SealedParts): string =>
  `${VERSION}.${toBase64Url(iv)}.${toBase64Url(ciphertext)}`

/** AES-GCM encryption of bytes under `key` (usage "encrypt"), bound to `aad`. */
export async function encryptBytes(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>
): Promise<string> {
  const iv = randomBytes(IV_BYTES)
  const ciphertext = new Uint8Array(
    await subtle().encrypt({ name: "AES-GCM", iv, additionalData: aad }, key, plaintext)
  )
  return formatSealed({ iv, ciphertext })
}

/** The inverse of encryptBytes; DecryptFailed when the key, the AAD or any byte differs. */
export async function decryptBytes(
  key: CryptoKey,
  sealed: string,
  aad: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
  const { iv, ciphertext } = parseSealed(sealed)
  try {
    return new Uint8Array(await subtle().decrypt({ name: "AES-GCM", iv, additionalData: aad }, key, ciphertext))
  } catch {
    throw new DecryptFailed(
      "an encrypted value did not open: it was changed, moved from another record, or made with another key"
    )
  }
}

/** Encrypts a JSON value; `aad` names its place (e.g. "claim:<blind index>"). */
export async function encryptJson(key: CryptoKey, value: unknown, aad: string): Promise<string> {
  const json = JSON.stringify(value)
  if (json === undefined) throw new TypeError("encryptJson: the value has no JSON form")
  return encryptBytes(key, utf8(json), utf8(aad))
}

/** Decrypts what encryptJson made with the same key and `aad`. The result is unvalidated: parse it at the boundary. */
export async function decryptJson(key: CryptoKey, sealed: string, aad: string): Promise<unknown> {
  const bytes = await decryptBytes(key, sealed, utf8(aad))
  try {
    return JSON.parse(fromUtf8(bytes))
  } catch {
    // only reachable if something wrote non-JSON under a valid key; the content is not echoed
    throw new DecryptFailed("an encrypted value opened but does not hold JSON")
  }
}

// The binary form, for values kept in IndexedDB (which stores bytes as they are): [1][iv: 12][ciphertext+tag].
// No base64 to encode or decode — for 12,000 records that encoding costs more than the encryption.
const BINARY_VERSION = 1

/** encryptJson's binary twin: a Uint8Array to store as is. */
export async function encryptJsonToBytes(
  key: CryptoKey,
  value: unknown,
  aad: string
): Promise<Uint8Array<ArrayBuffer>> {
  const json = JSON.stringify(value)
  if (json === undefined) throw new TypeError("encryptJsonToBytes: the value has no JSON form")
  const iv = randomBytes(IV_BYTES)
  const ciphertext = new Uint8Array(
    await subtle().encrypt({ name: "AES-GCM", iv, additionalData: utf8(aad) }, key, utf8(json))
  )
  const out = new Uint8Array(1 + IV_BYTES + ciphertext.length)
  out[0] = BINARY_VERSION
  out.set(iv, 1)
  out.set(ciphertext, 1 + IV_BYTES)
  return out
}

/** decryptJson's binary twin. */
export async function decryptJsonFromBytes(key: CryptoKey, sealed: Uint8Array, aad: string): Promise<unknown> {
  if (!(sealed instanceof Uint8Array)) throw new BadCiphertext("an encrypted value in binary form must be a Uint8Array")
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES)
    throw new BadCiphertext("an encrypted value in binary form is shorter than its IV and tag")
  if (sealed[0] !== BINARY_VERSION)
    throw new UnsupportedVersion(
      `encrypted value version ${sealed[0]} is not known to this PayerLens (knows ${BINARY_VERSION})`
    )
  let plain: Uint8Array
  try {
    const iv = sealed.slice(1, 1 + IV_BYTES)
    plain = new Uint8Array(
      await subtle().decrypt({ name: "AES-GCM", iv, additionalData: utf8(aad) }, key, sealed.slice(1 + IV_BYTES))
    )
  } catch {
    throw new DecryptFailed(
      "an encrypted value did not open: it was changed, moved from another record, or made with another key"
    )
  }
  try {
    return JSON.parse(fromUtf8(plain))
  } catch {
    throw new DecryptFailed("an encrypted value opened but does not hold JSON")
  }
}

const BATCH = 512

/** Runs `each` over `items` in slices of 512 concurrent WebCrypto calls: bounded memory for tens of thousands. */
export async function inBatches<T, R>(
  items: readonly T[],
  each: (item: T, index: number) => Promise<R>,
  batch = BATCH
): Promise<R[]> {
  const out: R[] = new Array(items.length)
  for (let start = 0; start < items.length; start += batch) {
    const slice = items.slice(start, start + batch)
    const done = await Promise.all(slice.map((item, i) => each(item, start + i)))
    for (let i = 0; i < done.length; i++) out[start + i] = done[i]
  }
  return out
}

export type JsonItem = { value: unknown; aad: string }

export const encryptJsonMany = (key: CryptoKey, items: readonly JsonItem[]): Promise<string[]> =>
  inBatches(items, (item) => encryptJson(key, item.value, item.aad))

export const decryptJsonMany = (
  key: CryptoKey,
  items: readonly { sealed: string; aad: string }[]
): Promise<unknown[]> => inBatches(items, (item) => decryptJson(key, item.sealed, item.aad))
