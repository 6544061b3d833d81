// Loading what the tracking rules read: every claim and authorization, and the tracking settings.
import { SETTINGS_KEY, type PayerLensDb } from "./db"
import { DEFAULT_SETTINGS, TrackingSettings } from "../tracking/settings"
import type { Records } from "../tracking/tick"

export async function loadSettings(db: PayerLensDb): Promise<TrackingSettings> {
  const row = await db.settings.get(SETTINGS_KEY)
  const parsed = TrackingSettings.safeParse(row?.value)
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}

export async function loadRecords(db: PayerLensDb): Promise<Records> {
  const [claims, auths, settings] = await Promise.all([
    db.claims.toArray(),
    db.authorizations.toArray(),
    loadSettings(db)
  ])
  return { claims, auths, settings }
}
