// Shapes that several replies share: reminders as shown, the overview, A/R figures, a patient, a drill-down row.
import { z, type Infer, type ZodError } from "../model/zod"
import { StoredClaim } from "../model/records"
import { BUCKETS } from "../receivables/ageing"
import { AuthorizationRow } from "./rows"

export { AuthorizationRow } from "./rows"

export const REMINDER_KINDS = ["auth-low", "auth-exhausted", "auth-expiring", "auth-reauth", "claim-follow-up", "claim-timely-filing"] as const

export const ReminderView = z.strictObject({
  id: z.string(),
  kind: z.enum(REMINDER_KINDS),
  recordKey: z.string(),
  dueDate: z.string(),
  eventDate: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  snoozedUntil: z.string().nullable()
})
export type ReminderView = Infer<typeof ReminderView>

const AgeingRow = z.strictObject({ bucket: z.enum(BUCKETS), claims: z.number(), balanceCents: z.number() })

export const OverviewAnswer = z.strictObject({
  ok: z.literal(true),
  overview: z.strictObject({
    today: z.string(),
    denials: z.array(StoredClaim),
    authorizations: z.array(AuthorizationRow),
    attentionCount: z.number(),
    totals: z.strictObject({ claims: z.number(), authorizations: z.number() })
  }),
  /** due reminders not dismissed and not snoozed past today */
  reminders: z.array(ReminderView),
  /** the lists' full lengths, and whether the lists above were cut to the request's limit */
  counts: z.strictObject({ reminders: z.number(), denials: z.number(), authorizations: z.number() }),
  partial: z.boolean(),
  /** insurance A/R (what the payer has not paid and the client does not owe) by age from the date of service, and by payer */
  receivables: z.strictObject({
    ageing: z.array(AgeingRow),
    /** the same, from the date the payer received each claim (claims whose received date was seen) */
    ageingFromReceived: z.array(AgeingRow),
    byPayer: z.array(z.strictObject({ payer: z.string(), claims: z.number(), balanceCents: z.number() })),
    /** denied or rejected claims whose timely-filing deadline is near (within the alert days) or past */
    filing: z.strictObject({ soon: z.number(), passed: z.number() })
  }),
  storageError: z.string().nullable()
})
export type OverviewAnswer = Infer<typeof OverviewAnswer>

/** The worker's copy of its last first answer (first-rows.ts), for a popup that opens while the worker sleeps. */
export const KeptAnswer = z.strictObject({ day: z.string(), limit: z.number(), answer: OverviewAnswer })
export type KeptAnswer = Infer<typeof KeptAnswer>

export const PatientSummary = z.strictObject({
  key: z.string(),
  name: z.string().nullable(),
  memberId: z.string().nullable(),
  payers: z.array(z.string()),
  claims: z.number(),
  authorizations: z.number()
})
export type PatientSummary = Infer<typeof PatientSummary>

export const ReceivableRow = z.strictObject({
  claim: StoredClaim,
  ageDays: z.number(),
  bucket: z.string(),
  filing: z.strictObject({ deadline: z.string(), daysLeft: z.number(), limitDays: z.number() }).nullable()
})
export type ReceivableRow = Infer<typeof ReceivableRow>

/** Where the worker keeps the keys of the records each tab's last page held (session storage); the side panel
 * watches this key to refresh. */
export const TAB_RECORDS_KEY = "tabRecords"
export type TabRecordKeys = { claims: string[]; authorizations: string[] }

/** A refusal that names what was wrong (paths and rules, never the values, which may be PHI). */
export function describeIssues(error: ZodError): string {
  const first = error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "message"}: ${i.message}`)
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : ""
  return first.join("; ") + more
}
