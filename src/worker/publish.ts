// After every change the worker makes (and when it wakes), what the user sees without asking is brought up to
// date: the badge, and the copy of the popup's first answer kept in session storage — a popup opened while the
// worker sleeps shows that copy at once instead of waiting a second for the worker to wake and load
// thousands of records. Both come from one overview answer, so the badge counts what the popup shows.
import { FIRST_ROWS } from "../messages/first-rows"
import { localDate } from "../dates/calendar"
import { overviewAnswer } from "./overview-answer"
import type { Deps } from "./context"

export async function publish(deps: Deps): Promise<void> {
  const now = deps.now()
  const state = await deps.store.state()
  if (state !== "unlocked") {
    // nothing of the records shows while locked; "!" says nothing is being kept until a passphrase is set
    await deps.dropAnswer().catch(() => undefined)
    await deps.setBadge(state === "new" ? "!" : 0)
    return
  }
  const [states, records, storageError] = await Promise.all([
    deps.store.reminderStates(),
    deps.store.records(),
    deps.storageError.get()
  ])
  const answer = overviewAnswer(states, records, now, FIRST_ROWS, storageError)
  await deps.setBadge(answer.overview.attentionCount)
  // a copy that could not be kept is not the change's failure: a popup then shows the older copy until the
  // worker's own answer replaces it
  await deps.keepAnswer({ day: localDate(now), limit: FIRST_ROWS, answer }).catch(() => undefined)
}
