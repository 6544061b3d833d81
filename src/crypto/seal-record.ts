// What a stored claim or authorization looks like on disk once protected: a few clear fields the locked worker
// needs to schedule reminders (an opaque id, the status, counts, due dates), and everything else in one
// AES-256-GCM box. The clear fields are the box's additional authenticated data: a box moved to another record,
// or a clear field edited on disk (a status, a due date), makes the record refuse to open.
//
// Encrypted (in the box): the whole record — names, member IDs, dates of birth, claim and authorization numbers,
// payer, portal, dates of service, procedure/diagnosis/remark codes, amounts, check numbers, status text, page
// address, the clear key, first/last seen times, the resolution.
// Clear: id (blind index), kind, status, an authorization's unit counts and unit type, the due dates given.
import { z, type Infer, type ZodError } from "../model/zod"
import { AUTH_STATUSES, CLAIM_STATUSES } from "../model/capture"
import { HistoryRow, StoredAuthorization, StoredClaim } from "../model/records"
import { canonicalJson } from "./bytes"
import { blindIndexOfKey, type RecordKind } from "./blind-index"
import { DecryptFailed } from "./errors"
import { decryptJsonFromBytes, encryptJsonToBytes, inBatches } from "./field"
import type { DataKeys } from "./keys"

/** One thing due on a day: a reminder kind (tracking/reminders.ts ReminderKind) and its ISO due date. */
export const DueEntry = z.strictObject({
  kind: z.string().regex(/^[a-z][a-z-]{0,39}$/, "a reminder kind is lowercase words joined by '-'"),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "due date must be YYYY-MM-DD")
})
export type DueEntry = Infer<typeof DueEntry>

const id = z.string().regex(/^[0-9a-f]{64}$/, "id must be a blind index (64 hex characters)")
/** the encrypted part, binary (field.ts encryptJsonToBytes): IndexedDB keeps it as is */
const box = z.unknown().refine((b): b is Uint8Array => b instanceof Uint8Array, "box must be bytes (Uint8Array)")
const count = z.number().nullable()

export const SealedClaim = z.strictObject({
  v: z.literal(1),
  kind: z.literal("claim"),
  id,
  status: z.enum(CLAIM_STATUSES),
  due: z.array(DueEntry),
  box
})
export type SealedClaim = Infer<typeof SealedClaim>

export const SealedAuthorization = z.strictObject({
  v: z.literal(1),
  kind: z.literal("authorization"),
  id,
  status: z.enum(AUTH_STATUSES),
  unitsApproved: count,
  unitsUsed: count,
  unitsRemaining: count,
  unitType: z.enum(["visits", "units"]).nullable(),
  due: z.array(DueEntry),
  box
})
export type SealedAuthorization = Infer<typeof SealedAuthorization>

export type SealedRecord = SealedClaim | SealedAuthorization
export type StoredRecord = StoredClaim | StoredAuthorization
type ClearPart = Omit<SealedClaim, "box"> | Omit<SealedAuthorization, "box">

const isClaim = (record: StoredRecord): record is StoredClaim => "claimNumber" in record

/** The box's AAD: every clear field, canonically. */
const aadOf = (clear: ClearPart) => `PayerLens record v1|${canonicalJson(clear)}`

function clearPart(record: StoredRecord, id: string, due: DueEntry[]): ClearPart {
  const dueList = due.map((d) => DueEntry.parse(d))
  if (isClaim(record)) return { v: 1, kind: "claim", id, status: record.status, due: dueList }
  const { unitsApproved, unitsUsed, unitsRemaining, unitType } = record
  return {
    v: 1,
    kind: "authorization",
    id,
    status: record.status,
    unitsApproved,
    unitsUsed,
    unitsRemaining,
    unitType,
    due: dueList
  }
}

export type SealOptions = {
  /** due dates to keep in clear for the locked worker (computed at unlock from the reminders); none by default */
  due?: DueEntry[]
  /** the record's blind index when the caller has it already (saves one HMAC) */
  id?: string
}

/** Protects one stored record. Its id is the blind index of its clear key. */
export async function sealRecord(
  record: StoredRecord,
  keys: DataKeys,
  options: SealOptions = {}
): Promise<SealedRecord> {
  const kind: RecordKind = isClaim(record) ? "claim" : "authorization"
  const recordId = options.id ?? (await blindIndexOfKey(keys.index, kind, record.key))
  const clear = clearPart(record, recordId, options.due ?? [])
  return { ...clear, box: await encryptJsonToBytes(keys.record, record, aadOf(clear)) } as SealedRecord
}

function describe(error: ZodError) {
  const issue = error.issues[0]
  return `${issue.path.map(String).join(".") || "root"}: ${issue.message}`
}

/**
 * Opens a sealed record: its clear part checked against its schema, the box decrypted with the clear part as AAD,
 * the content validated as a StoredClaim / StoredAuthorization, and the clear status checked against it.
 */
