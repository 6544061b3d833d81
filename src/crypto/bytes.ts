// Byte plumbing shared by the crypto modules: base64url, UTF-8, canonical JSON, randomness.
// Only encodings live here; every cryptographic operation goes through WebCrypto (globalThis.crypto.subtle).

/** WebCrypto's SubtleCrypto: in Node 20, in Chrome pages and in the extension's service worker. */
export const subtle = (): SubtleCrypto => globalThis.crypto.subtle

/** Cryptographically random bytes (crypto.getRandomValues, at most 65,536 bytes per call). */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n))
}

const encoder = new TextEncoder()
const decoder = new TextDecoder("utf-8", { fatal: true })

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text)
/** Throws on bytes that are not valid UTF-8 (a damaged plaintext must not decode to replacement characters). */
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes)

const CHUNK = 0x8000
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

/** base64url without padding (RFC 4648 §5): no "." in its alphabet, so "v1.iv.ct" splits cleanly. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = ""
  // apply over slices: spreading a large array is slow and can overflow the stack
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[])
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

const BASE64URL = /^[A-Za-z0-9_-]*$/

/**
 * Strict: anything outside the base64url alphabet, an impossible length, or stray bits in the last character
 * (which would let two strings mean one value) is refused: returns null.
 */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== "string" || !BASE64URL.test(text) || text.length % 4 === 1) return null
  const tail = text.length % 4
  if (tail) {
    const last = ALPHABET.indexOf(text[text.length - 1])
    if (last & (tail === 2 ? 0b1111 : 0b11)) return null
  }
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")

/** Both byte strings equal, looking at every byte whatever the first difference. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * JSON with object keys sorted at every depth, so one value always hashes to one string (RFC 8785's idea;
 * the values hashed here are plain strings, integers, booleans and null, where JSON.stringify is already exact).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError("canonicalJson: not a finite number")
    if (value === undefined) throw new TypeError("canonicalJson: undefined has no JSON form")
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
  return `{${entries.join(",")}}`
}

/** SHA-256 of a UTF-8 string, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest("SHA-256", utf8(text))))
}
