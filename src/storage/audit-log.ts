// The audit trail on disk: append-only, hash-chained (src/crypto/audit.ts). Entries name events, never patients,
// so the trail is readable while locked. Appends are serialised by the store (one writer: the worker).
import { nextEntry, type AuditDetail, type AuditEntry, type AuditKind } from "../crypto/audit"
import type { PayerLensDb } from "./db"

export async function appendAudit(
  db: PayerLensDb,
  kind: AuditKind,
  at: Date,
  detail?: AuditDetail
): Promise<AuditEntry> {
  const last = (await db.audit.orderBy("seq").last()) ?? null
  const entry = await nextEntry(last, { at: at.toISOString(), kind, detail })
  await db.audit.add(entry)
  return entry
}

export const auditEntries = (db: PayerLensDb): Promise<AuditEntry[]> => db.audit.orderBy("seq").toArray()

/** Erasing everything leaves one entry saying so: the new chain starts there. */
export async function eraseAudit(db: PayerLensDb, at: Date): Promise<void> {
  const entry = await nextEntry(null, { at: at.toISOString(), kind: "data-erased" })
  await db.transaction("rw", db.audit, async () => {
    await db.audit.clear()
    await db.audit.add(entry)
  })
}