export async function openRecord(input: unknown, keys: DataKeys): Promise<StoredRecord> {
  const kind = (input as { kind?: unknown } | null)?.kind
  const schema = kind === "authorization" ? SealedAuthorization : SealedClaim
  const parsedSealed = schema.safeParse(input)
  if (!parsedSealed.success)
    throw new DecryptFailed(`a stored record is not in the sealed form (${describe(parsedSealed.error)})`)
  const { box: sealed, ...clear } = parsedSealed.data
  const value = await decryptJsonFromBytes(keys.record, sealed, aadOf(clear))
  const content = clear.kind === "claim" ? StoredClaim.safeParse(value) : StoredAuthorization.safeParse(value)
  if (!content.success)
    throw new DecryptFailed(`a stored ${clear.kind} opened but is not a valid record (${describe(content.error)})`)
  if (content.data.status !== clear.status)
    throw new DecryptFailed(`a stored ${clear.kind}'s clear status does not match its content`)
  return content.data
}

/** Seals many records; `options(record, i)` gives each its due dates or known id. */
export const sealRecords = (
  records: readonly StoredRecord[],
  keys: DataKeys,
  options?: (record: StoredRecord, index: number) => SealOptions
) => inBatches(records, (record, i) => sealRecord(record, keys, options?.(record, i)))

export const openRecords = (sealed: readonly unknown[], keys: DataKeys) => inBatches(sealed, (s) => openRecord(s, keys))

// History rows carry the values a record changed between (amounts, statuses, codes) and a page address:
// all boxed; the clear part is what orders and finds them.

export const SealedHistoryRow = z.strictObject({
  v: z.literal(1),
  id: z.number().optional(),
  recordKind: z.enum(["claim", "authorization"]),
  /** the blind index of the record it belongs to */
  recordId: id,
  at: z.string(),
  box
})
export type SealedHistoryRow = Infer<typeof SealedHistoryRow>

const historyAad = (row: Omit<SealedHistoryRow, "box" | "id">) => `PayerLens history v1|${canonicalJson(row)}`

/** Protects one history row; `recordId` is the blind index of row.recordKey (computed when not given). */
export async function sealHistoryRow(row: HistoryRow, keys: DataKeys, recordId?: string): Promise<SealedHistoryRow> {
  const clear = {
    v: 1 as const,
    recordKind: row.recordKind,
    recordId: recordId ?? (await blindIndexOfKey(keys.index, row.recordKind, row.recordKey)),
    at: row.at
  }
  const sealed = await encryptJsonToBytes(
    keys.record,
    row.source === undefined
      ? { recordKey: row.recordKey, sourceUrl: row.sourceUrl, changes: row.changes }
      : { recordKey: row.recordKey, sourceUrl: row.sourceUrl, changes: row.changes, source: row.source },
    historyAad(clear)
  )
  return row.id === undefined ? { ...clear, box: sealed } : { ...clear, id: row.id, box: sealed }
}

const HistoryBox = z.strictObject({
  recordKey: z.string(),
  sourceUrl: z.string(),
  changes: HistoryRow.shape.changes,
  source: HistoryRow.shape.source
})

export async function openHistoryRow(input: unknown, keys: DataKeys): Promise<HistoryRow> {
  const parsed = SealedHistoryRow.safeParse(input)
  if (!parsed.success)
    throw new DecryptFailed(`a stored history row is not in the sealed form (${describe(parsed.error)})`)
  const { box: sealed, id: rowId, ...clear } = parsed.data
  const content = HistoryBox.safeParse(await decryptJsonFromBytes(keys.record, sealed, historyAad(clear)))
  if (!content.success)
    throw new DecryptFailed(`a stored history row opened but is not valid (${describe(content.error)})`)
  const row: HistoryRow = {
    recordKind: clear.recordKind,
    recordKey: content.data.recordKey,
    at: clear.at,
    sourceUrl: content.data.sourceUrl,
    changes: content.data.changes,
    ...(content.data.source === undefined ? {} : { source: content.data.source })
  }
  return rowId === undefined ? row : { id: rowId, ...row }
}

// One box for a whole view. Opening 12,000 records one by one costs 12,000 WebCrypto calls; a view the popup
// shows first (or a periodic snapshot of everything) kept in one box opens with one call at unlock.

const snapshotAad = (name: string) => `PayerLens snapshot v1|${name}`

/** Seals any JSON value (e.g. the first view's rows) under the record key, bound to `name`. */
export const sealSnapshot = (keys: DataKeys, name: string, value: unknown): Promise<Uint8Array<ArrayBuffer>> =>
  encryptJsonToBytes(keys.record, value, snapshotAad(name))

/** Opens a snapshot sealed under `name`; unvalidated: parse it at the boundary. */
export const openSnapshot = (keys: DataKeys, name: string, sealed: Uint8Array): Promise<unknown> =>
  decryptJsonFromBytes(keys.record, sealed, snapshotAad(name))
