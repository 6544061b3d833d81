// The popup's and the side panel's shared body: search, the three main views as tabs (today's reminders and
// denials, authorizations, A/R), and the patient and letter views opened from a row.
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from "react"
import type { OverviewResponse } from "../messages/replies"
import type { Place } from "./api"
import type { FirstAnswers } from "./first-answer"
import { useApi } from "./use-api"
import { firstViewCommitted, firstViewDone } from "./first-paint"
import { FIRST_ROWS } from "../messages/first-rows"
import { Authorizations, Denials } from "./Overview"
import type { ClaimActions } from "./ClaimRow"
import { download } from "./download"
import { count } from "./format"
import { wantsWholeLists } from "./whole-lists"
import { Reminders } from "./Reminders"
import { FIRST_PAINT_ROWS } from "./VirtualList"
import { Tabs } from "./Tabs"

// The views the first paint does not show come in a chunk loaded after it (after-paint.ts), inside the gate that
// gives them api.ts's context; the letter (with the letters' code) apart.
const afterPaint = () => import("./after-paint")
const ApiGate = lazy(() => afterPaint().then((m) => ({ default: m.ApiGate })))
const SearchResults = lazy(() => afterPaint().then((m) => ({ default: m.SearchResults })))
const PatientView = lazy(() => afterPaint().then((m) => ({ default: m.PatientView })))
const Receivables = lazy(() => afterPaint().then((m) => ({ default: m.Receivables })))
const PatientBalances = lazy(() => afterPaint().then((m) => ({ default: m.PatientBalances })))
const LetterView = lazy(() => import("./LetterView").then((m) => ({ default: m.LetterView })))

function Later({ children }: { children: ReactNode }) {
  const api = useApi()
  return (
    <Suspense fallback={<p className="empty">Loading…</p>}>
      <ApiGate api={api}>{children}</ApiGate>
    </Suspense>
  )
}

/** The denials sit below the reminders: on the first paint they get the rows the reminders leave of what a
 * 600-px popup shows (at least one, so the list shows it has rows); the rest follow once it is painted. */
const denialsFirstRows = (reminders: number) => Math.max(1, FIRST_PAINT_ROWS - reminders)

type Props = {
  /** shown between the search box and the views: "This page" in the popup, "On this page" in the side panel */
  top?: ReactNode
  /** keys of records to mark (the side panel marks those read from the current tab) */
  highlighted?: ReadonlySet<string>
  /** bump to reload (the side panel does when the tab's page is read again) */
  reloadKey?: number
  /** the first answer, asked as the shell's script started (first-ask.ts); shown by the first render if it is in */
  firstAnswer?: FirstAnswers
  /** the vault's "Lock now", at the header's end */
  lock?: ReactNode
  /** a Payments tab with the 835 import (the side panel; not the popup, which a file chooser would close) */
  payments?: boolean
}

type MainView = "today" | "authorizations" | "balances" | "receivables" | "tools" | "payments"

const ToolsView = lazy(() => import("./ToolsView"))
const PaymentsView = lazy(() => import("./PaymentsView"))
const clientDocs = () => import("./ClientDocs")
const StatementView = lazy(() => clientDocs().then((m) => ({ default: m.StatementView })))
const SuperbillView = lazy(() => clientDocs().then((m) => ({ default: m.SuperbillView })))
const EstimateView = lazy(() => clientDocs().then((m) => ({ default: m.EstimateView })))
/** Places opened from a row, shown instead of the tabs. */
const OPENED = new Set(["patient", "letter", "statement", "superbill", "estimate"])

