// The unlocked store: every claim and authorization decrypted in the worker's memory, by clear key, with the blind
// id each is stored under. Writes seal the records a change touches and put them in one transaction; loads open
// the kept snapshot (one AES-GCM box for everything) and then only the rows written after it, so an unlock with
// 12,000 records costs one decryption and a handful, not 12,000.
import type { DataKeys } from "../crypto/keys"
import { openRecord, openSnapshot, sealRecord, sealSnapshot, type StoredRecord } from "../crypto/seal-record"
import { decryptJsonFromBytes, encryptJsonToBytes } from "../crypto/field"
import { z } from "../model/zod"
import { HistoryRow as HistoryRowSchema } from "../model/records"
import { blindIndexSync, type RecordKind } from "../crypto/blind-index"
import { inBatches } from "../crypto/field"
import type { HistoryRow, StoredAuthorization, StoredClaim } from "../model/records"
import type { HistoryBatch, PayerLensDb, SealedRow } from "./db"
import type { Change } from "./store-capture"

export const SNAPSHOT = "snapshot"

/** What an unlocked worker holds. */
export type OpenStore = {
  keys: DataKeys
  claims: Map<string, StoredClaim>
  auths: Map<string, StoredAuthorization>
  /** blind id by "kind|clear key", and the clear key by blind id */
  idOf: Map<string, string>
  keyOf: Map<string, string>
  /** the last write's place in the order (every row a write puts carries it) */
  seq: number
  /** the seq the kept snapshot holds everything up to */
  snapshotSeq: number
  /** the audit trail's last entry when the snapshot was sealed: a trail rewritten whole on disk no longer holds it */
  auditHead: { seq: number; hash: string } | null
}

type Snapshot = {
  seq: number
  auditHead?: { seq: number; hash: string } | null
  claims: [string, StoredClaim][]
  auths: [string, StoredAuthorization][]
}

const idKey = (kind: RecordKind, key: string) => `${kind}|${key}`

export function blindIdOf(open: OpenStore, kind: RecordKind, key: string): string | undefined {
  return open.idOf.get(idKey(kind, key))
}

function remember(open: OpenStore, kind: RecordKind, key: string, id: string) {
  open.idOf.set(idKey(kind, key), id)
  open.keyOf.set(id, key)
}

function put(open: OpenStore, id: string, record: StoredRecord) {
  if ("claimNumber" in record) {
    open.claims.set(record.key, record)
    remember(open, "claim", record.key, id)
  } else {
    open.auths.set(record.key, record)
    remember(open, "authorization", record.key, id)
  }
}

const lastSeq = async (db: PayerLensDb) => {
  const last = await Promise.all([
    db.sealedClaims.orderBy("seq").last(),
    db.sealedAuthorizations.orderBy("seq").last(),
    db.sealedHistory.orderBy("seq").last()
  ])
  return Math.max(0, ...last.map((row) => row?.seq ?? 0))
}

export const emptyOpen = (keys: DataKeys): OpenStore => ({
  keys,
  claims: new Map(),
  auths: new Map(),
  idOf: new Map(),
  keyOf: new Map(),
  seq: 0,
  snapshotSeq: 0,
  auditHead: null
})

/** Opens everything stored: the snapshot, then each row written after it (or every row when there is none). */
export async function loadOpen(db: PayerLensDb, keys: DataKeys): Promise<OpenStore> {
  const open = emptyOpen(keys)
  const kept = (await db.vault.get(SNAPSHOT))?.value as { seq: number; box: Uint8Array } | undefined
  let after = 0
  if (kept && kept.box instanceof Uint8Array) {
    // authenticated by GCM under our own key: a snapshot that opens is one this store wrote
    const snapshot = (await openSnapshot(keys, SNAPSHOT, kept.box)) as Snapshot
    for (const [id, claim] of snapshot.claims) put(open, id, claim)
    for (const [id, auth] of snapshot.auths) put(open, id, auth)
    after = snapshot.seq
    open.auditHead = snapshot.auditHead ?? null
  }
  const [claims, auths] = await Promise.all([
    db.sealedClaims.where("seq").above(after).toArray(),
    db.sealedAuthorizations.where("seq").above(after).toArray()
  ])
  const rows = [...claims, ...auths].sort((a, b) => a.seq - b.seq)
  const opened = await inBatches(rows, (row) => openRecord(withoutSeq(row), keys))
  opened.forEach((record, i) => put(open, rows[i].id, record))
  open.seq = Math.max(after, await lastSeq(db))
  open.snapshotSeq = after
  return open
}

const withoutSeq = ({ seq: _seq, ...sealed }: SealedRow) => sealed

/** Blind ids for the records a change writes (computed once per new key). */
async function idsFor(open: OpenStore, kind: RecordKind, keys: string[]): Promise<string[]> {
  return keys.map((key) => blindIdOf(open, kind, key) ?? blindIndexSync(open.keys.indexBytes, kind, key))
}

export type SealedChange = {
  claims: SealedRow[]
  auths: SealedRow[]
  /** every history row of the write in one box, found by the blind ids of the records it is about */
  history: HistoryBatch | null
  ids: { claims: string[]; auths: string[] }
  seq: number
}

