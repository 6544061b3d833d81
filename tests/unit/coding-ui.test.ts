// @vitest-environment happy-dom
// The session coder and diagnosis search views: labelled fields, answers in a live region, "Copy as text".
// vitest here does not compile JSX (tsconfig keeps it for Plasmo), so the two views are bundled with esbuild, React
// included, and the test drives that one React.
import { bundleViews } from "./bundle-views"
import type { act as Act, createElement as CreateElement } from "react"
import type { createRoot as CreateRoot, Root } from "react-dom/client"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import type { DiagnosisSearch as DiagnosisSearchView } from "../../src/ui/DiagnosisSearch"
import type { SessionCoder as SessionCoderView } from "../../src/ui/SessionCoder"
import { sessionText } from "../../src/coding/text"
import { codeSession, DEFAULT_SESSION } from "../../src/coding/session"

type Views = {
  act: typeof Act
  createElement: typeof CreateElement
  createRoot: typeof CreateRoot
  SessionCoder: typeof SessionCoderView
  DiagnosisSearch: typeof DiagnosisSearchView
}
let act: Views["act"], createElement: Views["createElement"], createRoot: Views["createRoot"]
let SessionCoder: Views["SessionCoder"], DiagnosisSearch: Views["DiagnosisSearch"]
let remove = () => {}
beforeAll(async () => {
  const bundled = await bundleViews<Views>("coding-ui", [
    'export { SessionCoder } from "./src/ui/SessionCoder.tsx"',
    'export { DiagnosisSearch } from "./src/ui/DiagnosisSearch.tsx"',
    'export { act, createElement } from "react"',
    'export { createRoot } from "react-dom/client"'
  ])
  ;({ act, createElement, createRoot, SessionCoder, DiagnosisSearch } = bundled.module)
  remove = bundled.remove
}, 60_000)
afterAll(() => remove())

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let host: HTMLDivElement
let root: Root
let clipboard: string[]
beforeEach(() => {
  host = document.createElement("div")
  document.body.append(host)
  root = createRoot(host)
  clipboard = []
  Object.defineProperty(navigator, "clipboard", {
    value: { writeText: vi.fn(async (t: string) => void clipboard.push(t)) },
    configurable: true
  })
})
afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

const byTest = (id: string) => host.querySelector(`[data-testid="${id}"]`) as HTMLElement
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!
  act(() => {
    setter.call(input, value)
    input.dispatchEvent(new Event("input", { bubbles: true }))
  })
}
function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value
    select.dispatchEvent(new Event("change", { bubbles: true }))
  })
}
const click = (el: HTMLElement) => act(() => el.click())
/** Every input and select has a label that names it. */
function everyFieldLabelled() {
  for (const field of host.querySelectorAll("input, select")) {
    const labelled = field.id ? host.querySelector(`label[for="${field.id}"]`) : field.closest("label")
    expect(labelled?.textContent?.trim(), (field as HTMLInputElement).name || field.id).toBeTruthy()
  }
}

describe("SessionCoder", () => {
  it("codes as the minutes are typed, in a live region, with every field labelled", () => {
    act(() => root.render(createElement(SessionCoder)))
    everyFieldLabelled()
    const answer = byTest("coder-answer")
    expect(answer.getAttribute("aria-live")).toBe("polite")
    expect(answer.textContent).toMatch(/Enter the face-to-face minutes/)
    type(byTest("coder-minutes") as HTMLInputElement, "45")
    expect(byTest("coder-codes").textContent).toMatch(/90834 × 1/)
    type(byTest("coder-minutes") as HTMLInputElement, "53")
    expect(byTest("coder-codes").textContent).toMatch(/90837 × 1/)
  })

  it("video at home on a commercial plan: 95 and POS 10, with the plan-policy warning", () => {
    act(() => root.render(createElement(SessionCoder, { initial: { minutes: "55" } })))
    const video = host.querySelector('input[type="radio"][value="video"]') as HTMLInputElement
    click(video)
    expect(byTest("coder-codes").textContent).toMatch(/90837 × 1, modifier 95/)
    expect(byTest("coder-answer").textContent).toMatch(/Place of service: 10/)
    expect(byTest("coder-warnings").textContent).toMatch(/check the plan's policy/)
  })

  it("the E/M box is disabled for services without an add-on form, and gives add-on codes where it applies", () => {
    act(() => root.render(createElement(SessionCoder, { initial: { minutes: "40" } })))
    const em = byTest("coder-with-em") as HTMLInputElement
    click(em)
    expect(byTest("coder-codes").textContent).toMatch(/90836/)
    choose(byTest("coder-service") as HTMLSelectElement, "family-with-patient")
    expect(em.disabled).toBe(true)
    expect(byTest("coder-codes").textContent).toMatch(/90847/)
  })

  it("Copy as text copies the same answer the coder gives", async () => {
    act(() => root.render(createElement(SessionCoder, { initial: { minutes: "30", service: "crisis" } })))
    await act(async () => byTest("coder-copy").click())
    const expected = sessionText(
      { ...DEFAULT_SESSION, minutes: 30, service: "crisis" },
      codeSession({ ...DEFAULT_SESSION, minutes: 30, service: "crisis" })
    )
    expect(clipboard).toEqual([expected])
    expect(expected).toMatch(/90839 × 1/)
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/Copied/)
  })

  it("says what is wrong with minutes that are not a number", () => {
    act(() => root.render(createElement(SessionCoder)))
    type(byTest("coder-minutes") as HTMLInputElement, "-3")
    expect(byTest("coder-answer").textContent).toMatch(/Minutes must be a number, 0 or more/)
    expect((byTest("coder-copy") as HTMLButtonElement).disabled).toBe(true)
  })
})

describe("DiagnosisSearch", () => {
  it("finds a code by words and announces the count", () => {
    act(() => root.render(createElement(DiagnosisSearch)))
    everyFieldLabelled()
    type(byTest("diagnosis-query") as HTMLInputElement, "generalized anxiety")
    const rows = [...host.querySelectorAll('[data-testid="diagnosis-row"]')].map((r) => r.textContent)
    expect(rows[0]).toMatch(/F41\.1.*Generalized anxiety disorder/)
    expect(byTest("diagnosis-count").closest('[aria-live="polite"]')).not.toBeNull()
    expect(byTest("diagnosis-count").textContent).toMatch(/1 code found/)
  })

  it("a header says it is not billable and lists the billable codes under it", () => {
    act(() => root.render(createElement(DiagnosisSearch, { initialQuery: "F43.1" })))
    const header = [...host.querySelectorAll('[data-testid="diagnosis-row"]')].find(
      (r) => r.querySelector("code")?.textContent === "F43.1"
    )!
    expect(header.textContent).toMatch(/not billable/)
    expect([...header.querySelectorAll("ul li code")].map((c) => c.textContent)).toEqual(["F43.10", "F43.11", "F43.12"])
  })

  it("copies the results as text and lets the caller pick a code", async () => {
    const picked: string[] = []
    act(() =>
      root.render(createElement(DiagnosisSearch, { initialQuery: "F41", onPick: (c: string) => picked.push(c) }))
    )
    await act(async () => byTest("diagnosis-copy").click())
    expect(clipboard[0]).toMatch(/^F41\.0 /)
    expect(clipboard[0]).toMatch(/F41 category, not billable: use one of\n {2}F41\.0/)
    click(host.querySelector('button[aria-label="Use F41.1"]') as HTMLElement)
    expect(picked).toEqual(["F41.1"])
  })
})
