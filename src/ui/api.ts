// What the popup and side panel ask the background, each reply parsed with its schema at this end too.
// The shells supply `send` (browser.runtime.sendMessage); components get the API from context.
import { createContext, useContext } from "react"
import { CalendarResponse, HistoryResponse, KeptAnswer, OverviewResponse, ResolveClaimsResponse, SettingsResponse, SimpleResponse, type Request } from "../messages/protocol"
import { OnPageResponse, PatientResponse, ReceivablesListResponse, SearchResponse } from "../messages/browse"
import type { ReceivableFilter } from "../receivables/drill-down"
import { keptForToday } from "../messages/first-rows"
import type { ResolutionReason, StoredClaim } from "../model/records"

export type Send = (request: Request) => Promise<unknown>
type Schema<T> = { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }
type Failure = { ok: false; error: string }

async function parsed<T>(schema: Schema<T>, reply: Promise<unknown>): Promise<T | Failure> {
  try {
    const result = schema.safeParse(await reply)
    return result.success ? result.data : { ok: false, error: "The background worker sent an unreadable answer." }
  } catch {
    return { ok: false, error: "PayerLens's background worker did not answer." }
  }
}

/** The first overview as it comes in: `latest` holds the newest shown so far (so the first render can show it),
 * `listen` reports each one after; the views call `shown` once one is on screen. */
export type FirstAnswers = {
  readonly latest: OverviewResponse | null
  listen: (show: (answer: OverviewResponse) => void) => () => void
  shown: () => void
}

/** The worker's answer, and until it is in, the copy it kept of its last one if that is from today. Each is
 * checked like every other reply; once the worker's answer is in, nothing replaces it. */
export function firstAnswers(reply: Promise<unknown>, kept: Promise<unknown>, today: string, shown: () => void = () => {}): FirstAnswers {
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
  void parsed(OverviewResponse, reply).then((answer) => show(answer, true))
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

export function makeApi(send: Send) {
  const ask = <T>(schema: Schema<T>, request: Request) => parsed(schema, send(request))
  return {
    overview: (limit?: number) => ask(OverviewResponse, limit ? { type: "overview/get", limit } : { type: "overview/get" }),
    tick: () => ask(SimpleResponse, { type: "reminders/tick" }),
    updateReminder: (id: string, action: "snooze-day" | "snooze-week" | "dismiss") => ask(SimpleResponse, { type: "reminder/update", id, action }),
    calendar: () => ask(CalendarResponse, { type: "reminders/ics" }),
    resolve: (key: string, reason: ResolutionReason) => ask(SimpleResponse, { type: "claim/resolve", key, reason }),
    resolveMany: (keys: string[], reason: ResolutionReason) => ask(ResolveClaimsResponse, { type: "claims/resolve", keys, reason }),
    history: (recordKey: string) => ask(HistoryResponse, { type: "history/get", recordKey }),
    search: (text: string) => ask(SearchResponse, { type: "search/query", text }),
    patient: (key: string) => ask(PatientResponse, { type: "patient/get", key }),
    receivables: (filter: ReceivableFilter) => ask(ReceivablesListResponse, { type: "receivables/list", filter }),
    onTab: (tabId: number) => ask(OnPageResponse, { type: "records/on-tab", tabId }),
    settings: () => ask(SettingsResponse, { type: "settings/get" })
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
  | { view: "today" | "authorizations" | "receivables" }
  | { view: "patient"; key: string; from: Place }
  | { view: "letter"; claim: StoredClaim; from: Place }
