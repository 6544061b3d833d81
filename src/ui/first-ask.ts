// Imported first by the popup and the side panel, before anything else of theirs is set up: it marks when
// PayerLens's script starts (npm run bench measures from here) and starts the first answer at once.
// The worker keeps a copy of its last first answer in session storage (worker/publish.ts). When today's copy is
// there it shows first, and the worker is asked only once the view is on screen: a sleeping worker takes a second
// to wake at 10,000 claims, and its waking would slow the popup's own start. Without a copy the worker is asked
// straight away. Both are checked by `firstAnswers` (first-answer.ts) before anything shows them.
// The vault's state is asked with the first answer (vault/gate: the unlock or setup form instead of the views). A
// kept copy exists only while the vault is unlocked (the worker clears it at lock), so with one the state is asked
// once the view shows, as the first answer is.
import type { RequestOf } from "../messages"
import { FIRST_ROWS, KEPT_ANSWER_KEY, keptForToday } from "../messages/first-rows"
import { localDate } from "../dates/calendar"
import { chrome } from "./chrome"

performance.mark("payerlens-script")

export const today = localDate(new Date())

let shown = () => {}
const viewShown = new Promise<void>((resolve) => (shown = resolve))
/** The views call this once the first answer is on screen. */
export const firstViewShown = () => shown()

export const keptReply: Promise<unknown> = chrome.storage.session
  .get(KEPT_ANSWER_KEY)
  .then((items) => items[KEPT_ANSWER_KEY])
const ask = () => {
  performance.mark("payerlens-asked")
  const request: RequestOf<"overview/get"> = { type: "overview/get", limit: FIRST_ROWS }
  return chrome.runtime.sendMessage(request)
}
export const firstReply: Promise<unknown> = keptReply.then(
  (kept) => (keptForToday(kept, today) ? viewShown.then(ask) : ask()),
  () => ask()
)
const askStatus = () => chrome.runtime.sendMessage({ type: "vault/status" })
export const firstStatus: Promise<unknown> = keptReply.then(
  (kept) => (keptForToday(kept, today) ? viewShown.then(askStatus) : askStatus()),
  () => askStatus()
)
