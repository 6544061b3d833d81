// When the popup, showing the first rows, asks for the whole lists by itself.
import type { OverviewResponse } from "../messages/replies"

/** Up to this many rows in all, the whole lists follow the first view at once; a larger practice's lists
 * (thousands of rows take the worker a second to send and the popup long to read) wait for "show all". */
export const WHOLE_LISTS_UP_TO = 300

/** `elsewhere`: a view other than Today is open (search, a patient, a letter, authorizations, A/R) — those check
 * claims against every authorization, so they always need the whole lists. */
/** What the rule reads of an overview answer. */
export type ListsShown =
  Pick<Extract<OverviewResponse, { ok: true }>, "ok" | "partial" | "counts"> | { ok: false; error: string } | null

export function wantsWholeLists(answer: ListsShown, elsewhere: boolean): boolean {
  if (!answer?.ok || !answer.partial) return false
  const { reminders, denials, authorizations } = answer.counts
  return elsewhere || reminders + denials + authorizations <= WHOLE_LISTS_UP_TO
}
