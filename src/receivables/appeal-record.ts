// Recording an appeal on a claim: a level sent on a date, the payer's decision on the one waiting, or taking the
// last entry back (a mistyped date). Pure: the checks and the claim's new list of appeals, with the history
// line that says what changed. The claim stays on A/R with its decision-due date (src/receivables/filing-clock).
import { z, type Infer } from "../model/zod"
import { APPEAL_LEVEL_NAMES, APPEAL_LEVELS, APPEAL_OUTCOMES, type AppealRecord } from "../deadlines"
import type { FieldChange, StoredClaim } from "../model/records"
import { usDate } from "../dates/calendar"

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")

export const AppealAction = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sent"), level: z.enum(APPEAL_LEVELS), sentDate: isoDay }),
  z.strictObject({ kind: z.literal("decision"), date: isoDay, outcome: z.enum(APPEAL_OUTCOMES) }),
  z.strictObject({ kind: z.literal("undo") })
])
export type AppealAction = Infer<typeof AppealAction>

const APPEALABLE = new Set(["denied", "partially_paid"])
const OUTCOME_WORDS = { denied: "denied", "partially-approved": "partly approved", approved: "approved" } as const

export type AppealApplied =
  | { ok: true; appeals: AppealRecord[]; changes: FieldChange[]; clearsResolution: boolean }
  | { ok: false; error: string }

const describe = (a: AppealRecord) => `${APPEAL_LEVEL_NAMES[a.level]} sent ${usDate(a.sentDate)}`
const describeDecision = (a: AppealRecord) =>
  a.decision ? `${OUTCOME_WORDS[a.decision.outcome]} ${usDate(a.decision.date)} (${APPEAL_LEVEL_NAMES[a.level]})` : null

/** The claim's appeals after the action, or why the action is refused. `today` is the user's local date: a date
 * sent or decided after it is a typing error. */
export function applyAppeal(claim: StoredClaim, action: AppealAction, today: string): AppealApplied {
  const appeals = [...(claim.appeals ?? [])]
  const last = appeals[appeals.length - 1]
  if (action.kind === "sent") {
    if (!APPEALABLE.has(claim.status))
      return {
        ok: false,
        error:
          claim.status === "rejected"
            ? "A rejected claim was never processed: there is nothing to appeal; send a new claim."
            : `Only a denied or partly paid claim can be appealed (this one is ${claim.status.replace("_", " ")}).`
      }
    if (action.sentDate > today) return { ok: false, error: "The date sent is after today." }
    if (claim.processedDate && action.sentDate < claim.processedDate)
      return { ok: false, error: `The date sent is before the payer's decision (${usDate(claim.processedDate)}).` }
    if (last && !last.decision)
      return { ok: false, error: `The ${describe(last)} has no decision yet: record its decision first.` }
    if (last?.decision && action.sentDate < last.decision.date)
      return { ok: false, error: `The date sent is before the last decision (${usDate(last.decision.date)}).` }
    const record: AppealRecord = { level: action.level, sentDate: action.sentDate, decision: null }
    const changes: FieldChange[] = [{ field: "Appeal", from: null, to: describe(record) }]
    if (claim.resolution) changes.push({ field: "resolution", from: claim.resolution.reason, to: null })
    return { ok: true, appeals: [...appeals, record], changes, clearsResolution: !!claim.resolution }
  }
  if (action.kind === "decision") {
    if (!last || last.decision) return { ok: false, error: "No appeal on this claim is waiting for a decision." }
    if (action.date > today) return { ok: false, error: "The decision date is after today." }
    if (action.date < last.sentDate)
      return { ok: false, error: `The decision date is before the appeal was sent (${usDate(last.sentDate)}).` }
    const decided: AppealRecord = { ...last, decision: { date: action.date, outcome: action.outcome } }
    return {
      ok: true,
      appeals: [...appeals.slice(0, -1), decided],
      changes: [{ field: "Appeal decision", from: null, to: describeDecision(decided) }],
      clearsResolution: false
    }
  }
  if (!last) return { ok: false, error: "No appeal is recorded on this claim." }
  if (last.decision)
    return {
      ok: true,
      appeals: [...appeals.slice(0, -1), { ...last, decision: null }],
      changes: [{ field: "Appeal decision", from: describeDecision(last), to: null }],
      clearsResolution: false
    }
  return {
    ok: true,
    appeals: appeals.slice(0, -1),
    changes: [{ field: "Appeal", from: describe(last), to: null }],
    clearsResolution: false
  }
}
