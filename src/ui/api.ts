// What the popup and side panel ask the background, each reply parsed with its schema at this end too.
// The shells supply `send` (makeSend over browser.runtime.sendMessage); components get the API from context.
import { createContext, useContext } from "react"
import type { ReplyOf } from "../messages"
import type { ReceivableFilter } from "../receivables/drill-down"
import { keptForToday } from "../messages/first-rows"
import { KeptAnswer } from "../messages/shapes"
import { checkReply, makeSend, NO_ANSWER, type Transport } from "../messages/send"
import type { ResolutionReason, SnoozeAction, StoredClaim } from "../model/records"

type OverviewResponse = ReplyOf<"overview/get">

/** The first overview as it comes in: `latest` holds the newest shown so far (so the first render can show it),
 * `listen` reports each one after; the views call `shown` once one is on screen. */
export type FirstAnswers = {
  readonly latest: OverviewResponse | null
  listen: (show: (answer: OverviewResponse) => void) => () => void
  shown: () => void
}

/** The worker's answer, and until it is in, the copy it kept of its last one if that is from today. Each is
 * checked like every other reply; once the worker's answer is in, nothing replaces it. */
export function firstAnswers(
  reply: Promise<unknown>,
  kept: Promise<unknown>,
  today: string,
  shown: () => void = () => {}
): FirstAnswers {
  let latest: OverviewResponse | null = null
  let fresh = false
  const listeners = new Set<(answer: OverviewResponse) => void>()
  const show = (answer: OverviewResponse, fromWorker: boolean) => {
    if (fresh) return
    fresh = fromWorker
    latest = answer
    listeners.forEach((listener) => listener(answer))
  }
  void kept.then(
    (raw) => {
      const copy = KeptAnswer.safeParse(raw)
      if (copy.success && keptForToday(copy.data, today)) show(copy.data.answer, false)
      else shown() // the shell may hold the worker's request back until a view shows: nothing will, so ask now
    },
    () => shown()
  )
  void reply.then(
    (raw) => show(checkReply("overview/get", raw), true),
    () => show({ ok: false, error: NO_ANSWER }, true)
  )
  return {
    get latest() {
      return latest
    },
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    shown
  }
}

/** The views' questions to the worker, each a `send` of one message (src/messages). */
export function makeApi(transport: Transport) {
  const send = makeSend(transport)
  return {
    send,
    overview: (limit?: number) => send("overview/get", limit ? { limit } : {}),
    tick: () => send("reminders/tick", {}),
    updateReminder: (id: string, action: SnoozeAction) => send("reminder/update", { id, action }),
    calendar: () => send("reminders/ics", {}),
    resolve: (key: string, reason: ResolutionReason) => send("claim/resolve", { key, reason }),
    resolveMany: (keys: string[], reason: ResolutionReason) => send("claims/resolve", { keys, reason }),
    history: (recordKey: string) => send("history/get", { recordKey }),
    search: (text: string) => send("search/query", { text }),
    patient: (key: string) => send("patient/get", { key }),
    receivables: (filter: ReceivableFilter) => send("receivables/list", { filter }),
    onTab: (tabId: number) => send("records/on-tab", { tabId }),
    settings: () => send("settings/get", {}),
    balances: () => send("balances/list", {})
  }
}

export type Api = ReturnType<typeof makeApi>

export const ApiContext = createContext<Api | null>(null)

export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) throw new Error("PayerLens views need an ApiContext provider")
  return api
}

/** Where the user is: a tab of the main views, or a patient or a letter opened from a row. */
export type Place =
  | { view: "today" | "authorizations" | "balances" | "receivables" | "tools" | "payments" }
  | { view: "patient"; key: string; from: Place }
  | { view: "letter"; claim: StoredClaim; from: Place }
  | { view: "statement"; claim: StoredClaim; from: Place }
  | { view: "superbill"; key: string; from: Place }
  | { view: "estimate"; from: Place }
