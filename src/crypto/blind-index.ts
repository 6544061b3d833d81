// Blind indexes: records are found and merged by HMAC-SHA256(index key, "kind|payer|NUMBER"), never by the clear
// claim or authorization number. The index key is derived from the data key (HKDF, keys.ts), so without the
// passphrase an index cannot be computed for a guessed number, and two installations' indexes never match.
import { payerKey } from "../model/payer"
import { subtle, toHex, utf8 } from "./bytes"
import { inBatches } from "./field"
import { hmac } from "@noble/hashes/hmac"
import { sha256 } from "@noble/hashes/sha2"

export type RecordKind = "claim" | "authorization"

/**
 * The clear record key, exactly as storage makes it today (storage/db.ts recordKey): the payer squeezed to
 * lowercase letters and digits (the portal id when the page names none), "|", the number upper-cased.
 * Kept identical so that indexing today's keys at setup merges exactly as today.
 */
export const normalisedKey = (payer: string | null, portal: string, number: string): string =>
  `${payerKey(payer, portal)}|${number.toUpperCase()}`

/** The blind index of a clear record key ("payer|NUMBER"): 64 hex characters. Kinds are kept apart. */
export async function blindIndexOfKey(indexKey: CryptoKey, kind: RecordKind, recordKey: string): Promise<string> {
  return toHex(new Uint8Array(await subtle().sign("HMAC", indexKey, utf8(`${kind}|${recordKey}`))))
}

/** The blind index of a record named by payer, portal and number. */
export const blindIndex = (
  indexKey: CryptoKey,
  kind: RecordKind,
  payer: string | null,
  portal: string,
  number: string
): Promise<string> => blindIndexOfKey(indexKey, kind, normalisedKey(payer, portal, number))

/** Many keys at once, in bounded batches; the result is in the order given. */
export const blindIndexMany = (
  indexKey: CryptoKey,
  kind: RecordKind,
  recordKeys: readonly string[]
): Promise<string[]> => inBatches(recordKeys, (key) => blindIndexOfKey(indexKey, kind, key))

/** The same blind index from the index key's bytes (keys.ts DataKeys.indexBytes), without a WebCrypto call. */
export const blindIndexSync = (indexBytes: Uint8Array, kind: RecordKind, recordKey: string): string =>
  toHex(hmac(sha256, indexBytes, utf8(`${kind}|${recordKey}`)))
