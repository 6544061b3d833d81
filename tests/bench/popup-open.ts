// The toolbar popup with a large practice stored (10,000 claims, 2,000 authorizations): time from opening the
// popup to its first view with data on screen, in Debian Chromium with the built extension.
// The popup is the real one, opened on a portal tab as a click on PayerLens's icon opens it (Extensions.triggerAction;
// popup.html loaded in a tab instead pays for a cross-process navigation from about:blank that the toolbar popup
// does not, about 70 ms here). The records are restored from a backup, as a practice moving computers would; then
// the popup is opened a second apart (a biller does not open it faster), first with the worker awake (it keeps the
// records in memory), then with the worker stopped before each open, as Chrome stops it after 30 s idle — the usual
// case for a popup opened between sessions. Chrome then starts a new extension process for the popup. The same
// two opens of a blank popup (the built extension with a one-line popup script) are measured as the floor no
// extension goes under on this machine.
// "From opening" counts from the popup page's navigation start (Chromium creating the page, loading and compiling
// the script, the answer, React's render); "from script start" counts from PayerLens's first line
// (src/ui/first-ask.ts) to the first view with data.
import type { Page } from "@playwright/test"
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { EXTENSION_DIR, launchWithExtension, type Harness } from "../e2e/harness"
import { openRealPopup } from "../e2e/real-popup"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { practice } from "./reminders"
import { median, type Figure } from "./reader-in-chromium"

type Timing = { fromOpening: number; fromScript: number }

const TIMES = `(() => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime
  return { ready: mark("payerlens-ready"), script: mark("payerlens-script"), rows: document.querySelectorAll("[data-testid=denial-row]").length }
})()`

async function openTimes(h: Harness, tab: Page, times: number, expectRows: boolean, workerAsleep = false): Promise<Timing[]> {
  const out: Timing[] = []
  const devtools = await h.context.newCDPSession(tab)
  await devtools.send("ServiceWorker.enable" as never)
  const tabHost = new URL(tab.url()).host
  for (let i = 0; i < times; i++) {
    await new Promise((r) => setTimeout(r, 1000))
    if (workerAsleep) {
      await devtools.send("ServiceWorker.stopAllWorkers" as never)
      await new Promise((r) => setTimeout(r, 500))
    }
    const popup = await openRealPopup(h, tabHost)
    let t: { ready?: number; script: number; rows: number } | undefined
    for (let wait = 0; wait < 300 && t?.ready === undefined; wait++) {
      if (wait) await new Promise((r) => setTimeout(r, 50))
      t = await popup.evaluate(TIMES)
    }
    await popup.close()
    if (!t || t.ready === undefined) throw new Error("the popup showed no data within 15 s")
    if (expectRows && t.rows === 0) throw new Error("the popup's Today view showed no denials")
    out.push({ fromOpening: t.ready, fromScript: t.ready - t.script })
  }
  await devtools.detach()
  return out
}

const BLANK_POPUP = `performance.mark("payerlens-script"); document.body.append("PayerLens");
requestAnimationFrame(() => setTimeout(() => performance.mark("payerlens-ready")))`

/** The built extension with a blank popup: a text node, marked ready once painted. */
function blankPopupExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), "payerlens-blank-"))
  cpSync(EXTENSION_DIR, dir, { recursive: true })
  for (const f of readdirSync(dir).filter((f) => /^popup\..*\.js$/.test(f))) writeFileSync(join(dir, f), BLANK_POPUP)
  return dir
}

async function onPortalTab(h: Harness): Promise<Page> {
  const tab = await h.context.newPage()
  await tab.goto("https://apps.availity.com/") // the sandbox portal's home; the popup needs a tab to open on
  return tab
}

export async function popupFigures(): Promise<Figure[]> {
  const figure = (name: string, times: number[]): Figure => ({ name, value: median(times), unit: "ms", budget: 150 })
  const blank = blankPopupExtension()
  const floor = await launchWithExtension({ extension: blank })
  let floorAwake: Timing[], floorAsleep: Timing[]
  try {
    const tab = await onPortalTab(floor)
    floorAwake = await openTimes(floor, tab, 5, false)
    floorAsleep = await openTimes(floor, tab, 5, false, true)
  } finally {
    await floor.close()
    rmSync(blank, { recursive: true, force: true })
  }
  const h = await launchWithExtension()
  try {
    const tab = await onPortalTab(h)
    const empty = await openTimes(h, tab, 5, false)
    const { auths, claims } = practice(2000, 10_000)
    const backup = { app: "PayerLens", version: 2, exportedAt: new Date().toISOString(), claims, authorizations: auths, history: [], reminders: [], settings: [{ key: "tracking", value: DEFAULT_SETTINGS }] }
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/options.html`)
    const reply = await options.evaluate((b) => (globalThis as any).chrome.runtime.sendMessage({ type: "data/import", backup: b }), backup)
    if (!reply?.ok) throw new Error(`the benchmark practice was not restored: ${reply?.error}`)
    await options.close()
    const awake = (await openTimes(h, tab, 9, true)).slice(1) // the first open after the restore fires its reminders
    const asleep = await openTimes(h, tab, 5, true, true)
    return [
      figure("popup-floor-blank-popup", floorAwake.map((t) => t.fromOpening)),
      figure("popup-floor-blank-popup-worker-asleep", floorAsleep.map((t) => t.fromOpening)),
      figure("popup-ready-from-opening-nothing-stored", empty.map((t) => t.fromOpening)),
      figure("popup-ready-from-opening-10k-claims-2k-auths", awake.map((t) => t.fromOpening)),
      figure("popup-ready-from-opening-10k-claims-2k-auths-worker-asleep", asleep.map((t) => t.fromOpening)),
      figure("popup-ready-from-script-start-10k-claims-2k-auths", awake.map((t) => t.fromScript)),
      figure("popup-ready-from-script-start-10k-claims-2k-auths-worker-asleep", asleep.map((t) => t.fromScript))
    ]
  } finally {
    await h.close()
  }
}
