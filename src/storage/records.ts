// The tracking settings as stored (defaults when none are).
import { SETTINGS_KEY, type PayerLensDb } from "./db"
import { DEFAULT_SETTINGS, TrackingSettings } from "../tracking/settings"

export async function loadSettings(db: PayerLensDb): Promise<TrackingSettings> {
  const row = await db.settings.get(SETTINGS_KEY)
  const parsed = TrackingSettings.safeParse(row?.value)
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}
