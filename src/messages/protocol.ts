// The one message protocol between content scripts, extension pages and the background worker.
// Every message is parsed with these schemas on arrival, at both ends.
import { z, type Infer, type ZodError } from "../model/zod"
import { Capture } from "../model/capture"
import { HistoryRow, StoredClaim } from "../model/records"
import { AuthorizationRow, Failure } from "./rows"
import { GetPatient, ListReceivables, RecordsOnTab, SearchRecords } from "./browse"
import { ImportData } from "./backup"
import { TrackingSettings } from "../tracking/settings"
import { PracticeInfo } from "../model/practice"

export const SubmitCapture = z.strictObject({ type: z.literal("capture/submit"), capture: Capture })
/** With `limit`: the first rows of each list only (the popup's first paint); `partial` says so. */
export const GetOverview = z.strictObject({ type: z.literal("overview/get"), limit: z.number().int().min(1).max(10_000).optional() })

/** "Read this page": the popup or the keyboard shortcut asks to read a tab no adapter lists (activeTab). */
export const ReadPage = z.strictObject({ type: z.literal("page/read"), tabId: z.number().int().nonnegative() })
/** "Always read this site": after the user granted that one host, read it like a listed portal. */
export const AlwaysReadSite = z.strictObject({
  type: z.literal("site/always-read"),
  origin: z.string().regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/, "origin must be https://host")
})

/** Reminders: reconcile now (the popup opens), list them, snooze or dismiss one, export a calendar. */
export const TickReminders = z.strictObject({ type: z.literal("reminders/tick") })
export const UpdateReminder = z.strictObject({
  type: z.literal("reminder/update"),
  id: z.string().min(1).max(300),
  action: z.enum(["snooze-day", "snooze-week", "dismiss"])
})
export const ExportCalendar = z.strictObject({ type: z.literal("reminders/ics") })
/** Close a denial: resubmitted, appealed or written off. */
export const ResolveClaim = z.strictObject({
  type: z.literal("claim/resolve"),
  key: z.string().min(1).max(300),
  reason: z.enum(["resubmitted", "appealed", "written_off"])
})
/** Close several denials at once, with one reason (a batch resubmitted, appealed or written off). */
export const ResolveClaims = z.strictObject({
  type: z.literal("claims/resolve"),
  keys: z.array(z.string().min(1).max(300)).min(1).max(500),
  reason: z.enum(["resubmitted", "appealed", "written_off"])
})
export { PracticeInfo } from "../model/practice"
export const GetSettings = z.strictObject({ type: z.literal("settings/get") })
export const SaveSettings = z.strictObject({ type: z.literal("settings/save"), tracking: TrackingSettings, practice: PracticeInfo })
export const ExportData = z.strictObject({ type: z.literal("data/export") })
export const WipeData = z.strictObject({ type: z.literal("data/wipe"), confirm: z.literal("DELETE") })
/** A claim's or an authorization's timeline: every observed change. */
export const GetHistory = z.strictObject({ type: z.literal("history/get"), recordKey: z.string().min(1).max(300) })

export const Request = z.discriminatedUnion("type", [
  SubmitCapture, GetOverview, ReadPage, AlwaysReadSite, TickReminders, UpdateReminder, ExportCalendar, GetHistory, ResolveClaim, ResolveClaims,
  GetSettings, SaveSettings, ExportData, WipeData, ImportData, SearchRecords, GetPatient, ListReceivables, RecordsOnTab
])
export type Request = Infer<typeof Request>

/** Which requests content scripts may send; all others come only from our own extension pages. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<Request["type"]> = new Set(["capture/submit"])


export const SubmitCaptureResponse = z.union([
  z.strictObject({
    ok: z.literal(true),
    stored: z.strictObject({
      claimsNew: z.number(),
      claimsChanged: z.number(),
      authorizationsNew: z.number(),
      authorizationsChanged: z.number()
    })
  }),
  Failure
])
export type SubmitCaptureResponse = Infer<typeof SubmitCaptureResponse>

export const ReminderView = z.strictObject({
  id: z.string(),
  kind: z.enum(["auth-low", "auth-exhausted", "auth-expiring", "auth-reauth", "claim-follow-up", "claim-timely-filing"]),
  recordKey: z.string(),
  dueDate: z.string(),
  eventDate: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  snoozedUntil: z.string().nullable()
})
export type ReminderView = Infer<typeof ReminderView>

const AgeingRow = z.strictObject({ bucket: z.enum(["0-30", "31-60", "61-90", "91-120", "120+"]), claims: z.number(), billedCents: z.number() })

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
  /** unpaid claims by age from the date of service, and by payer */
  receivables: z.strictObject({
    ageing: z.array(AgeingRow),
    /** the same, from the date the payer received each claim (claims whose received date was seen) */
    ageingFromReceived: z.array(AgeingRow),
    byPayer: z.array(z.strictObject({ payer: z.string(), claims: z.number(), billedCents: z.number() })),
    /** denied or rejected claims whose timely-filing deadline is near (within the alert days) or past */
    filing: z.strictObject({ soon: z.number(), passed: z.number() })
  }),
  storageError: z.string().nullable()
})
export type OverviewAnswer = Infer<typeof OverviewAnswer>
export const OverviewResponse = z.union([OverviewAnswer, Failure])
export type OverviewResponse = Infer<typeof OverviewResponse>

/** The worker's copy of its last first answer (first-rows.ts), for a popup that opens while the worker sleeps. */
export const KeptAnswer = z.strictObject({ day: z.string(), limit: z.number(), answer: OverviewAnswer })
export type KeptAnswer = Infer<typeof KeptAnswer>

export const ReadPageResponse = z.union([
  z.strictObject({
    ok: z.literal(true),
    found: z.strictObject({ claims: z.number(), authorizations: z.number() })
  }),
  Failure
])
export type ReadPageResponse = Infer<typeof ReadPageResponse>

export const AlwaysReadSiteResponse = z.union([z.strictObject({ ok: z.literal(true) }), Failure])
export type AlwaysReadSiteResponse = Infer<typeof AlwaysReadSiteResponse>

/** A refusal that names what was wrong (paths and rules, never the values, which may be PHI). */
export function describeIssues(error: ZodError): string {
  const first = error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "message"}: ${i.message}`)
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : ""
  return first.join("; ") + more
}

export const SimpleResponse = z.union([z.strictObject({ ok: z.literal(true) }), Failure])
export type SimpleResponse = Infer<typeof SimpleResponse>

/** How many of the claims asked for were stored (and so closed). */
export const ResolveClaimsResponse = z.union([z.strictObject({ ok: z.literal(true), resolved: z.number() }), Failure])
export type ResolveClaimsResponse = Infer<typeof ResolveClaimsResponse>

export const CalendarResponse = z.union([z.strictObject({ ok: z.literal(true), ics: z.string(), events: z.number() }), Failure])
export type CalendarResponse = Infer<typeof CalendarResponse>

export const HistoryResponse = z.union([
  z.strictObject({ ok: z.literal(true), history: z.array(HistoryRow) }),
  Failure
])
export type HistoryResponse = Infer<typeof HistoryResponse>

export const SettingsResponse = z.union([z.strictObject({ ok: z.literal(true), tracking: TrackingSettings, practice: PracticeInfo }), Failure])
export type SettingsResponse = Infer<typeof SettingsResponse>

export const ExportResponse = z.union([
  z.strictObject({ ok: z.literal(true), backup: z.string(), claimsCsv: z.string(), authorizationsCsv: z.string() }),
  Failure
])
export type ExportResponse = Infer<typeof ExportResponse>
