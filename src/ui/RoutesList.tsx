// A claim's deadlines by route, as the A/R drill-down shows them: each route open to the claim with its date,
// the date it counts from, the days left, its public source, and "verify against your contract" where the limit
// varies by contract or state; the route whose deadline comes first is marked. Then each appeal recorded: sent,
// decision due (or overdue), and once denied again the next level's deadline.
import type { AppealView, ClockView, DeadlinesView, RouteView } from "../messages/shapes"
import { usDate } from "./format"

/** app.css styles buttons as links, not anchors: the accent keeps a source link readable in dark mode too. */
const LINK = { color: "var(--accent)" }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** "by 01/10/2027 — 42 days left", "closed 11/02/2026 (27 days ago)", or why there is no date. */
export function deadlineText(c: Pick<ClockView, "deadline" | "daysLeft" | "missing">): string {
  if (!c.deadline || c.daysLeft === null) return `no date: ${c.missing ?? "not in the table"}`
  if (c.daysLeft < 0) return `closed ${usDate(c.deadline)} (${plural(-c.daysLeft, "day")} ago)`
  if (c.daysLeft === 0) return `by ${usDate(c.deadline)} — today is the last day`
  return `by ${usDate(c.deadline)} — ${plural(c.daysLeft, "day")} left`
}

function Basis({ clock }: { clock: ClockView }) {
  const from = clock.from.date ? `from the ${clock.from.what} ${usDate(clock.from.date)}` : null
  return (
    <span className="line2">
      {[from, clock.limit].filter(Boolean).join(" · ")}
      {clock.edited && " · your value (options)"}
      {clock.verify && (
        <>
          {(from || clock.limit) && " · "}
          <em data-testid="verify">verify against your contract</em>
        </>
      )}
      {clock.source && (
        <>
          {" · "}
          <a href={clock.source.url} target="_blank" rel="noreferrer" style={LINK}>
            {clock.source.name}
          </a>
        </>
      )}
      {clock.note && <> · {clock.note}</>}
    </span>
  )
}

const isFirst = (r: RouteView, first: RouteView | null) =>
  !!first && first.route === r.route && first.level === r.level && first.deadline === r.deadline

function Route({ route: r, first }: { route: RouteView; first: boolean }) {
  const urgent = !r.passed && r.daysLeft !== null && r.daysLeft <= 30
  return (
    <li data-testid="route" data-route={r.route} className={first ? "here" : undefined}>
      <span className={urgent ? "warn" : undefined}>
        <strong>{r.label}</strong>: {deadlineText(r)}
      </span>
      {first && <span className="flag">first deadline</span>}
      <br />
      <Basis clock={r} />
    </li>
  )
}

function decisionText(a: AppealView): string {
  if (a.decision)
    return `${a.decision.outcome === "partially-approved" ? "partly approved" : a.decision.outcome} ${usDate(a.decision.date)}`
  const due = a.decisionDue
  if (!due?.deadline) return "decision window not in the table (set it in options)"
  if (a.overdue)
    return `decision overdue: it was due ${usDate(due.deadline)} (${plural(a.daysOverdue ?? 0, "day")} ago)`
  return `decision due ${usDate(due.deadline)} (${plural(due.daysLeft ?? 0, "day")} left)`
}

function Appeal({ appeal: a }: { appeal: AppealView }) {
  return (
    <li data-testid="appeal-status">
      <span className={a.overdue ? "warn" : undefined}>
        <strong>{a.label}</strong> sent {usDate(a.sentDate)} · {decisionText(a)}
      </span>
      {!a.decision && a.decisionDue && (
        <>
          <br />
          <Basis clock={a.decisionDue} />
        </>
      )}
      {a.next && (
        <div data-testid="appeal-next">
          Next: <strong>{a.next.label}</strong> {deadlineText(a.next)}
          <br />
          <Basis clock={a.next} />
        </div>
      )}
      {!a.next && a.nextMissing && <div className="line2">Next level: {a.nextMissing}</div>}
    </li>
  )
}

/** The routes and appeals of one claim; `claimNumber` names the lists for screen readers. */
export function RoutesList({ deadlines: d, claimNumber }: { deadlines: DeadlinesView; claimNumber: string }) {
  return (
    <div className="routes" data-testid="claim-routes">
      {d.missing && <div className="line2 warn">{d.missing}</div>}
      {d.routes.length > 0 && (
        <>
          <div className="line2">Deadlines by route{d.table ? ` (${d.table})` : ""}:</div>
          <ul className="rows compact" aria-label={`Deadlines for claim ${claimNumber}`}>
            {d.routes.map((r) => (
              <Route key={`${r.route}:${r.level ?? ""}`} route={r} first={isFirst(r, d.first)} />
            ))}
          </ul>
        </>
      )}
      {d.closed.length > 0 && (
        <ul className="rows compact" aria-label={`Routes not open for claim ${claimNumber}`}>
          {d.closed.map((c) => (
            <li key={`${c.route}:${c.label}`} className="line2" data-testid="route-closed">
              {c.label}: not open. {c.why}
            </li>
          ))}
        </ul>
      )}
      {d.appeals.length > 0 && (
        <ul className="rows compact" aria-label={`Appeals of claim ${claimNumber}`}>
          {d.appeals.map((a) => (
            <Appeal key={`${a.level}:${a.sentDate}`} appeal={a} />
          ))}
        </ul>
      )}
    </div>
  )
}