// One box per write for its history rows: a 1,000-row page adds 1,000 history rows, and one AES-GCM call for them
// instead of 1,000 keeps a sealed capture near a clear one. Bound to its seq: a box moved to another row fails.
const historyAad = (seq: number) => `PayerLens history batch v1|${seq}`
const HistoryRows = z.array(HistoryRowSchema)

async function sealHistory(open: OpenStore, rows: HistoryRow[], recordIds: string[], seq: number) {
  if (rows.length === 0) return null
  const box = await encryptJsonToBytes(open.keys.record, rows, historyAad(seq))
  return { seq, recordIds: [...new Set(recordIds)], box }
}

async function openHistory(open: OpenStore, batch: HistoryBatch): Promise<HistoryRow[]> {
  return HistoryRows.parse(await decryptJsonFromBytes(open.keys.record, batch.box, historyAad(batch.seq)))
}

/** Seals what a change writes, outside any transaction (WebCrypto would end an IndexedDB transaction). */
export async function sealChange(open: OpenStore, change: Change): Promise<SealedChange> {
  const seq = open.seq + 1
  const [claimIds, authIds] = await Promise.all([
    idsFor(
      open,
      "claim",
      change.claims.map((c) => c.key)
    ),
    idsFor(
      open,
      "authorization",
      change.auths.map((a) => a.key)
    )
  ])
  const written = new Map<string, string>()
  change.claims.forEach((c, i) => written.set(`claim|${c.key}`, claimIds[i]))
  change.auths.forEach((a, i) => written.set(`authorization|${a.key}`, authIds[i]))
  const idOfHistory = (row: HistoryRow) =>
    written.get(`${row.recordKind}|${row.recordKey}`) ??
    blindIdOf(open, row.recordKind, row.recordKey) ??
    blindIndexSync(open.keys.indexBytes, row.recordKind, row.recordKey)
  const [claims, auths, historyIds] = await Promise.all([
    inBatches(change.claims, (c, i) => sealRecord(c, open.keys, { id: claimIds[i] })),
    inBatches(change.auths, (a, i) => sealRecord(a, open.keys, { id: authIds[i] })),
    inBatches(change.history, async (row) => idOfHistory(row))
  ])
  return {
    claims: claims.map((row) => ({ ...row, seq })),
    auths: auths.map((row) => ({ ...row, seq })),
    history: await sealHistory(open, change.history, historyIds, seq),
    ids: { claims: claimIds, auths: authIds },
    seq
  }
}

/** After the transaction committed: memory takes the change. */
export function applyChange(open: OpenStore, change: Change, sealed: SealedChange): void {
  change.claims.forEach((c, i) => put(open, sealed.ids.claims[i], c))
  change.auths.forEach((a, i) => put(open, sealed.ids.auths[i], a))
  open.seq = Math.max(open.seq, sealed.seq)
}

/** Writes the sealed rows of a change (inside the caller's transaction). */
export async function writeSealed(db: PayerLensDb, sealed: SealedChange): Promise<void> {
  await Promise.all([
    sealed.claims.length ? db.sealedClaims.bulkPut(sealed.claims) : undefined,
    sealed.auths.length ? db.sealedAuthorizations.bulkPut(sealed.auths) : undefined,
    sealed.history ? db.sealedHistory.add(sealed.history) : undefined
  ])
}

/** Everything in memory, sealed as one box, kept with the seq it covers. */
export async function writeSnapshot(db: PayerLensDb, open: OpenStore): Promise<void> {
  const seq = open.seq
  const last = await db.audit.orderBy("seq").last()
  const auditHead = last ? { seq: last.seq, hash: last.hash } : null
  const value: Snapshot = {
    seq,
    auditHead,
    claims: [...open.claims.values()].map((c) => [open.idOf.get(idKey("claim", c.key))!, c]),
    auths: [...open.auths.values()].map((a) => [open.idOf.get(idKey("authorization", a.key))!, a])
  }
  const box = await sealSnapshot(open.keys, SNAPSHOT, value)
  await db.vault.put({ name: SNAPSHOT, value: { seq, box } })
  open.snapshotSeq = Math.max(open.snapshotSeq, seq)
  open.auditHead = auditHead
}

/** One record's history, opened. */
export async function historyOf(
  db: PayerLensDb,
  open: OpenStore,
  kind: RecordKind | null,
  recordKey: string
): Promise<HistoryRow[]> {
  const kinds = kind ? [kind] : (["claim", "authorization"] as const)
  const ids = kinds.flatMap((k) => blindIdOf(open, k, recordKey) ?? [])
  const batches = await db.sealedHistory.where("recordIds").anyOf(ids).toArray()
  const unique = [...new Map(batches.map((b) => [b.seq, b])).values()]
  const rows = (await inBatches(unique, (b) => openHistory(open, b))).flat()
  return rows
    .filter((row) => row.recordKey === recordKey && kinds.includes(row.recordKind))
    .sort((a, b) => a.at.localeCompare(b.at))
}

/** Every history row, opened (backups). */
export async function allHistory(db: PayerLensDb, open: OpenStore): Promise<HistoryRow[]> {
  const batches = await db.sealedHistory.orderBy("seq").toArray()
  return (await inBatches(batches, (b) => openHistory(open, b))).flat()
}
