// The unlocked store: every claim and authorization decrypted in the worker's memory, by clear key, with the blind
// id each is stored under. Writes seal the records a change touches and put them in one transaction; loads open
// the kept snapshot (one AES-GCM box for everything) and then only the rows written after it, so an unlock with
// 12,000 records costs one decryption and a handful, not 12,000.
import type { DataKeys } from "../crypto/keys"
import {
  openHistoryRow,
  openRecord,
  openSnapshot,
  sealHistoryRow,
  sealRecord,
  sealSnapshot,
  type StoredRecord
} from "../crypto/seal-record"
import { blindIndexOfKey, type RecordKind } from "../crypto/blind-index"
import { inBatches } from "../crypto/field"
import type { HistoryRow, StoredAuthorization, StoredClaim } from "../model/records"
import type { PayerLensDb, SealedRow } from "./db"
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
}

type Snapshot = {
  seq: number
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

/** Opens everything stored: the snapshot, then each row written after it (or every row when there is none). */
export async function loadOpen(db: PayerLensDb, keys: DataKeys): Promise<OpenStore> {
  const open: OpenStore = {
    keys,
    claims: new Map(),
    auths: new Map(),
    idOf: new Map(),
    keyOf: new Map(),
    seq: 0,
    snapshotSeq: 0
  }
  const kept = (await db.vault.get(SNAPSHOT))?.value as { seq: number; box: Uint8Array } | undefined
  let after = 0
  if (kept && kept.box instanceof Uint8Array) {
    // authenticated by GCM under our own key: a snapshot that opens is one this store wrote
    const snapshot = (await openSnapshot(keys, SNAPSHOT, kept.box)) as Snapshot
    for (const [id, claim] of snapshot.claims) put(open, id, claim)
    for (const [id, auth] of snapshot.auths) put(open, id, auth)
    after = snapshot.seq
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
  return inBatches(keys, async (key) => blindIdOf(open, kind, key) ?? blindIndexOfKey(open.keys.index, kind, key))
}

export type SealedChange = {
  claims: SealedRow[]
  auths: SealedRow[]
  history: (Awaited<ReturnType<typeof sealHistoryRow>> & { seq: number })[]
  ids: { claims: string[]; auths: string[] }
  seq: number
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
  const idOfHistory = (row: HistoryRow) => {
    const kind = row.recordKind
    const i = (kind === "claim" ? change.claims : change.auths).findIndex((r) => r.key === row.recordKey)
    if (i >= 0) return (kind === "claim" ? claimIds : authIds)[i]
    return blindIdOf(open, kind, row.recordKey)
  }
  const [claims, auths, history] = await Promise.all([
    inBatches(change.claims, (c, i) => sealRecord(c, open.keys, { id: claimIds[i] })),
    inBatches(change.auths, (a, i) => sealRecord(a, open.keys, { id: authIds[i] })),
    inBatches(change.history, (row) => sealHistoryRow(row, open.keys, idOfHistory(row)))
  ])
  return {
    claims: claims.map((row) => ({ ...row, seq })),
    auths: auths.map((row) => ({ ...row, seq })),
    history: history.map((row) => ({ ...row, seq })),
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
    sealed.history.length ? db.sealedHistory.bulkAdd(sealed.history) : undefined
  ])
}

/** Everything in memory, sealed as one box, kept with the seq it covers. */
export async function writeSnapshot(db: PayerLensDb, open: OpenStore): Promise<void> {
  const seq = open.seq
  const value: Snapshot = {
    seq,
    claims: [...open.claims.values()].map((c) => [open.idOf.get(idKey("claim", c.key))!, c]),
    auths: [...open.auths.values()].map((a) => [open.idOf.get(idKey("authorization", a.key))!, a])
  }
  const box = await sealSnapshot(open.keys, SNAPSHOT, value)
  await db.vault.put({ name: SNAPSHOT, value: { seq, box } })
  open.snapshotSeq = Math.max(open.snapshotSeq, seq)
}

/** One record's history, opened. */
export async function historyOf(
  db: PayerLensDb,
  open: OpenStore,
  kind: RecordKind | null,
  recordKey: string
): Promise<HistoryRow[]> {
  const ids = (kind ? [kind] : (["claim", "authorization"] as const)).flatMap(
    (k) => blindIdOf(open, k, recordKey) ?? []
  )
  const rows = (await Promise.all(ids.map((id) => db.sealedHistory.where("recordId").equals(id).toArray()))).flat()
  const opened = await inBatches(rows, (row) => {
    const { seq: _seq, ...sealed } = row
    return openHistoryRow(sealed, open.keys)
  })
  return opened.sort((a, b) => a.at.localeCompare(b.at))
}

/** Every history row, opened (backups). */
export async function allHistory(db: PayerLensDb, open: OpenStore): Promise<HistoryRow[]> {
  const rows = await db.sealedHistory.toArray()
  return inBatches(rows, ({ seq: _seq, ...sealed }) => openHistoryRow(sealed, open.keys))
}
