// Tracking thresholds with their defaults. Every value is editable; the timely-filing limits are starting
// points to check against the practice's own payer contracts.
import { z, type Infer } from "../model/zod"

export const TrackingSettings = z.strictObject({
  /** warn when this many visits or fewer remain… */
  authVisitsLeft: z.number().int().min(0),
  /** …or when this share of the approved visits remains */
  authFractionLeft: z.number().min(0).max(1),
  /** warn when the end date is this close */
  authDaysBeforeEnd: z.number().int().min(0),
  /** ask for a re-authorization this many business days before visits or dates run out */
  reauthLeadBusinessDays: z.number().int().min(0),
  /** follow up an unpaid claim whose status has not changed for this many days */
  followUpDays: z.number().int().min(1),
  /** alert this many days before a payer's timely-filing limit */
  timelyFilingAlertDays: z.number().int().min(0),
  /** days from date of service to file, by payer family */
  timelyFilingDays: z.record(z.string(), z.number().int().positive())
})
export type TrackingSettings = Infer<typeof TrackingSettings>

export const DEFAULT_SETTINGS: TrackingSettings = {
  authVisitsLeft: 3,
  authFractionLeft: 0.2,
  authDaysBeforeEnd: 14,
  // Concurrent reviews need clinical notes and payers take up to 7 calendar days (CMS-0057-F standard
  // decisions) or more to decide: 10 business days leaves room to gather notes and still get an answer.
  reauthLeadBusinessDays: 10,
  followUpDays: 21,
  timelyFilingAlertDays: 30,
  timelyFilingDays: { medicare: 365, unitedhealthcare: 90, cigna: 90, anthem: 90, aetna: 120, medicaid: 95 }
}

const FAMILIES: [RegExp, string][] = [
  [/medicare(?! advantage)/i, "medicare"],
  [/medicaid|medi-cal|epaces|emedny/i, "medicaid"],
  [/united ?health|uhc|optum/i, "unitedhealthcare"],
  [/cigna|evernorth/i, "cigna"],
  [/anthem|elevance|blue ?cross/i, "anthem"],
  [/aetna/i, "aetna"]
]

/** The filing limit that applies to a payer, or null when the payer is not in the table (no guess). */
const familyCache = new Map<string, string | null>()
function familyOf(payer: string): string | null {
  let family = familyCache.get(payer)
  if (family === undefined) familyCache.set(payer, (family = FAMILIES.find(([re]) => re.test(payer))?.[1] ?? null))
  return family
}

export function filingLimitDays(payer: string | null, settings: TrackingSettings): number | null {
  if (!payer) return null
  const family = familyOf(payer)
  if (family) return settings.timelyFilingDays[family] ?? null
  return byLowerName(settings).get(payer.toLowerCase()) ?? null
}

const lowerNames = new WeakMap<TrackingSettings, Map<string, number>>()
function byLowerName(settings: TrackingSettings): Map<string, number> {
  let map = lowerNames.get(settings)
  if (!map) lowerNames.set(settings, (map = new Map(Object.entries(settings.timelyFilingDays).map(([k, v]) => [k.toLowerCase(), v]))))
  return map
}
