// Appeals tracked: a level sent on a date, and the payer's decision when it comes. From the record and the
// payer's table row: when the decision is due (the payer's decision window from the date sent), whether it is
// overdue, and once denied again, the next level's deadline from the decision's date. Pure: the reminders
// below are data the tick fires.
import { z, type Infer } from "../model/zod"
import { addDays, daysBetween } from "../dates/business-days"
import { usDate } from "../dates/calendar"
import { clockOf, type Clock, type Starts } from "./clock"
import { nextSteps, firstDeadline, type RouteClock } from "./routes"
import { APPEAL_LEVEL_NAMES, APPEAL_LEVELS, type AppealLevel, type PayerRules } from "./table"

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")

export const APPEAL_OUTCOMES = ["denied", "partially-approved", "approved"] as const
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number]

/** What "Appealed" records: the level, the date sent, and the decision once it comes. */
export const AppealRecord = z.strictObject({
  level: z.enum(APPEAL_LEVELS),
  sentDate: isoDay,
  decision: z.strictObject({ date: isoDay, outcome: z.enum(APPEAL_OUTCOMES) }).nullable()
})
export type AppealRecord = Infer<typeof AppealRecord>

export type AppealStatus = {
  level: AppealLevel
  /** the payer's name for the level, or the generic name when the payer's ladder has no such level */
  label: string
  sentDate: string
  /** the decision window from the date sent; its deadline is the decision-due date */
  decisionDue: Clock | null
  /** no decision recorded and the decision-due date is behind today */
  overdue: boolean
  /** days past the decision-due date (0 or more) while overdue */
  daysOverdue: number | null
  decision: AppealRecord["decision"]
  /** after a denial (in whole or in part): the next level and its filing deadline from the decision's date */
  next: RouteClock | null
  /** why there is no next level (the last level in the table, or one the payer forwards itself) */
  nextMissing: string | null
}

/** The claim dates the ladder may count from: its processed date (the initial determination). */
export type AppealClaim = { processedDate: string | null }

/** Where an appeal stands today under the payer's rules. */
export function trackAppeal(record: AppealRecord, rules: PayerRules, claim: AppealClaim, today: string): AppealStatus {
  const step = rules.appeals.find((s) => s.level === record.level)
  const label =
    step?.label ??
    (record.level === "reopening" && rules.reopening ? "Reopening (clerical error)" : APPEAL_LEVEL_NAMES[record.level])
  const sent: Starts = { sent: { date: record.sentDate, what: "date sent" } }
  const decisionDue = step?.decide ? clockOf(step.decide, sent, today) : null
  const overdue = !record.decision && !!decisionDue?.deadline && today > decisionDue.deadline
  const base = {
    level: record.level,
    label,
    sentDate: record.sentDate,
    decisionDue,
    overdue,
    daysOverdue: overdue ? daysBetween(decisionDue!.deadline!, today) : null,
    decision: record.decision
  }
  if (!record.decision || record.decision.outcome === "approved") return { ...base, next: null, nextMissing: null }
  return { ...base, ...nextLevel(record, rules, claim, today) }
}

function nextLevel(
  record: AppealRecord,
  rules: PayerRules,
  claim: AppealClaim,
  today: string
): Pick<AppealStatus, "next" | "nextMissing"> {
  const decided = record.decision!
  const starts: Starts = {
    determination: { date: decided.date, what: `decision date (${APPEAL_LEVEL_NAMES[record.level].toLowerCase()})` },
    "initial-determination": { date: claim.processedDate, what: "processed date (the payer's first decision)" }
  }
  if (record.level === "reopening") {
    // a refused reopening is not appealable; the claim's own first level still runs from its processed date
    const first = rules.appeals[0]
    if (!first) return { next: null, nextMissing: "No appeal level in the table for this payer." }
    const fromClaim: Starts = {
      ...starts,
      determination: { date: claim.processedDate, what: "processed date (the payer's first decision)" }
    }
    return { next: route(first.level, first.label, clockOf(first.file, fromClaim, today)), nextMissing: null }
  }
  const [next] = nextSteps(rules.appeals, record.level)
  if (!next)
    return {
      next: null,
      nextMissing: rules.appeals.some((s) => s.level === record.level)
        ? "The last level in the table."
        : "This payer's ladder has no such level."
    }
  if (next.automatic)
    return { next: null, nextMissing: `${next.label}: ${next.file.note ?? "the payer forwards it on its own."}` }
  return { next: route(next.level, next.label, clockOf(next.file, starts, today)), nextMissing: null }
}

function route(level: AppealLevel, label: string, clock: Clock): RouteClock {
  return {
    ...clock,
    route: level === "reconsideration" ? "reconsideration" : "appeal",
    level,
    label,
    passed: clock.daysLeft !== null && clock.daysLeft < 0
  }
}

// --- Reminders the lead wires into the tick ---

export type DeadlineReminderKind = "appeal-decision-overdue" | "appeal-next-level" | "claim-route-deadline"

/** Same shape as src/tracking/reminders' Reminder, with this module's kinds. `who` is initials and payer:
 * never a name or member ID. */
export type DeadlineReminder = {
  id: string
  kind: DeadlineReminderKind
  recordKey: string
  dueDate: string
  eventDate: string | null
  title: string
  body: string
}

const us = (iso: string) => usDate(iso)

/** "Decision overdue" the day after a decision was due without one; "next level near" `leadDays` before the
 * next level's deadline. */
export function appealReminders(
  recordKey: string,
  who: string,
  statuses: readonly AppealStatus[],
  leadDays: number
): DeadlineReminder[] {
  const out: DeadlineReminder[] = []
  for (const s of statuses) {
    const due = s.decisionDue?.deadline
    if (due && !s.decision)
      out.push({
        id: `appeal-decision-overdue:${recordKey}:${s.level}:${s.sentDate}`,
        kind: "appeal-decision-overdue",
        recordKey,
        dueDate: addDays(due, 1),
        eventDate: due,
        title: "Appeal decision overdue",
        body: `${who} · ${s.label} sent ${us(s.sentDate)} · decision was due ${us(due)}`
      })
    const next = s.next?.deadline
    if (next && !s.next!.passed)
      out.push({
        id: `appeal-next-level:${recordKey}:${s.next!.level}:${next}`,
        kind: "appeal-next-level",
        recordKey,
        dueDate: addDays(next, -leadDays),
        eventDate: next,
        title: "Next appeal level deadline",
        body: `${who} · ${s.next!.label} by ${us(next)}`
      })
  }
  return out
}

/** One reminder for the route whose deadline comes first, `leadDays` before it. */
export function routeReminder(
  recordKey: string,
  who: string,
  routes: readonly RouteClock[],
  leadDays: number
): DeadlineReminder | null {
  const first = firstDeadline([...routes])
  if (!first?.deadline) return null
  return {
    id: `claim-route-deadline:${recordKey}:${first.route}:${first.deadline}`,
    kind: "claim-route-deadline",
    recordKey,
    dueDate: addDays(first.deadline, -leadDays),
    eventDate: first.deadline,
    title: `${first.label}: deadline`,
    body: `${who} · ${first.label} by ${us(first.deadline)}${first.verify ? " (verify against your contract)" : ""}`
  }
}
