// What PayerLens keeps: the capture-v1 records plus where and when they were seen.
import { z, type Infer } from "./zod"
import { Authorization, Claim, isoDate } from "./capture"
import { AppealRecord } from "../deadlines/appeals"

export const RESOLUTION_REASONS = ["resubmitted", "appealed", "written_off"] as const
export type ResolutionReason = (typeof RESOLUTION_REASONS)[number]
/** What the user may do with a reminder. */
export const SNOOZE_ACTIONS = ["snooze-day", "snooze-week", "dismiss"] as const
export type SnoozeAction = (typeof SNOOZE_ACTIONS)[number]

export const Resolution = z.strictObject({ reason: z.enum(RESOLUTION_REASONS), at: z.string() })

/** A page on a site no adapter lists showed this record: its origin and when (the record itself was left alone). */
export const Sighting = z.strictObject({ origin: z.string(), at: z.string() })
export type Sighting = Infer<typeof Sighting>

const Tracking = {
  key: z.string(),
  portal: z.string(),
  /** origin + path of the page it was last read from (no query: addresses can carry member IDs) */
  sourceUrl: z.string(),
  firstSeenAt: z.string(),
  lastChangedAt: z.string(),
  /** unlisted sites that showed a record read on a listed portal (newest first, at most 10); absent when none */
  alsoSeenOn: z.array(Sighting).max(10).optional()
}

export const StoredClaim = Claim.extend({
  ...Tracking,
  resolution: Resolution.nullable(),
  /** appeals the user recorded on the claim (claim/appeal), oldest first; absent on claims never appealed */
  appeals: z.array(AppealRecord).optional()
})
export type StoredClaim = Infer<typeof StoredClaim>

export const StoredAuthorization = Authorization.extend(Tracking)
export type StoredAuthorization = Infer<typeof StoredAuthorization>

export const FieldChange = z.strictObject({ field: z.string(), from: z.unknown(), to: z.unknown() })
export type FieldChange = Infer<typeof FieldChange>

/** Where a change came from when it was not a page: an imported 835 remittance, so the timeline can say "from the
 * remittance of check 123456, paid 11/02/2026". Absent on changes read from a page. */
export const HistorySource = z.strictObject({
  kind: z.literal("remittance"),
  fileName: z.string(),
  /** TRN02 */
  checkNumber: z.string().nullable(),
  /** BPR16 */
  paymentDate: isoDate,
  /** a payment (or denial) of the claim, the reversal of an earlier payment, or the claim that replaces one */
  event: z.enum(["payment", "reversal", "correction"])
})
export type HistorySource = Infer<typeof HistorySource>

export const HistoryRow = z.strictObject({
  id: z.number().optional(),
  recordKind: z.enum(["claim", "authorization"]),
  recordKey: z.string(),
  at: z.string(),
  sourceUrl: z.string(),
  changes: z.array(FieldChange),
  source: HistorySource.optional()
})
export type HistoryRow = Infer<typeof HistoryRow>

/** One row per page read: counts only, never page content. */
export type CaptureLogRow = {
  id?: number
  at: string
  portal: string
  pageKind: string
  claims: number
  authorizations: number
  changed: number
  warnings: number
}

export type SettingRow = { key: string; value: unknown }

/** What happened to one reminder id: it fires once; snooze moves it; dismiss ends it. */
export type ReminderState = {
  id: string
  recordKey: string
  firedAt: string | null
  snoozedUntil: string | null
  dismissedAt: string | null
}
