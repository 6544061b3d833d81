// Shapes that several replies share: reminders as shown, the overview, A/R figures, a patient, a drill-down row.
import { z, type Infer, type ZodError } from "../model/zod"
import { StoredClaim } from "../model/records"
import { BUCKETS } from "../receivables/ageing"
import { AuthorizationRow } from "./rows"
import { APPEAL_LEVELS, APPEAL_OUTCOMES, ROUTE_KINDS } from "../deadlines"

export { AuthorizationRow } from "./rows"

export const REMINDER_KINDS = [
  "auth-low",
  "auth-exhausted",
  "auth-expiring",
  "auth-reauth",
  "claim-follow-up",
  /** the claim's route whose deadline comes first (src/deadlines routeReminder) */
  "claim-route-deadline",
  "appeal-decision-overdue",
  "appeal-next-level"
] as const

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
    /** denied, rejected or partly paid claims whose first route deadline is within the alert days; claims whose
     * every dated route has passed; appeals whose decision is overdue */
    deadlines: z.strictObject({ soon: z.number(), passed: z.number(), overdue: z.number() })
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

/** A public source as the A/R view links it (the full text stays in the table, shown in options). */
const SourceView = z.strictObject({ name: z.string(), url: z.string() })
const clockFields = {
  /** the date counted from and what it is ("date of service", "processed date (the payer's decision)") */
  from: z.strictObject({ date: z.string().nullable(), what: z.string() }),
  deadline: z.string().nullable(),
  daysLeft: z.number().nullable(),
  limitDays: z.number().nullable(),
  /** the rule in words: "120 days from receipt (the notice date + 5 days)" */
  limit: z.string().nullable(),
  source: SourceView.nullable(),
  /** show "verify against your contract" beside it */
  verify: z.boolean(),
  /** the user set this limit in options */
  edited: z.boolean(),
  /** why there is no deadline */
  missing: z.string().nullable(),
  note: z.string().nullable()
}
export const ClockView = z.strictObject(clockFields)
export type ClockView = Infer<typeof ClockView>
export const RouteView = z.strictObject({
  ...clockFields,
  route: z.enum(ROUTE_KINDS),
  level: z.enum(APPEAL_LEVELS).nullable(),
  label: z.string(),
  passed: z.boolean()
})
export type RouteView = Infer<typeof RouteView>
export const AppealView = z.strictObject({
  level: z.enum(APPEAL_LEVELS),
  label: z.string(),
  sentDate: z.string(),
  /** the payer's decision window from the date sent; null when the table has none */
  decisionDue: ClockView.nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().nullable(),
  decision: z.strictObject({ date: z.string(), outcome: z.enum(APPEAL_OUTCOMES) }).nullable(),
  /** after a denial: the next level and its deadline from the decision's date */
  next: RouteView.nullable(),
  nextMissing: z.string().nullable()
})
export type AppealView = Infer<typeof AppealView>
/** A claim's deadlines by route and its appeals, as the A/R drill-down shows them. */
export const DeadlinesView = z.strictObject({
  /** the deadline table's row for the payer, or null when the payer is not in it */
  table: z.string().nullable(),
  routes: z.array(RouteView),
  /** routes that do not apply, and why */
  closed: z.array(
    z.strictObject({ route: z.enum(ROUTE_KINDS), label: z.string(), why: z.string(), source: SourceView.nullable() })
  ),
  /** the open route whose deadline comes first */
  first: RouteView.nullable(),
  appeals: z.array(AppealView),
  /** why there are no routes at all */
  missing: z.string().nullable()
})
export type DeadlinesView = Infer<typeof DeadlinesView>

export const ReceivableRow = z.strictObject({
  claim: StoredClaim,
  ageDays: z.number(),
  bucket: z.string(),
  /** denied, rejected or partly paid claims: each route's deadline and each appeal's standing */
  deadlines: DeadlinesView.nullable()
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
