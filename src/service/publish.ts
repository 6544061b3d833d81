// After every change the worker makes (and when it wakes), what the user sees without asking is brought up to
// date: the badge, and the copy of the popup's first answer kept in session storage — a popup opened while the
// worker sleeps shows that copy at once instead of waiting a second for the worker to wake and load
// thousands of records.
import { FIRST_ROWS } from "../messages/first-rows"
import { localDate } from "../dates/calendar"
import { remindersFor } from "../tracking/tick"
import { overviewAnswer } from "./overview-answer"
import { overviewOf, receivablesOf } from "./reminder-views"
import { cachedRecords } from "./records-cache"
import type { Deps } from "./handle-message"

/** The badge number: the same count the popup shows (settings' thresholds included). */
export async function attentionCount(deps: Deps): Promise<number> {
  // the overview with forecasts, the reminders and A/R: the count is the same, and the popup's next open finds
  // them computed (all are kept per records load and day)
  const records = await cachedRecords(deps.db)
  remindersFor(records, deps.now())
  receivablesOf(records, deps.now())
  return overviewOf(records, deps.now(), true).attentionCount
}

export async function publish(deps: Deps): Promise<void> {
  await deps.setBadge(await attentionCount(deps))
  const now = deps.now()
  const answer = await overviewAnswer(deps.db, await cachedRecords(deps.db), now, FIRST_ROWS, await deps.storageError.get())
  // a copy that could not be kept is not the change's failure: a popup then shows the older copy until the
  // worker's own answer replaces it
  await deps.keepAnswer({ day: localDate(now), limit: FIRST_ROWS, answer }).catch(() => undefined)
}
