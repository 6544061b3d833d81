// Sealing a whole store at once: at setup (the clear rows an earlier version wrote) and at a restore (a backup's
// rows). Everything is sealed first, then one transaction replaces what was there: a failure leaves it as it was.
import type { DataKeys, KeyFile } from "../crypto/keys"
import type { HistoryRow, ReminderState, SettingRow, StoredAuthorization, StoredClaim } from "../model/records"
import type { PayerLensDb } from "./db"
import { reminderIdsOf, storedState } from "./reminder-states"
import { applyChange, emptyOpen, sealChange, SNAPSHOT, writeSealed, type OpenStore } from "./sealed"

export { emptyOpen }

export type ClearData = {
  claims: StoredClaim[]
  auths: StoredAuthorization[]
  history: HistoryRow[]
  reminders: ReminderState[]
  /** replaces the settings when given (a restore) */
  settings?: SettingRow[]
}

export const KEY_FILE = "keyFile"

/** The clear rows a database written before v5 holds (none once set up). */
export async function readClearData(db: PayerLensDb): Promise<ClearData> {
  const [claims, auths, history, reminders] = await Promise.all([
    db.claims.toArray(),
    db.authorizations.toArray(),
    db.history.toArray(),
    db.reminders.toArray()
  ])
  return { claims, auths, history, reminders }
}

/**
 * Replaces every record, history row and reminder state with `data`, sealed; the clear v4 tables are emptied in
 * the same transaction, and `keyFile` (setup) is stored with it. Returns the unlocked store holding `data`.
 */
export async function replaceSealed(
  db: PayerLensDb,
  keys: DataKeys,
  data: ClearData,
  keyFile?: KeyFile
): Promise<OpenStore> {
  const open = emptyOpen(keys)
  const change = { claims: data.claims, auths: data.auths, history: data.history }
  const sealed = await sealChange(open, change)
  applyChange(open, change, sealed)
  const ids = reminderIdsOf(open)
  const reminders = data.reminders.map((s) => storedState(s, ids))
  const tables = [
    db.claims,
    db.authorizations,
    db.history,
    db.reminders,
    db.sealedClaims,
    db.sealedAuthorizations,
    db.sealedHistory,
    db.lockedCaptures,
    db.payments,
    db.vault,
    db.settings
  ]
  await db.transaction("rw", tables, async () => {
    await Promise.all([
      db.claims.clear(),
      db.authorizations.clear(),
      db.history.clear(),
      db.reminders.clear(),
      db.sealedClaims.clear(),
      db.sealedAuthorizations.clear(),
      db.sealedHistory.clear(),
      db.payments.clear(),
      db.vault.delete(SNAPSHOT)
    ])
    await writeSealed(db, sealed)
    await db.reminders.bulkPut(reminders)
    if (keyFile) await db.vault.put({ name: KEY_FILE, value: keyFile })
    if (data.settings) {
      await db.settings.clear()
      await db.settings.bulkPut(data.settings)
    }
  })
  return open
}
