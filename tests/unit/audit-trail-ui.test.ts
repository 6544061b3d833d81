// @vitest-environment happy-dom
// Options' "Audit trail" over the worker's real audit/list answer (a verified chain, a broken one), and the popup's
// calendar button, disabled with its sentence until the user opts in. vitest here does not compile JSX (tsconfig
// keeps it for Plasmo), so the views are bundled with esbuild, React included, and the test drives that one React.
import { bundleViews } from "./bundle-views"
import type { act as Act, createElement as CreateElement } from "react"
import type { createRoot as CreateRoot, Root } from "react-dom/client"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import type { AuditTrail as AuditTrailView } from "../../options/AuditTrail"
import type { CalendarExport as CalendarExportView } from "../../src/ui/CalendarExport"
import type { FirstApiContext as FirstApiContextType } from "../../src/ui/use-api"
import type { firstViewCommitted as FirstViewCommitted } from "../../src/ui/first-paint"
import type { Api } from "../../src/ui/api"
import type { Send } from "../../src/messages/send"
import { checkReply } from "../../src/messages/send"
import { handleMessage } from "../../src/worker/dispatch"
import { POPUP_SENDER, workerDeps, type TestDeps } from "./helpers"

type Views = {
  act: typeof Act
  createElement: typeof CreateElement
  createRoot: typeof CreateRoot
  AuditTrail: typeof AuditTrailView
  CalendarExport: typeof CalendarExportView
  FirstApiContext: typeof FirstApiContextType
  firstViewCommitted: typeof FirstViewCommitted
}
let v: Views
let remove = () => {}
beforeAll(async () => {
  ;({ module: v, remove } = await bundleViews<Views>(
    "audit-ui",
    [
      'export { AuditTrail } from "./options/AuditTrail.tsx"',
      'export { CalendarExport } from "./src/ui/CalendarExport.tsx"',
      'export { FirstApiContext } from "./src/ui/use-api.ts"',
      'export { firstViewCommitted } from "./src/ui/first-paint.ts"',
      'export { act, createElement } from "react"',
      'export { createRoot } from "react-dom/client"'
    ],
    { stubPolyfill: true }
  ))
}, 60_000)
afterAll(() => remove())

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let host: HTMLDivElement
let root: Root
let made: TestDeps[] = []
beforeEach(() => {
  host = document.createElement("div")
  document.body.append(host)
  root = v.createRoot(host)
})
afterEach(async () => {
  v.act(() => root.unmount())
  host.remove()
  await Promise.all(made.map((d) => d.db.delete()))
  made = []
})

/** `send` over the worker's real handler and store. */
async function worker() {
  const { d } = await workerDeps({ now: () => new Date("2026-11-27T15:00:00Z") })
  made.push(d)
  const send: Send = async (type, body) => checkReply(type, await handleMessage({ ...body, type }, POPUP_SENDER, d))
  return { d, send }
}

const settle = async (check: () => void) => {
  for (let i = 0; i < 50; i++) {
    try {
      return check()
    } catch {
      await v.act(() => new Promise((r) => setTimeout(r, 10)))
    }
  }
  check()
}

const text = (selector: string) => [...host.querySelectorAll(selector)].map((el) => el.textContent?.trim())

describe("Audit trail (options)", () => {
  it("shows the entries newest first and says the chain is verified", async () => {
    const { d, send } = await worker()
    await d.store.audit.append("site-granted", new Date("2026-11-27T14:05:00Z"), { origin: "https://portal.example" })
    await d.store.audit.append("export", new Date("2026-11-27T14:10:00Z"), { claims: 12, authorizations: 3 })
    const n = (await d.store.audit.entries()).length
    await v.act(async () => root.render(v.createElement(v.AuditTrail, { send })))
    await settle(() => expect(text('[data-testid="audit-check"]')).toEqual([`Chain verified (${n} entries)`]))
    const rows = [...host.querySelectorAll('[data-testid="audit-row"]')].map((tr) =>
      [...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent)
    )
    expect(rows).toHaveLength(n)
    expect(rows.slice(0, 2)).toEqual([
      ["Backup exported", "claims: 12 · authorizations: 3"],
      ["Site access granted", "origin: https://portal.example"]
    ])
    expect(text("th")).toEqual(["When", "What", "Detail"])
  })

  it("says where the chain breaks when an entry was changed on disk", async () => {
    const { d, send } = await worker()
    await d.store.audit.append("settings-change", new Date("2026-11-27T14:05:00Z"))
    await d.store.audit.append("settings-change", new Date("2026-11-27T14:06:00Z"))
    const entries = await d.store.audit.entries()
    const changed = entries[entries.length - 2]
    await d.db.audit.put({ ...changed, at: "2026-11-01T09:00:00.000Z" })
    await v.act(async () => root.render(v.createElement(v.AuditTrail, { send })))
    await settle(() =>
      expect(text('[data-testid="audit-check"]')).toEqual([
        `Chain broken at entry ${changed.seq}: entry ${changed.seq} was changed after it was written (its hash differs)`
      ])
    )
  })
})

describe("calendar export button (popup)", () => {
  async function render(optedIn: boolean) {
    const { d, send } = await worker()
    const settings = await send("settings/get", {})
    if (!settings.ok) throw new Error(settings.error)
    if (optedIn)
      await send("settings/save", {
        tracking: { ...settings.tracking, calendarOptIn: true },
        practice: settings.practice
      })
    const exports: number[] = []
    const api = { settings: () => send("settings/get", {}) } as unknown as Api
    await v.act(async () =>
      root.render(
        v.createElement(
          v.FirstApiContext.Provider,
          { value: api },
          v.createElement(v.CalendarExport, { onExport: () => exports.push(1) })
        )
      )
    )
    v.firstViewCommitted()
    const button = () => [...host.querySelectorAll("button")].find((b) => b.textContent?.includes(".ics"))!
    return { d, exports, button }
  }

  it("is disabled with a sentence saying why until the user opts in", async () => {
    const { button, exports } = await render(false)
    await settle(() => expect(host.querySelector('[data-testid="calendar-off"]')?.textContent).toMatch(/off/))
    expect(button().disabled).toBe(true)
    expect(button().getAttribute("aria-describedby")).toBe("calendar-off")
    expect(host.querySelector('[data-testid="calendar-off"]')!.textContent).toContain(
      "Turn on “Export upcoming dates to a calendar” in PayerLens options"
    )
    v.act(() => button().click())
    expect(exports).toEqual([])
  })

  it("exports once the user opted in", async () => {
    const { button, exports } = await render(true)
    await settle(() => expect(button().disabled).toBe(false))
    expect(host.querySelector('[data-testid="calendar-off"]')).toBeNull()
    v.act(() => button().click())
    expect(exports).toEqual([1])
  })
})
