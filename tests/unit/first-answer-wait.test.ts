// @vitest-environment happy-dom
// The popup renders its views once the first answer is in, or after a wait without one (then they say
// "Loading…"): a real React root over happy-dom, the hook as the shells use it.
import { checkReply } from "../../src/messages/send"
import { act, createElement } from "react"
import { createRoot } from "react-dom/client"
import { afterEach, describe, expect, it } from "vitest"
import { firstAnswers, useFirstAnswerIn, type FirstAnswers } from "../../src/ui/first-answer"
import type { OverviewResponse } from "../../src/messages/replies"

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const never = new Promise<unknown>(() => {})
const failure: OverviewResponse = { ok: false, error: "PayerLens's background worker did not answer." }
const noCheck = { kept: async () => null, reply: async (raw: unknown) => checkReply("overview/get", raw) }

function Shell({ first, waitMs }: { first: FirstAnswers; waitMs: number }) {
  return createElement("p", null, useFirstAnswerIn(first, waitMs) ? "views" : "waiting")
}

let container: HTMLElement
const mount = async (first: FirstAnswers, waitMs: number) => {
  container = document.createElement("div")
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => root.render(createElement(Shell, { first, waitMs })))
  return root
}
afterEach(() => container?.remove())

describe("the shells' wait for the first answer", () => {
  it("renders the views as soon as an answer comes", async () => {
    let answer!: (raw: unknown) => void
    const first = firstAnswers(
      new Promise((r) => (answer = r)),
      Promise.resolve(undefined),
      "2026-11-27",
      () => {},
      noCheck
    )
    const root = await mount(first, 10_000)
    expect(container.textContent).toBe("waiting")
    await act(async () => answer(failure))
    expect(container.textContent).toBe("views")
    root.unmount()
  })

  it("renders them after the wait when no answer comes", async () => {
    const first = firstAnswers(never, Promise.resolve(undefined), "2026-11-27", () => {}, noCheck)
    const root = await mount(first, 30)
    expect(container.textContent).toBe("waiting")
    await act(() => new Promise((r) => setTimeout(r, 60)))
    expect(container.textContent).toBe("views")
    root.unmount()
  })

  it("renders them at once when the answer is already in", async () => {
    const first = firstAnswers(Promise.resolve(failure), Promise.resolve(undefined), "2026-11-27", () => {}, noCheck)
    await new Promise((r) => setTimeout(r, 0))
    const root = await mount(first, 10_000)
    expect(container.textContent).toBe("views")
    root.unmount()
  })
})
