// The popup's first paint checks its answer by hand (src/ui/first-answer.ts) and by the zod schemas right
// after. The hand check must pass every answer the worker really sends (it may never be stricter than the
// schemas), refuse the malformed ones the view could not show, and an answer the schemas refuse must not stay
// on screen.
import { checkReply } from "../../src/messages/send"
import { afterEach, describe, expect, it } from "vitest"
import type { Capture } from "../../src/model/capture"
import type { OverviewAnswer, OverviewResponse } from "../../src/messages/replies"
import { FIRST_ROWS } from "../../src/messages/first-rows"
import { NO_ANSWER as SEND_NO_ANSWER } from "../../src/messages/send"
import { handleMessage } from "../../src/worker/dispatch"
import { firstAnswers, looksLikeOverview, NO_ANSWER, type FullCheck } from "../../src/ui/first-answer"
import { keptAnswer, overviewReply } from "../../src/ui/full-check"
import { listFixtures } from "../sandbox/pages"
import { ok, POPUP_SENDER, workerDeps } from "./helpers"
import type { PayerLensDb } from "../../src/storage/db"

const TODAY = "2026-11-27"
let db: PayerLensDb | undefined
afterEach(async () => db?.delete())

/** The worker's overview over every fixture page read: the first rows, and the whole lists. */
async function realAnswers(): Promise<{ first: OverviewAnswer; whole: OverviewAnswer }> {
  const w = await workerDeps()
  db = w.db
  for (const f of listFixtures()) {
    if (!f.expected) continue
    const capture = structuredClone(f.expected) as Capture
    await handleMessage(
      { type: "capture/submit", capture },
      { id: w.d.self.extensionId, url: capture.url, tab: { id: 1 } },
      w.d
    )
  }
  const first = ok(await handleMessage({ type: "overview/get", limit: FIRST_ROWS }, POPUP_SENDER, w.d))
  const whole = ok(await handleMessage({ type: "overview/get" }, POPUP_SENDER, w.d))
  return { first, whole }
}

const settle = () => new Promise((r) => setTimeout(r, 0))
function deferred<T = unknown>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}
const kept = (answer: unknown) => ({ day: TODAY, limit: FIRST_ROWS, answer })
/** The extension's full check (zodCheck) without its chunk loading: the same two functions. */
const zodCheck: FullCheck = { kept: async (raw) => keptAnswer(raw), reply: async (raw) => overviewReply(raw) }

describe("the first paint's hand-written check", () => {
  it("passes the worker's real answers, which the schemas pass too", async () => {
    const { first, whole } = await realAnswers()
    expect(whole.overview.denials.length).toBeGreaterThan(FIRST_ROWS)
    expect(whole.overview.authorizations.length).toBeGreaterThan(0)
    for (const answer of [first, whole]) {
      expect(looksLikeOverview(answer)).toBe(true)
      expect(await zodCheck.reply(answer)).toEqual(answer)
      expect(await zodCheck.kept(kept(answer))).toEqual(answer)
    }
  })

  it("refuses answers the first view could not show", async () => {
    const { first } = await realAnswers()
    const denial = first.overview.denials[0]
    const broken: [string, unknown][] = [
      ["reminders not a list", { ...first, reminders: "none" }],
      [
        "a denial without its claim number",
        { ...first, overview: { ...first.overview, denials: [{ ...denial, claimNumber: undefined }] } }
      ],
      [
        "billed as text",
        { ...first, overview: { ...first.overview, denials: [{ ...denial, billedCents: "180.00" }] } }
      ],
      [
        "a line's codes not a list",
        {
          ...first,
          overview: { ...first.overview, denials: [{ ...denial, lines: [{ ...denial.lines[0], remarkCodes: "N1" }] }] }
        }
      ],
      ["no counts", { ...first, counts: undefined }],
      ["a failure", { ok: false, error: "x" }],
      ["nothing", null]
    ]
    for (const [what, answer] of broken) expect(looksLikeOverview(answer), what).toBe(false)
  })

  it("uses the same words as the messages when the worker does not answer", () => {
    expect(NO_ANSWER).toBe(SEND_NO_ANSWER)
  })
})

describe("the first answer, checked by hand first and by the schemas after", () => {
  /** A full check the test releases by hand, to see what shows before and after it. */
  function heldCheck() {
    const kept = deferred<OverviewAnswer | null>()
    const reply = deferred<OverviewResponse>()
    const check: FullCheck = { kept: () => kept.promise, reply: () => reply.promise }
    return { check, kept, reply }
  }

  it("shows the kept copy before the schemas have checked it, and takes it back when they refuse it", async () => {
    const { first: old } = await realAnswers()
    const held = heldCheck()
    const worker = deferred()
    let released = 0
    const first = firstAnswers(worker.promise, Promise.resolve(kept(old)), TODAY, () => released++, held.check)
    const shown: (OverviewResponse | null)[] = []
    first.listen((answer) => shown.push(answer))
    await settle()
    expect(first.latest).toEqual(old)
    held.kept.resolve(null)
    await settle()
    expect(first.latest).toBeNull()
    expect(shown).toEqual([old, null])
    expect(released).toBe(0) // the view asks the worker once it showed the copy (App calls shown)
  })

  it("keeps the worker's answer when the schemas pass it, and nothing replaces it", async () => {
    const { first: old, whole } = await realAnswers()
    const keptCopy = deferred()
    const first = firstAnswers(Promise.resolve(whole), keptCopy.promise, TODAY, () => {}, zodCheck)
    await settle()
    expect(first.latest).toEqual(whole)
    keptCopy.resolve(kept(old))
    await settle()
    expect(first.latest).toEqual(whole)
  })

  it("replaces a worker's answer that only looked right with the failure an unreadable reply is", async () => {
    const { first: answer } = await realAnswers()
    const held = heldCheck()
    const first = firstAnswers(Promise.resolve(answer), Promise.resolve(undefined), TODAY, () => {}, held.check)
    await settle()
    expect(first.latest).toEqual(answer)
    held.reply.resolve({ ok: false, error: "The background worker sent an unreadable answer." })
    await settle()
    expect(first.latest).toEqual({ ok: false, error: "The background worker sent an unreadable answer." })
  })

  it("lets the schemas decide on a worker's reply the hand check refuses", async () => {
    const first = firstAnswers(
      Promise.resolve({ ok: true, reminders: "none" }),
      Promise.resolve(undefined),
      TODAY,
      () => {},
      zodCheck
    )
    await settle()
    expect(first.latest).toEqual({ ok: false, error: "The background worker sent an unreadable answer." })
  })

  it("ignores a kept copy from another day and has the worker asked at once", async () => {
    const { first: old } = await realAnswers()
    let released = 0
    const first = firstAnswers(
      new Promise(() => {}),
      Promise.resolve({ ...kept(old), day: "2026-11-26" }),
      TODAY,
      () => released++,
      zodCheck
    )
    await settle()
    expect(first.latest).toBeNull()
    expect(released).toBe(1)
  })
})

describe("a view that listens after the first answer came", () => {
  it("gets that answer at once", async () => {
    const { first: answer } = await realAnswers()
    const first = firstAnswers(Promise.resolve(answer), Promise.resolve(undefined), TODAY, () => {}, {
      kept: async () => null,
      reply: async (raw) => checkReply("overview/get", raw)
    })
    await settle()
    const shown: (OverviewResponse | null)[] = []
    first.listen((a) => shown.push(a))
    await settle()
    expect(shown).toEqual([answer])
  })
})
