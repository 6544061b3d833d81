// Tracking thresholds with their defaults, and the user's changes to the per-payer deadline table
// (src/deadlines: every default there carries its public source and says when to verify it).
import { z, type Infer } from "../model/zod"
import { payerFamily, PayerRuleOverrides, type PayerFamily } from "../deadlines"

const Current = z.strictObject({
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
  /** alert this many days before a claim's first filing, correction or appeal deadline */
  timelyFilingAlertDays: z.number().int().min(0),
  /** the user's values in place of the deadline table's defaults, by payer family */
  payerRules: PayerRuleOverrides,
  /** lock PayerLens after this many idle minutes (HIPAA 164.312(a)(2)(iii) automatic logoff) */
  autoLockMinutes: z.number().int().min(1).max(60).default(15),
  /** the user chose to export upcoming dates to a calendar file (opt-in: the file leaves PayerLens's protection) */
  calendarOptIn: z.boolean().default(false)
})

/** Settings as stored, as saved and as restored from a backup. A row written before the deadline table (with
 * `timelyFilingDays`) is read through `migrateSettings`, so an old backup restores with the user's values. */
export const TrackingSettings = z
  .unknown()
  .transform((value) => migrateSettings(value))
  .pipe(Current)
export type TrackingSettings = Infer<typeof Current>

export const DEFAULT_SETTINGS: TrackingSettings = {
  authVisitsLeft: 3,
  authFractionLeft: 0.2,
  authDaysBeforeEnd: 14,
  // Concurrent reviews need clinical notes and payers take up to 7 calendar days (CMS-0057-F standard
  // decisions) or more to decide: 10 business days leaves room to gather notes and still get an answer.
  reauthLeadBusinessDays: 10,
  followUpDays: 21,
  timelyFilingAlertDays: 30,
  payerRules: {},
  autoLockMinutes: 15,
  calendarOptIn: false
}

/** What the settings held before the deadline table: days from the date of service by payer family. Two were
 * wrong (Medicare is 12 months, NY Medicaid 90 days) and Anthem's 90 was applied to every Blue plan. */
export const OLD_TIMELY_FILING_DEFAULTS: Readonly<Record<string, number>> = {
  medicare: 365,
  unitedhealthcare: 90,
  cigna: 90,
  anthem: 90,
  aetna: 120,
  medicaid: 95
}

/** The table rows an old key governed. "medicaid" covered every state's Medicaid, New York's included. */
const OLD_KEY_FAMILIES: Readonly<Record<string, PayerFamily[]>> = {
  medicare: ["medicare"],
  unitedhealthcare: ["unitedhealthcare"],
  cigna: ["cigna"],
  anthem: ["anthem"],
  aetna: ["aetna"],
  medicaid: ["medicaid-ny", "medicaid"]
}

/** The old timely-filing days as table overrides: a value the user changed from the old default is kept (as days
 * from the date of service); an old default is dropped, so the table's sourced default applies. A key that is
 * not an old family is read as a payer name (a value only a backup could hold); one the table cannot place is
 * dropped. */
export function overridesFromTimelyFilingDays(days: Record<string, unknown>): PayerRuleOverrides {
  const out: PayerRuleOverrides = {}
  for (const [key, value] of Object.entries(days)) {
    if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) continue
    if (OLD_TIMELY_FILING_DEFAULTS[key] === value) continue
    const families = OLD_KEY_FAMILIES[key] ?? [payerFamily(key)].filter((f): f is PayerFamily => f !== null)
    for (const family of families) out[family] = { ...out[family], timelyFiling: { amount: value, unit: "days" } }
  }
  return out
}

/** An old settings object (with `timelyFilingDays`) in the current shape; anything else as it is. */
export function migrateSettings(value: unknown): unknown {
  if (!value || typeof value !== "object" || !("timelyFilingDays" in value)) return value
  const { timelyFilingDays, ...rest } = value as Record<string, unknown> & { timelyFilingDays: unknown }
  const migrated =
    timelyFilingDays && typeof timelyFilingDays === "object"
      ? overridesFromTimelyFilingDays(timelyFilingDays as Record<string, unknown>)
      : {}
  const kept = (rest.payerRules ?? {}) as Record<string, Record<string, unknown>>
  const payerRules: Record<string, unknown> = { ...migrated }
  for (const [family, rules] of Object.entries(kept))
    payerRules[family] = { ...(payerRules[family] as object), ...rules }
  return { ...rest, payerRules }
}