export function App({ top, highlighted, reloadKey = 0, firstAnswer, lock, payments }: Props) {
  const api = useApi()
  const [state, setState] = useState<OverviewResponse | null>(() => firstAnswer?.latest ?? null)
  const [place, setPlace] = useState<Place>({ view: "today" })
  const [query, setQuery] = useState("")
  const search = useRef<HTMLInputElement>(null)
  // a first answer that comes in after the whole lists were asked for must not replace them
  const stopFirst = useRef(() => {})
  const refresh = () => (stopFirst.current(), api.overview().then(setState))
  useEffect(() => {
    // the first rows at once; the whole lists (thousands of rows take the worker a second to send) when asked for
    if (reloadKey === 0 && firstAnswer) {
      stopFirst.current = firstAnswer.listen(setState) // with the latest at once, if one came after the first render
      return () => stopFirst.current()
    }
    let current = true
    void api.overview(FIRST_ROWS).then((answer) => current && setState(answer))
    return () => void (current = false)
  }, [reloadKey])
  useEffect(() => {
    const slash = (e: globalThis.KeyboardEvent) => {
      if (
        e.key === "/" &&
        document.activeElement?.tagName !== "INPUT" &&
        document.activeElement?.tagName !== "TEXTAREA"
      ) {
        e.preventDefault()
        search.current?.focus()
      }
    }
    document.addEventListener("keydown", slash)
    return () => document.removeEventListener("keydown", slash)
  }, [])

  const shown = useRef(false)
  useEffect(() => {
    if (!state || shown.current) return
    shown.current = true
    // npm run bench measures the time from opening to the first view with data on screen (first-paint.ts)
    firstViewCommitted()
    void firstViewDone.then(() => {
      // then the worker: its answer if the kept copy showed, and reconciling reminders (fires any missed notification)
      firstAnswer?.shown()
      void api.tick()
      // (the other views' chunk comes with the API, which tick loads)
    })
  }, [state])

  const data = state?.ok ? state : null
  const auths = data?.overview.authorizations ?? []
  const openPatient = (key: string) => (setQuery(""), setPlace((from) => ({ view: "patient", key, from })))
  const actions: ClaimActions & { onPatient: (key: string) => void } = {
    onResolve: (key, reason) => void api.resolve(key, reason).then(refresh),
    onResolveMany: (keys, reason) => void api.resolveMany(keys, reason).then(refresh),
    onLetter: (claim) => (setQuery(""), setPlace((from) => ({ view: "letter", claim, from }))),
    onPatient: openPatient,
    onExplain: (claim) => (setQuery(""), setPlace((from) => ({ view: "statement", claim, from }))),
    onAppealed: () => void refresh()
  }
  const openSuperbill = (key: string) => (setQuery(""), setPlace((from) => ({ view: "superbill", key, from })))
  const openEstimate = () => (setQuery(""), setPlace((from) => ({ view: "estimate", from })))
  const opened = OPENED.has(place.view)
  const main: MainView =
    place.view === "today" ||
    place.view === "authorizations" ||
    place.view === "balances" ||
    place.view === "receivables" ||
    place.view === "tools" ||
    (place.view === "payments" && payments)
      ? place.view
      : "today"
  const partial = !!data?.partial
  // The first answer holds the Today view's rows and its patients' authorizations. Every other view checks
  // claims against all authorizations (or counts them all), so it waits for the whole lists.
  const elsewhere = !!query.trim() || place.view !== "today"
  const waiting = partial && elsewhere
  const wholeLists = wantsWholeLists(state, elsewhere)
  useEffect(() => {
    if (wholeLists) void refresh()
  }, [wholeLists])
  const loadingAll = (
    <p className="empty" role="status">
      Loading every record…
    </p>
  )
  const more = (shown: number, total: number) =>
    partial && shown < total ? (
      <button type="button" className="secondary more" onClick={() => void refresh()}>
        Showing {shown} of {count(total)} — show all
      </button>
    ) : null

  return (
    <>
      <header>
        <img src={new URL("../../assets/icon.png", import.meta.url).href} alt="" width={22} height={22} />
        <h1>PayerLens</h1>
        {data && (
          <span className="count" data-testid="attention-count">
            {data.overview.attentionCount} need attention
          </span>
        )}
        {lock}
      </header>
      <div role="search" className="search">
        <label htmlFor="search-box" className="visually-hidden">
          Search patients, claims and authorizations
        </label>
        <input
          id="search-box"
          ref={search}
          type="search"
          placeholder="Search name, member ID, claim #, code, date  ( / )"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && query && (e.preventDefault(), setQuery(""))}
        />
      </div>
      {top}
      {state === null && <p className="empty">Loading…</p>}
      {state && !state.ok && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
      {data?.storageError && (
        <p role="alert" className="error">
          {data.storageError}
        </p>
      )}
      {waiting && (query.trim() || opened) && loadingAll}
      {data && !waiting && query.trim() && (
        <Later>
          <SearchResults query={query.trim()} auths={auths} actions={actions} />
        </Later>
      )}
      {data && !waiting && !query.trim() && place.view === "patient" && (
        <Later>
          <PatientView
            patientKey={place.key}
            auths={auths}
            actions={actions}
            onBack={() => setPlace(place.from)}
            onSuperbill={openSuperbill}
          />
        </Later>
      )}
      {data && !waiting && !query.trim() && place.view === "letter" && (
        <Later>
          <LetterView claim={place.claim} auths={auths} onBack={() => setPlace(place.from)} />
        </Later>
      )}
      {data && !waiting && !query.trim() && place.view === "statement" && (
        <Later>
          <StatementView claim={place.claim} onBack={() => setPlace(place.from)} />
        </Later>
      )}
      {data && !waiting && !query.trim() && place.view === "superbill" && (
        <Later>
          <SuperbillView patientKey={place.key} onBack={() => setPlace(place.from)} />
        </Later>
      )}
      {data && !query.trim() && place.view === "estimate" && (
        <Later>
          <EstimateView onBack={() => setPlace(place.from)} />
        </Later>
      )}
      {data && !query.trim() && !opened && (
        <>
          <Tabs
            label="Views"
            current={main}
            onChange={(view) => setPlace({ view })}
            tabs={[
              { id: "today", label: `Today (${data.counts.reminders + data.counts.denials})` },
              { id: "authorizations", label: `Authorizations (${data.counts.authorizations})` },
              { id: "balances", label: "Balances" },
              { id: "receivables", label: "A/R" },
              { id: "tools", label: "Check & code" },
              ...(payments ? [{ id: "payments" as const, label: "Payments" }] : [])
            ]}
          />
          <div role="tabpanel" id={`panel-${main}`} aria-labelledby={`tab-${main}`} className="panel">
            {main === "today" && (
              <>
                <section aria-labelledby="reminders-h">
                  <h2 id="reminders-h">Reminders ({data.counts.reminders})</h2>
                  <Reminders
                    reminders={data.reminders}
                    onExport={() =>
                      void api
                        .calendar()
                        .then((r) => r.ok && download("payerlens-reminders.ics", r.ics, "text/calendar"))
                    }
                    onUpdate={(id, action) => void api.updateReminder(id, action).then(refresh)}
                  />
                  {more(data.reminders.length, data.counts.reminders)}
                </section>
                <section aria-labelledby="denials-h">
                  <h2 id="denials-h">Denials ({data.counts.denials})</h2>
                  <Denials
                    denials={data.overview.denials}
                    authorizations={auths}
                    actions={actions}
                    highlighted={highlighted}
                    firstRows={denialsFirstRows(data.reminders.length)}
                  />
                  {more(data.overview.denials.length, data.counts.denials)}
                </section>
              </>
            )}
            {waiting && loadingAll}
            {main === "authorizations" && !waiting && (
              <Authorizations authorizations={auths} onPatient={openPatient} highlighted={highlighted} />
            )}
            {main === "balances" && (
              <Later>
                <PatientBalances onPatient={openPatient} onExplain={actions.onExplain} />
              </Later>
            )}
            {main === "tools" && !waiting && (
              <Later>
                <ToolsView auths={auths} actions={actions} onEstimate={openEstimate} />
              </Later>
            )}
            {main === "receivables" && !waiting && (
              <Later>
                <Receivables receivables={data.receivables} auths={auths} actions={actions} />
              </Later>
            )}
            {main === "payments" && (
              <Later>
                <PaymentsView />
              </Later>
            )}
          </div>
        </>
      )}
      {data && (
        <footer>
          {data.overview.totals.claims} claims · {data.overview.totals.authorizations} authorizations kept on this
          computer only
        </footer>
      )}
    </>
  )
}
