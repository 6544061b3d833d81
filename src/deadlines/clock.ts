// One clock: a rule from the payer table applied to the dates a claim (or an appeal) shows. A date the record
// does not show leaves the clock uncomputed with the reason, never a guessed date.
import { addDays, daysBetween } from "../dates/business-days"
import { addPeriod, describePeriod } from "./period"
import type { ClockStart, Rule } from "./table"
import type { Source } from "./sources"

/** The dates a clock may count from, each with what it is ("date of service", "processed date (the denial)"). */
export type Starts = Partial<Record<ClockStart, { date: string | null; what: string }>>

export type Clock = {
  /** the date counted from and what it is */
  from: { date: string | null; what: string }
  deadline: string | null
  /** days from today to the deadline; negative once passed */
  daysLeft: number | null
  /** days from the start date to the deadline (receipt presumption included) */
  limitDays: number | null
  /** the rule in words: "120 days from receipt (notice date + 5 days)" */
  limit: string | null
  source: Source | null
  verify: boolean
  edited: boolean
  /** why there is no deadline, when there is none */
  missing: string | null
  note: string | null
}

const FROM_WORDS: Record<ClockStart, string> = {
  service: "the date of service",
  determination: "the notice date",
  "initial-determination": "the original notice date",
  "primary-eob": "the primary payer's EOB date",
  sent: "the date sent"
}

function describeRule(r: Rule): string | null {
  if (!r.period) return null
  const from = r.receiptDays ? `receipt (${FROM_WORDS[r.from]} + ${r.receiptDays} days)` : FROM_WORDS[r.from]
  const main = `${describePeriod(r.period)} from ${from}`
  const later = r.orLater && describeRule(r.orLater)
  return later ? `${main}, or ${later} if later` : main
}

function single(
  r: Rule,
  starts: Starts
): { date: string | null; what: string; deadline: string | null; missing: string | null } {
  const start = starts[r.from] ?? { date: null, what: FROM_WORDS[r.from] }
  if (!r.period)
    return {
      ...start,
      deadline: null,
      missing: r.note ?? "No limit in the table for this payer: verify against your contract."
    }
  if (!start.date)
    return { ...start, deadline: null, missing: `The record shows no ${start.what}: this clock cannot be computed.` }
  return { ...start, deadline: addPeriod(addDays(start.date, r.receiptDays ?? 0), r.period), missing: null }
}

/** Apply a rule to the start dates. With `orLater`, the later of two computable deadlines wins; when only one
 * can be computed it stands (it is the earlier bound, so a reminder is never late). */
export function clockOf(r: Rule, starts: Starts, today: string): Clock {
  const main = single(r, starts)
  let { deadline } = main
  let from = { date: main.date, what: main.what }
  if (r.orLater) {
    const alt = single(r.orLater, starts)
    if (alt.deadline && (!deadline || alt.deadline > deadline)) {
      deadline = alt.deadline
      from = { date: alt.date, what: alt.what }
    }
  }
  return {
    from,
    deadline,
    daysLeft: deadline ? daysBetween(today, deadline) : null,
    limitDays: deadline && from.date ? daysBetween(from.date, deadline) : null,
    limit: describeRule(r),
    source: r.source,
    verify: r.verify,
    edited: !!r.edited,
    missing: deadline ? null : main.missing,
    note: r.note ?? null
  }
}
