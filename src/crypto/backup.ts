// Encrypted backups: the JSON backup sealed with the passphrase (PBKDF2-SHA256 → AES-256-GCM), so a backup file
// left in Downloads or on a shared drive is as protected as the store. The file:
//
//   PayerLens encrypted backup\n
//   {"app":"PayerLens","format":1,"kdf":"PBKDF2-SHA256","iterations":…,"salt":…,"verifier":…,"iv":…,"length":…}\n
//   <ciphertext: `length` raw bytes, the GCM tag last>
//
// The header line (exact bytes) is the AAD: any change to it, or to one ciphertext byte, refuses the file.
// Refusals are checked cheapest first, and before the slow key derivation: size, magic, header, format version,
// length, iteration bounds; then the passphrase (its verifier) and the GCM tag. Each is a typed BackupRefused
// (or WrongPassphrase) with a message a biller can act on.
import { z, type Infer } from "../model/zod"
import { concatBytes, fromBase64Url, fromUtf8, randomBytes, sameBytes, subtle, toBase64Url, utf8 } from "./bytes"
import { BackupRefused, PassphraseTooWeak, WrongPassphrase } from "./errors"
import { IV_BYTES, TAG_BYTES } from "./field"
import { MAX_ITERATIONS, PBKDF2_ITERATIONS, passphraseKeys, SALT_BYTES } from "./keys"
import { assessPassphrase } from "./strength"

export const BACKUP_MAGIC = "PayerLens encrypted backup\n"
export const BACKUP_FORMAT = 1
/** A backup of 12,000 records is a few MB; anything over 100 MB is not a PayerLens backup and is not read. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024
const MAX_HEADER_BYTES = 4096

const b64 = (bytes: number) =>
  z.string().refine((s) => fromBase64Url(s)?.length === bytes, `must be ${bytes} bytes of base64url`)

const HeaderV1 = z.strictObject({
  app: z.literal("PayerLens"),
  format: z.literal(BACKUP_FORMAT),
  kdf: z.literal("PBKDF2-SHA256"),
  iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_ITERATIONS),
  salt: b64(SALT_BYTES),
  verifier: b64(32),
  iv: b64(IV_BYTES),
  length: z.number().int().min(TAG_BYTES).max(MAX_BACKUP_BYTES)
})
type HeaderV1 = Infer<typeof HeaderV1>

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

/** Refuses a file by its size alone: call with File.size before reading it. */
export function checkBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_BYTES)
    throw new BackupRefused(
      "backup-too-large",
      `this file is ${megabytes(bytes)}; a PayerLens backup is never over ${megabytes(MAX_BACKUP_BYTES)}, so it was not read`
    )
}

const headerAad = (line: Uint8Array<ArrayBuffer>) => concatBytes(utf8(BACKUP_MAGIC), line)

export type BackupOptions = { iterations?: number }

/** Seals a backup (any JSON value; the caller builds it) with the passphrase. */
export async function encryptBackup(
  value: unknown,
  passphrase: string,
  options: BackupOptions = {}
): Promise<Uint8Array<ArrayBuffer>> {
  const strength = assessPassphrase(passphrase)
  if (!strength.acceptable)
    throw new PassphraseTooWeak(`passphrase too weak for a backup (${strength.label}): ${strength.advice.join(" ")}`)
  const iterations = options.iterations ?? PBKDF2_ITERATIONS
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS)
    throw new RangeError(`iterations must be a whole number from ${PBKDF2_ITERATIONS} to ${MAX_ITERATIONS}`)
  const plain = utf8(JSON.stringify(value) ?? "null")
  if (plain.length + TAG_BYTES + MAX_HEADER_BYTES > MAX_BACKUP_BYTES)
    throw new BackupRefused(
      "backup-too-large",
      `the backup would be ${megabytes(plain.length)}, over the ${megabytes(MAX_BACKUP_BYTES)} PayerLens reads back`
    )
  const salt = toBase64Url(randomBytes(SALT_BYTES))
  const { kek, verifier } = await passphraseKeys(passphrase, { name: "PBKDF2-SHA256", iterations, salt })
  const iv = randomBytes(IV_BYTES)
  const header: HeaderV1 = {
    app: "PayerLens",
    format: BACKUP_FORMAT,
    kdf: "PBKDF2-SHA256",
    iterations,
    salt,
    verifier: toBase64Url(verifier),
    iv: toBase64Url(iv),
    length: plain.length + TAG_BYTES
  }
  const line = utf8(JSON.stringify(header) + "\n")
  const ciphertext = new Uint8Array(
    await subtle().encrypt({ name: "AES-GCM", iv, additionalData: headerAad(line) }, kek, plain)
  )
  return concatBytes(utf8(BACKUP_MAGIC), line, ciphertext)
}

