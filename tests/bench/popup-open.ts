// The popup with a large practice stored (10,000 claims, 2,000 authorizations): time from opening the popup
// (navigation start) to its first view with data on screen, in Debian Chromium with the built extension.
// The records are restored from a backup, as a practice moving computers would; then the popup is opened
// seven times, a second apart (a biller does not open it faster): the first open has the worker load the
// records from IndexedDB, the others find them in the worker's memory. The same popup with nothing stored
// is measured too, as the floor the data adds to. "From opening" counts from the popup's navigation start, so
// it includes the browser creating the page and loading and compiling the script (on this 2-CPU machine a blank
// extension page takes 80–200 ms to run a one-line script); "from script start" counts from PayerLens's first
// line (src/ui/boot-mark.ts) to the first view with data: module set-up, the worker's answer, React's render.
import { launchWithExtension, type Harness } from "../e2e/harness"
import { DEFAULT_SETTINGS } from "../../src/tracking/settings"
import { practice } from "./reminders"
import { median, type Figure } from "./reader-in-chromium"


type Timing = { fromOpening: number; fromScript: number }

async function openTimes(h: Harness, times: number, expectRows: boolean): Promise<Timing[]> {
  const out: Timing[] = []
  for (let i = 0; i < times; i++) {
    await new Promise((r) => setTimeout(r, 1000))
    const popup = await h.context.newPage()
    await popup.setViewportSize({ width: 420, height: 600 })
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`)
    await popup.waitForFunction(() => performance.getEntriesByName("payerlens-ready").length > 0, null, { timeout: 30_000 })
    const rows = await popup.locator("[data-testid=denial-row]").count()
    if (expectRows && (rows === 0 || rows > 60)) throw new Error(`expected a virtualised denial list, found ${rows} rows rendered`)
    const [ready, script] = await popup.evaluate(() => [performance.getEntriesByName("payerlens-ready")[0].startTime, performance.getEntriesByName("payerlens-script")[0].startTime])
    out.push({ fromOpening: ready, fromScript: ready - script })
    await popup.close()
  }
  return out
}

export async function popupFigures(): Promise<Figure[]> {
  const h = await launchWithExtension()
  try {
    const empty = await openTimes(h, 5, false)
    const { auths, claims } = practice(2000, 10_000)
    const backup = { app: "PayerLens", version: 2, exportedAt: new Date().toISOString(), claims, authorizations: auths, history: [], reminders: [], settings: [{ key: "tracking", value: DEFAULT_SETTINGS }] }
    const options = await h.context.newPage()
    await options.goto(`chrome-extension://${h.extensionId}/options.html`)
    const reply = await options.evaluate((b) => (globalThis as any).chrome.runtime.sendMessage({ type: "data/import", backup: b }), backup)
    if (!reply?.ok) throw new Error(`the benchmark practice was not restored: ${reply?.error}`)
    await options.close()
    const full = await openTimes(h, 7, true)
    const warm = full.slice(1)
    return [
      { name: "popup-ready-from-opening-nothing-stored", value: median(empty.map((t) => t.fromOpening)), unit: "ms", budget: 150 },
      { name: "popup-ready-from-opening-10k-claims-2k-auths-first-open", value: full[0].fromOpening, unit: "ms", budget: 150 },
      { name: "popup-ready-from-opening-10k-claims-2k-auths", value: median(warm.map((t) => t.fromOpening)), unit: "ms", budget: 150 },
      { name: "popup-ready-from-script-start-nothing-stored", value: median(empty.map((t) => t.fromScript)), unit: "ms", budget: 150 },
      { name: "popup-ready-from-script-start-10k-claims-2k-auths-first-open", value: full[0].fromScript, unit: "ms", budget: 150 },
      { name: "popup-ready-from-script-start-10k-claims-2k-auths", value: median(warm.map((t) => t.fromScript)), unit: "ms", budget: 150 }
    ]
  } finally {
    await h.close()
  }
}
