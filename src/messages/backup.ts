// A PayerLens JSON backup, as the options page exports it, validated whole before anything is restored.
import { z, type Infer } from "../model/zod"
import { HistoryRow, StoredAuthorization, StoredClaim } from "../model/records"
import { PracticeInfo, PRACTICE_KEY } from "../model/practice"
import { TrackingSettings } from "../tracking/settings"

const ReminderState = z.strictObject({
  id: z.string().min(1),
  recordKey: z.string(),
  firedAt: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
  dismissedAt: z.string().nullable()
})

/** Settings rows PayerLens knows; the tracking key is "tracking" (SETTINGS_KEY in storage/db.ts). */
const SettingRow = z.discriminatedUnion("key", [
  z.strictObject({ key: z.literal("tracking"), value: TrackingSettings }),
  z.strictObject({ key: z.literal(PRACTICE_KEY), value: PracticeInfo })
])

const unique = <T>(rows: T[], keyOf: (row: T) => string | number | undefined) => {
  const seen = new Set<string | number>()
  for (const row of rows) {
    const k = keyOf(row)
    if (k === undefined) continue
    if (seen.has(k)) return false
    seen.add(k)
  }
  return true
}

export const Backup = z.strictObject({
  app: z.literal("PayerLens", "not a PayerLens backup"),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  claims: z.array(StoredClaim).refine((rows) => unique(rows, (r) => r.key), "two claims share one key"),
  authorizations: z
    .array(StoredAuthorization)
    .refine((rows) => unique(rows, (r) => r.key), "two authorizations share one key"),
  history: z.array(HistoryRow).refine((rows) => unique(rows, (r) => r.id), "two history rows share one id"),
  reminders: z.array(ReminderState).refine((rows) => unique(rows, (r) => r.id), "two reminder states share one id"),
  settings: z.array(SettingRow).refine((rows) => unique(rows, (r) => r.key), "a setting appears twice")
})
export type Backup = Infer<typeof Backup>