const isPrefixOf = (bytes: Uint8Array, whole: Uint8Array) =>
  bytes.length < whole.length && sameBytes(bytes, whole.subarray(0, bytes.length))

/** Reads the header without the passphrase: for showing "made by PayerLens, format 1" before asking for it. */
export function readBackupHeader(bytes: Uint8Array): {
  header: HeaderV1
  line: Uint8Array<ArrayBuffer>
  body: Uint8Array
} {
  checkBackupSize(bytes.length)
  const magic = utf8(BACKUP_MAGIC)
  if (bytes.length === 0 || isPrefixOf(bytes, magic))
    throw new BackupRefused(
      "backup-truncated",
      "this backup file is cut short (it ends before its header); nothing was restored"
    )
  if (!sameBytes(bytes.subarray(0, magic.length), magic)) {
    const plainJson = bytes[0] === 0x7b // "{": a backup written before encryption
    throw new BackupRefused(
      "backup-not-payerlens",
      plainJson
        ? "this is an unencrypted backup, not an encrypted PayerLens backup"
        : "this file is not a PayerLens backup"
    )
  }
  const rest = bytes.subarray(magic.length)
  const newline = rest.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a)
  if (newline < 0) {
    if (rest.length < MAX_HEADER_BYTES)
      throw new BackupRefused(
        "backup-truncated",
        "this backup file is cut short (its header is incomplete); nothing was restored"
      )
    throw new BackupRefused("backup-damaged", "this backup's header is damaged; nothing was restored")
  }
  const line = new Uint8Array(rest.subarray(0, newline + 1))
  let json: unknown
  try {
    json = JSON.parse(fromUtf8(line))
  } catch {
    throw new BackupRefused("backup-damaged", "this backup's header is damaged (not readable); nothing was restored")
  }
  const loose = json as { app?: unknown; format?: unknown } | null
  if (!loose || typeof loose !== "object" || loose.app !== "PayerLens")
    throw new BackupRefused("backup-not-payerlens", "this file is not a PayerLens backup")
  if (typeof loose.format === "number" && loose.format > BACKUP_FORMAT)
    throw new BackupRefused(
      "backup-too-new",
      `this backup was made by a newer PayerLens (backup format ${loose.format}; this one reads ${BACKUP_FORMAT}); update PayerLens first`
    )
  const parsed = HeaderV1.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new BackupRefused(
      "backup-damaged",
      `this backup's header is damaged (${issue.path.map(String).join(".") || "root"}: ${issue.message}); nothing was restored`
    )
  }
  const body = rest.subarray(newline + 1)
  if (body.length < parsed.data.length)
    throw new BackupRefused(
      "backup-truncated",
      `this backup file is cut short (${body.length} of ${parsed.data.length} encrypted bytes); nothing was restored`
    )
  if (body.length > parsed.data.length)
    throw new BackupRefused("backup-damaged", "this backup file has bytes after its end; nothing was restored")
  return { header: parsed.data, line, body }
}

/**
 * Opens an encrypted backup: the parsed JSON, unvalidated (validate it as a Backup before restoring).
 * WrongPassphrase when the passphrase (or the header it is checked through) differs; BackupRefused otherwise.
 */
export async function decryptBackup(bytes: Uint8Array, passphrase: string): Promise<unknown> {
  const { header, line, body } = readBackupHeader(bytes)
  const { kek, verifier } = await passphraseKeys(passphrase, {
    name: "PBKDF2-SHA256",
    iterations: header.iterations,
    salt: header.salt
  })
  if (!sameBytes(verifier, fromBase64Url(header.verifier)!))
    throw new WrongPassphrase("That passphrase does not open this backup (or the backup's header was changed).")
  let plain: Uint8Array
  try {
    plain = new Uint8Array(
      await subtle().decrypt(
        { name: "AES-GCM", iv: fromBase64Url(header.iv)!, additionalData: headerAad(line) },
        kek,
        new Uint8Array(body)
      )
    )
  } catch {
    throw new BackupRefused(
      "backup-damaged",
      "this backup was changed or damaged after it was made (its contents fail their check); nothing was restored"
    )
  }
  try {
    return JSON.parse(fromUtf8(plain))
  } catch {
    throw new BackupRefused("backup-damaged", "this backup opened but does not hold JSON; nothing was restored")
  }
}
