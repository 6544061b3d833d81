// Options page: tracking settings, practice details, export of everything, restoring a backup, and wiping it.
import { EMPTY_PRACTICE, PRACTICE_KEY, PracticeInfo as PracticeSchema, type PracticeInfo } from "../model/practice"
import { SETTINGS_KEY, type PayerLensDb } from "./db"
import { authorizationsCsv, claimsCsv } from "../export/csv"
import { loadSettings } from "./records"
import { DEFAULT_SETTINGS, type TrackingSettings } from "../tracking/settings"
import type { Backup } from "../messages/backup"

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
    db.claims.toArray(),
    db.authorizations.toArray(),
    db.history.toArray(),
    db.reminders.toArray(),
    db.settings.toArray()
  ])
  const backup = JSON.stringify(
    {
      app: "PayerLens",
      version: db.verno,
      exportedAt: now.toISOString(),
      claims,
      authorizations,
      history,
      reminders,
      settings
    },
    null,
    1
  )
  return { backup, claimsCsv: claimsCsv(claims), authorizationsCsv: authorizationsCsv(authorizations) }
}

/** Replaces everything stored with a validated backup, in one transaction: if any write fails, nothing changed. */
export async function importBackup(db: PayerLensDb, backup: Backup, dbVersion: number) {
  if (backup.version > dbVersion)
    throw new BackupRefused(
      `this backup was made by a newer PayerLens (data version ${backup.version}); update PayerLens first`
    )
  const tables = [db.claims, db.authorizations, db.history, db.captures, db.reminders, db.settings]
  await db.transaction("rw", tables, async () => {
    await Promise.all(tables.map((t) => t.clear()))
    await db.claims.bulkAdd(backup.claims)
    await db.authorizations.bulkAdd(backup.authorizations)
    await db.history.bulkAdd(backup.history)
    await db.reminders.bulkAdd(backup.reminders)
    await db.settings.bulkAdd(backup.settings)
    // a backup without tracking settings restores the defaults, as a new install has
    if (!backup.settings.some((s) => s.key === SETTINGS_KEY))
      await db.settings.add({ key: SETTINGS_KEY, value: DEFAULT_SETTINGS })
  })
  return { claims: backup.claims.length, authorizations: backup.authorizations.length, history: backup.history.length }
}

export class BackupRefused extends Error {}

export async function wipeAll(db: PayerLensDb) {
  await db.transaction("rw", [db.claims, db.authorizations, db.history, db.captures, db.reminders], async () => {
    await Promise.all([
      db.claims.clear(),
      db.authorizations.clear(),
      db.history.clear(),
      db.captures.clear(),
      db.reminders.clear()
    ])
  })
}
