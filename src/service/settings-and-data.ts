// Options page: tracking settings, practice details, export of everything, and wiping it.
import type { PracticeInfo } from "../messages/protocol"
import { PracticeInfo as PracticeSchema } from "../messages/protocol"
import { SETTINGS_KEY, type PayerLensDb } from "../storage/db"
import { authorizationsCsv, claimsCsv } from "../export/csv"
import { loadSettings } from "../tracking/tick"
import type { TrackingSettings } from "../tracking/settings"

const PRACTICE_KEY = "practice"
const EMPTY_PRACTICE: PracticeInfo = { name: "", npi: "", taxId: "", address: "" }

export async function readSettings(db: PayerLensDb) {
  const practice = PracticeSchema.safeParse((await db.settings.get(PRACTICE_KEY))?.value)
  return { tracking: await loadSettings(db), practice: practice.success ? practice.data : EMPTY_PRACTICE }
}

export async function saveSettings(db: PayerLensDb, tracking: TrackingSettings, practice: PracticeInfo) {
  await db.settings.bulkPut([
    { key: SETTINGS_KEY, value: tracking },
    { key: PRACTICE_KEY, value: practice }
  ])
}

/** A JSON backup of every table, and CSV files of claims and authorizations. */
export async function exportAll(db: PayerLensDb, now: Date) {
  const [claims, authorizations, history, reminders, settings] = await Promise.all([
    db.claims.toArray(), db.authorizations.toArray(), db.history.toArray(), db.reminders.toArray(), db.settings.toArray()
  ])
  const backup = JSON.stringify({ app: "PayerLens", version: db.verno, exportedAt: now.toISOString(), claims, authorizations, history, reminders, settings }, null, 1)
  return { backup, claimsCsv: claimsCsv(claims), authorizationsCsv: authorizationsCsv(authorizations) }
}

export async function wipeAll(db: PayerLensDb) {
  await db.transaction("rw", [db.claims, db.authorizations, db.history, db.captures, db.reminders], async () => {
    await Promise.all([db.claims.clear(), db.authorizations.clear(), db.history.clear(), db.captures.clear(), db.reminders.clear()])
  })
}
