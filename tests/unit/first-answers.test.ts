// The popup's first answer: the worker's kept copy shows while a sleeping worker wakes, the worker's own answer
// replaces it, and nothing replaces the worker's answer. Both are real overview answers from the fixtures.
import { afterEach, describe, expect, it } from "vitest"
import type { Capture } from "../../src/model/capture"
import type { OverviewAnswer, OverviewResponse } from "../../src/messages/replies"
import { FIRST_ROWS } from "../../src/messages/first-rows"
import { handleMessage } from "../../src/worker/dispatch"
import { EXT_ID as EXT, ok, POPUP_SENDER as popup, workerDeps } from "./helpers"
import { firstAnswers } from "../../src/ui/api"
import { listFixtures } from "../sandbox/pages"
import type { PayerLensDb } from "../../src/storage/db"

const TODAY = "2026-11-27"
let db: PayerLensDb
afterEach(async () => db?.delete())

/** The first answer before and after a denial is resolved (so the two differ). */
async function twoAnswers(): Promise<[OverviewAnswer, OverviewAnswer]> {
  const deps = await workerDeps({
    now: () => new Date(2026, 10, 27, 10),
    grants: async () => ({ matches: ["https://apps.availity.com/*"], tabs: {} })
  })
  db = deps.db
  const d = deps.d
  const capture = structuredClone(listFixtures().find((f) => f.name === "01-claim-status-results")!.expected) as Capture
  ok(await handleMessage({ type: "capture/submit", capture }, { id: EXT, url: capture.url, tab: { id: 1 } }, d))
  const before = ok(await handleMessage({ type: "overview/get", limit: FIRST_ROWS }, popup, d))
  ok(await handleMessage({ type: "claim/resolve", key: before.overview.denials[0].key, reason: "appealed" }, popup, d))
  const after = ok(await handleMessage({ type: "overview/get", limit: FIRST_ROWS }, popup, d))
  return [before, after]
}

function deferred() {
  let resolve!: (value: unknown) => void
  const promise = new Promise<unknown>((r) => (resolve = r))
  return { promise, resolve }
}
const settle = () => new Promise((r) => setTimeout(r, 0))

function watch(reply: Promise<unknown>, kept: Promise<unknown>) {
  const first = firstAnswers(reply, kept, TODAY)
  const shown: OverviewResponse[] = []
  first.listen((answer) => shown.push(answer))
  return { first, shown }
}

describe("the popup's first answer", () => {
  it("shows the kept copy while the worker wakes, then the worker's answer", async () => {
    const [old, fresh] = await twoAnswers()
    const worker = deferred()
    const { first, shown } = watch(worker.promise, Promise.resolve({ day: TODAY, limit: FIRST_ROWS, answer: old }))
    await settle()
    expect(first.latest).toEqual(old)
    worker.resolve(fresh)
    await settle()
    expect(shown).toEqual([old, fresh])
    expect(first.latest).toEqual(fresh)
  })

  it("never lets the kept copy replace the worker's answer", async () => {
    const [old, fresh] = await twoAnswers()
    const kept = deferred()
    const { first, shown } = watch(Promise.resolve(fresh), kept.promise)
    await settle()
    kept.resolve({ day: TODAY, limit: FIRST_ROWS, answer: old })
    await settle()
    expect(shown).toEqual([fresh])
    expect(first.latest).toEqual(fresh)
  })

  it.each([
    ["from another day", (a: OverviewAnswer) => ({ day: "2026-11-26", limit: FIRST_ROWS, answer: a })],
    ["for another number of rows", (a: OverviewAnswer) => ({ day: TODAY, limit: FIRST_ROWS + 1, answer: a })],
    ["malformed", (a: OverviewAnswer) => ({ day: TODAY, limit: FIRST_ROWS, answer: { ...a, reminders: "none" } })],
    ["missing", () => undefined]
  ])("ignores a kept copy %s and has the worker asked at once", async (_, kept) => {
    const [old, fresh] = await twoAnswers()
    const worker = deferred()
    let released = 0
    const first = firstAnswers(worker.promise, Promise.resolve(kept(old)), TODAY, () => released++)
    const shown: OverviewResponse[] = []
    first.listen((answer) => shown.push(answer))
    await settle()
    expect(first.latest).toBeNull()
    expect(released).toBe(1)
    worker.resolve(fresh)
    await settle()
    expect(shown).toEqual([fresh])
  })

  it("says so when the worker does not answer, even after showing the kept copy", async () => {
    const [old] = await twoAnswers()
    const { shown } = watch(
      Promise.reject(new Error("no receiver")),
      Promise.resolve({ day: TODAY, limit: FIRST_ROWS, answer: old })
    )
    await settle()
    expect(shown).toEqual([old, { ok: false, error: "PayerLens's background worker did not answer." }])
  })
})
