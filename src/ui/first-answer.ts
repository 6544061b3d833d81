// The popup's and side panel's first answer as it comes in: the worker's kept copy (first-ask.ts) until the
// worker's own answer replaces it, and nothing replaces the worker's answer.
// Every answer is checked twice. Before it shows, by a structural check written by hand (`looksLikeOverview`):
// the fields and types the first view reads, so a malformed answer cannot break the view. The messages' zod
// schemas (and zod) are a chunk of their own, loaded once the first view is on its way, which the popup's first
// script could not afford; that full check follows at once, and an answer that fails it is taken back (the view
// says "Loading…" until the worker answers) or, the worker's, becomes the failure every unreadable reply is.
import { useEffect, useState } from "react"
import type { OverviewResponse } from "../messages/replies"
import type { OverviewAnswer } from "../messages/shapes"
import { keptForToday } from "../messages/first-rows"

/** `latest` holds the newest answer shown so far (so the first render can show it); `listen` reports it (a
 * microtask later) and each one after (null: the one shown was taken back); the views call `shown` once one is on
 * screen. */
export type FirstAnswers = {
  readonly latest: OverviewResponse | null
  listen: (show: (answer: OverviewResponse | null) => void) => () => void
  shown: () => void
}

/** A structural shape: a type name ("?" after it: or null), an object's fields, or `[shape]` for an array of it. */
type Shape =
  "string" | "string?" | "number" | "number?" | "boolean" | "object" | "object?" | Shape[] | { [key: string]: Shape }

function fits(value: unknown, shape: Shape): boolean {
  if (typeof shape === "string") {
    if (value === null) return shape.endsWith("?")
    const type = shape.replace("?", "")
    return type === "object" ? typeof value === "object" && !Array.isArray(value) : typeof value === type
  }
  if (Array.isArray(shape)) return Array.isArray(value) && value.every((item) => fits(item, shape[0]))
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return Object.entries(shape).every(([key, field]) => fits(record[key], field))
}

const ADJUSTMENT: Shape = { group: "string", reason: "string", amountCents: "number?" }

/** What the first view (Today: reminders and denials, their codes and the help beside them) reads of a claim. */
const CLAIM: Shape = {
  key: "string",
  portal: "string",
  claimNumber: "string",
  payer: "string?",
  patient: { name: "string?", memberId: "string?" },
  serviceFrom: "string?",
  status: "string",
  resolution: "object?",
  billedCents: "number?",
  paidCents: "number?",
  receivedDate: "string?",
  adjustments: [ADJUSTMENT],
  remarkCodes: ["string"],
  lines: [{ procedureCode: "string", adjustments: [ADJUSTMENT], remarkCodes: ["string"] }]
}

/** …and of an authorization (the denial help checks CO-197 and its kin against them). */
const AUTHORIZATION: Shape = {
  key: "string",
  portal: "string",
  authNumber: "string",
  payer: "string?",
  patient: { name: "string?", memberId: "string?" },
  startDate: "string?",
  endDate: "string?",
  serviceCodes: ["string"],
  unitsApproved: "number?",
  unitsUsed: "number?"
}

const OVERVIEW: Shape = {
  overview: {
    today: "string",
    denials: [CLAIM],
    authorizations: [AUTHORIZATION],
    attentionCount: "number",
    totals: { claims: "number", authorizations: "number" }
  },
  reminders: [{ id: "string", kind: "string", title: "string", body: "string", eventDate: "string?" }],
  counts: { reminders: "number", denials: "number", authorizations: "number" },
  partial: "boolean",
  receivables: "object",
  storageError: "string?"
}

/** The first paint's check: an overview answer with every field the first view reads, of the right type. */
export function looksLikeOverview(value: unknown): value is OverviewAnswer {
  return (value as { ok?: unknown } | null)?.ok === true && fits(value, OVERVIEW)
}

const FAILURE: Shape = { error: "string" }
const looksLikeFailure = (value: unknown): value is Extract<OverviewResponse, { ok: false }> =>
  (value as { ok?: unknown } | null)?.ok === false && fits(value, FAILURE)

/** The full checks, by the messages' schemas (loaded on first use). */
export type FullCheck = {
  /** the kept copy (day, rows and answer): its answer, or null when it fails */
  kept: (raw: unknown) => Promise<OverviewAnswer | null>
  /** the worker's reply: itself, or the failure an unreadable reply becomes */
  reply: (raw: unknown) => Promise<OverviewResponse>
}

/** The full check in the extension: the schemas come with the after-paint chunk. */
export const zodCheck: FullCheck = {
  kept: async (raw) => (await import("./after-paint")).keptAnswer(raw),
  reply: async (raw) => (await import("./after-paint")).overviewReply(raw)
}

/** `check`, each part waiting for `gate` first (the popup's first paint: first-paint.ts). */
export const checkAfter = (gate: Promise<void>, check: FullCheck): FullCheck => ({
  kept: (raw) => gate.then(() => check.kept(raw)),
  reply: (raw) => gate.then(() => check.reply(raw))
})

export const NO_ANSWER = "PayerLens's background worker did not answer."

/** The worker's answer (`reply`), and until it is in, the copy it kept of its last one (`kept`) if that is from
 * `today`. `shown` lets the shell ask the worker once a view shows (first-ask.ts); it is called at once when no
 * kept copy will show. */
export function firstAnswers(
  reply: Promise<unknown>,
  kept: Promise<unknown>,
  today: string,
  shown: () => void,
  check: FullCheck
): FirstAnswers {
  let latest: OverviewResponse | null = null
  let fromWorker = false
  const listeners = new Set<(answer: OverviewResponse | null) => void>()
  const show = (answer: OverviewResponse | null) => {
    latest = answer
    listeners.forEach((listener) => listener(answer))
  }
  void kept.then(
    (raw) => {
      const copy = raw as { answer?: unknown } | null | undefined
      if (!keptForToday(raw, today) || !looksLikeOverview(copy?.answer)) return shown()
      const answer = copy.answer
      if (!fromWorker) show(answer)
      void check.kept(raw).then((full) => {
        if (full === null && !fromWorker && latest === answer) show(null)
      })
    },
    () => shown()
  )
  void reply.then(
    (raw) => {
      fromWorker = true
      if (looksLikeOverview(raw) || looksLikeFailure(raw)) {
        show(raw)
        void check.reply(raw).then((full) => {
          if (latest === raw && !full.ok && raw.ok) show(full)
        })
      } else void check.reply(raw).then(show)
    },
    () => {
      fromWorker = true
      show({ ok: false, error: NO_ANSWER })
    }
  )
  return {
    get latest() {
      return latest
    },
    listen(listener) {
      listeners.add(listener)
      const now = latest
      if (now) queueMicrotask(() => listeners.has(listener) && latest === now && listener(now))
      return () => listeners.delete(listener)
    },
    shown
  }
}

/** Whether the shell should render its views yet: once the first answer is in, or `waitMs` after the page started
 * without one (then the views say "Loading…"). Rendering the views before the answer made a fresh extension
 * process render and lay out a "Loading…" view first (18 ms here) while the kept copy's reply waited behind it. */
export function useFirstAnswerIn(first: FirstAnswers, waitMs: number): boolean {
  const [ready, setReady] = useState(first.latest !== null)
  useEffect(() => {
    if (ready) return
    const stop = first.listen(() => setReady(true))
    const timer = setTimeout(() => setReady(true), waitMs)
    return () => (stop(), clearTimeout(timer))
  }, [ready, first, waitMs])
  return ready
}
