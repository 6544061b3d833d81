// Options page: tracking settings and practice details. They name no client, so they stay in clear: the locked
// worker reads the reminder rules and the auto-lock minutes from them.
import { EMPTY_PRACTICE, PRACTICE_KEY, PracticeInfo as PracticeSchema, type PracticeInfo } from "../model/practice"
import { SETTINGS_KEY, type PayerLensDb } from "./db"
import { loadSettings } from "./records"
import type { TrackingSettings } from "../tracking/settings"

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
