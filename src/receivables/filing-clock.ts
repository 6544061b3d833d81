// The deadlines of each claim on A/R that the payer did not pay as billed (denied, rejected, partly paid): every
// route open to it with its own clock from the right date (src/deadlines: new claim from the date of service,
// reconsideration and appeal from the denial or the last decision …), and where each appeal the user recorded
// stands (decision due, overdue, the next level once denied again). Worked out once per records load and day.
import type { StoredClaim } from "../model/records"
import {
  claimRoutes,
  payerTable,
  trackAppeal,
  type AppealStatus,
  type ClaimRoutes,
  type PayerTable
} from "../deadlines"
import type { PayerRuleOverrides } from "../deadlines"
import type { TrackingSettings } from "../tracking/settings"
import { keptPerRecordsAndDay } from "../tracking/kept"
import { isUnpaid } from "./ageing"

export type ClaimDeadlines = ClaimRoutes & {
  /** each appeal recorded on the claim, oldest first, as it stands today */
  appeals: AppealStatus[]
}

const ROUTED = new Set(["denied", "rejected", "partially_paid"])

const tables = new WeakMap<PayerRuleOverrides, PayerTable>()

/** The deadline table with the user's overrides (one per settings load). */
export function tableOf(settings: TrackingSettings): PayerTable {
  let table = tables.get(settings.payerRules)
  if (!table) tables.set(settings.payerRules, (table = payerTable(settings.payerRules)))
  return table
}

/** The routes and appeals of a claim on A/R that was denied, rejected or partly paid; null for any other claim
 * (paid, pending, or closed with "Mark resolved"). */
export function claimDeadlines(c: StoredClaim, table: PayerTable, today: string): ClaimDeadlines | null {
  if (!ROUTED.has(c.status) || !isUnpaid(c)) return null
  const appeals = [...(c.appeals ?? [])].sort((a, b) => a.sentDate.localeCompare(b.sentDate))
  const routes = claimRoutes(c, table, today, { appeals })
  const rules = routes.family ? table[routes.family] : null
  return { ...routes, appeals: rules ? appeals.map((a) => trackAppeal(a, rules, c, today)) : [] }
}

/** Every claim's deadlines by key, kept per records load and day (the A/R summary, the drill-down and the
 * reminders all ask for them). */
export const deadlinesOf = keptPerRecordsAndDay(({ claims, settings }, today): ReadonlyMap<string, ClaimDeadlines> => {
  const table = tableOf(settings)
  const out = new Map<string, ClaimDeadlines>()
  for (const c of claims) {
    const d = claimDeadlines(c, table, today)
    if (d) out.set(c.key, d)
  }
  return out
})

/** The most urgent date of a claim's deadlines: the first open route's, or a waiting appeal's decision-due date. */
export function urgentDaysLeft(d: ClaimDeadlines | null | undefined): number | null {
  if (!d) return null
  const waiting = d.appeals.find((a) => !a.decision)?.decisionDue?.daysLeft ?? null
  const first = d.first?.daysLeft ?? null
  return first === null ? waiting : waiting === null ? first : Math.min(first, waiting)
}

/** For the A/R summary: claims whose first deadline is within `days`; claims whose every dated route has passed
 * (none ahead, no appeal waiting); appeals whose decision is overdue. */
export function deadlinesDueSoon(
  all: ReadonlyMap<string, ClaimDeadlines>,
  days: number
): { soon: number; passed: number; overdue: number } {
  let soon = 0
  let passed = 0
  let overdue = 0
  for (const d of all.values()) {
    if (d.first && (d.first.daysLeft ?? Infinity) <= days) soon++
    else if (!d.first && !d.awaiting && d.routes.some((r) => r.passed)) passed++
    if (d.appeals.some((a) => a.overdue)) overdue++
  }
  return { soon, passed, overdue }
}
