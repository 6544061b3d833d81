// The toolbar popup with a large practice stored (10,000 claims, 2,000 authorizations): time from opening the
// popup to its first view with data on screen, in Debian Chromium with the built extension, against its floor.
// The popup is the real one, opened on a portal tab as a click on PayerLens's icon opens it (Extensions.triggerAction;
// popup.html loaded in a tab instead pays for a cross-process navigation from about:blank that the toolbar popup
// does not, about 70 ms here). The records are restored from a backup, as a practice moving computers would.
// The floor is the same built extension with a one-line popup script (a text node, marked ready once painted): no
// extension's popup shows sooner on the machine at that moment. Both extensions run side by side in two Chromiums
// and their popups open in turn, a second apart (a biller does not open it faster), blank and PayerLens
// alternating (ABBA), so a busy moment of the machine falls on both: the figure is PayerLens's time minus the blank
// popup's, pair by pair. First with the worker awake (it keeps the records in memory), then with both extensions'
// workers stopped before each open, as Chrome stops them after 30 s idle — the usual case for a popup opened
// between sessions; Chrome then starts a new extension process for the popup.
// "From opening" counts from the popup page's navigation start (Chromium creating the page, loading and compiling
// the script, the answer, React's render); "from script start" counts from PayerLens's first line
// (src/ui/first-ask.ts) to the first view with data.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { EXTENSION_DIR, launchWithExtension, TEST_PASSPHRASE, type Harness } from "../e2e/harness"
import { encryptBackup } from "../../src/crypto/backup"
import { toBase64Url } from "../../src/crypto/bytes"
import { openRealPopup } from "../e2e/real-popup"
import { practice } from "./reminders"
import { digits, figure, median, type Figure } from "./figures"

/** `codes`: when the first row's codes showed (they come in a chunk loaded after the first view), if they did
 * within a second */
type Timing = { fromOpening: number; fromScript: number; codes?: number }

const TIMES = `(() => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime
  return { ready: mark("payerlens-ready"), script: mark("payerlens-script"), codes: mark("payerlens-codes"), rows: document.querySelectorAll("[data-testid=denial-row]").length }
})()`

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Opener = { open: (workerAsleep: boolean, expectRows: boolean) => Promise<Timing>; close: () => Promise<void> }

/** Opens one extension's real popup on its portal tab, again and again. */
async function opener(h: Harness, name: string): Promise<Opener> {
  const tab = await h.context.newPage()
  await tab.goto("https://apps.availity.com/") // the sandbox portal's home; the popup needs a tab to open on
  const devtools = await h.context.newCDPSession(tab)
  await devtools.send("ServiceWorker.enable" as never)
  const tabHost = new URL(tab.url()).host
  return {
    async open(workerAsleep, expectRows) {
      if (workerAsleep) {
        await devtools.send("ServiceWorker.stopAllWorkers" as never)
        await pause(500)
      }
      const popup = await openRealPopup(h, tabHost)
      let t: { ready?: number; script: number; codes?: number; rows: number } | undefined
      for (let wait = 0; wait < 300 && t?.ready === undefined; wait++) {
        if (wait) await pause(50)
        t = await popup.evaluate(TIMES)
      }
      for (let wait = 0; expectRows && wait < 20 && t?.ready !== undefined && t.codes === undefined; wait++) {
        await pause(50)
        t = await popup.evaluate(TIMES)
      }
      const text =
        t?.ready === undefined || (expectRows && t.rows === 0)
          ? await popup.evaluate<string>("document.body.innerText")
          : ""
      await popup.close()
      if (!t || t.ready === undefined)
        throw new Error(`${name}: the popup showed no data within 15 s: ${text.slice(0, 300)}`)
      if (expectRows && t.rows === 0)
        throw new Error(`${name}: the popup's Today view showed no denials: ${text.slice(0, 300)}`)
      return { fromOpening: t.ready, fromScript: t.ready - t.script, codes: t.codes }
    },
    close: () => devtools.detach()
  }
}

const BLANK_POPUP = `performance.mark("payerlens-script"); document.body.append("PayerLens");
requestAnimationFrame(() => setTimeout(() => performance.mark("payerlens-ready")))`

/** Whether `dir` holds a whole build: the manifest, and every file popup.html names. */
function wholeBuild(dir: string): boolean {
  if (!existsSync(join(dir, "manifest.json")) || !existsSync(join(dir, "popup.html"))) return false
  const html = readFileSync(join(dir, "popup.html"), "utf8")
  return [...html.matchAll(/(?:src|href)="\/?([^"]+)"/g)].every((m) => existsSync(join(dir, m[1])))
}

/** A copy of the built extension (another build may replace build/ while the bench runs: the machine is shared;
 * a copy taken mid-build is taken again), and a second copy with a blank popup. */
async function extensionCopies(): Promise<{ ours: string; blank: string; remove: () => void }> {
  const root = mkdtempSync(join(tmpdir(), "payerlens-bench-"))
  const ours = join(root, "payerlens")
  const blank = join(root, "blank")
  for (let attempt = 0; ; attempt++) {
    rmSync(ours, { recursive: true, force: true })
    try {
      cpSync(EXTENSION_DIR, ours, { recursive: true })
    } catch {
      // a file went away while it was copied
    }
    if (wholeBuild(ours)) break
    if (attempt === 60) throw new Error(`no whole build in ${EXTENSION_DIR}: run npm run build`)
    await pause(2000)
  }
  cpSync(ours, blank, { recursive: true })
  for (const f of readdirSync(blank).filter((f) => /^popup\..*\.js$/.test(f)))
    writeFileSync(join(blank, f), BLANK_POPUP)
  return { ours, blank, remove: () => rmSync(root, { recursive: true, force: true }) }
}

type Runs = Timing[]

/** `n` rounds: each opens every contestant's popup once, a second apart, in turn — forward in even rounds, backward
 * in odd ones (ABBA), so neither always follows the other. */
async function alternate(openers: Opener[], n: number, workerAsleep: boolean, expectRows: boolean): Promise<Runs[]> {
  const out: Runs[] = openers.map(() => [])
  for (let i = 0; i < n; i++) {
    const order = openers.map((_, j) => j)
    if (i % 2) order.reverse()
    for (const j of order) {
      await pause(1000)
      out[j].push(await openers[j].open(workerAsleep, expectRows && j > 0))
    }
  }
  return out
}

const spread = (xs: number[]) => `${digits(median(xs))} ms (${digits(Math.min(...xs))}–${digits(Math.max(...xs))})`

/** PayerLens's time from opening minus the blank popup's of the same round. */
function aboveFloor(name: string, ours: Runs, blank: Runs): Figure {
  const a = ours.map((t) => t.fromOpening)
  const b = blank.map((t) => t.fromOpening)
  const codes = ours.flatMap((t) => (t.codes === undefined ? [] : [t.codes - t.fromOpening]))
  const later = codes.length ? `; the first row's codes ${spread(codes)} after the view` : ""
  const start = (runs: Runs) => digits(median(runs.map((t) => t.fromOpening - t.fromScript)))
  const scripts = `; first line run at ${start(ours)} ms (blank ${start(blank)} ms)`
  const note = `opens alternating; from opening: this build ${spread(a)}, blank popup ${spread(b)}${scripts}${later}`
  return figure(
    name,
    a.map((t, i) => t - b[i]),
    "ms",
    40,
    note
  )
}

/** Restores an encrypted backup file (base64url) protected by the harness's passphrase. */
async function restore(h: Harness, backup: string): Promise<void> {
  const options = await h.context.newPage()
  await options.goto(`chrome-extension://${h.extensionId}/options.html`)
  const reply = await options.evaluate(
    ([b, passphrase]) => (globalThis as any).chrome.runtime.sendMessage({ type: "data/import", backup: b, passphrase }),
    [backup, TEST_PASSPHRASE]
  )
  if (!reply?.ok) throw new Error(`the benchmark practice was not restored: ${reply?.error}`)
  await options.close()
}

/** `baseline`: another build of PayerLens (a copy of build/chrome-mv3-prod from before a change) to measure in the
 * same run, its opens alternating with the others; its figures carry the suffix "-baseline". */
export async function popupFigures(baseline?: string): Promise<Figure[]> {
  const copies = await extensionCopies()
  const harnesses: Harness[] = []
  try {
    for (const extension of [copies.blank, copies.ours, ...(baseline ? [baseline] : [])])
      harnesses.push(await launchWithExtension({ extension, setUp: extension !== copies.blank }))
    const openers = await Promise.all(harnesses.map((h, i) => opener(h, ["blank popup", "PayerLens", "baseline"][i])))
    const empty = await alternate(openers, 5, false, false)
    const { auths, claims } = practice(2000, 10_000)
    const backup = toBase64Url(
      await encryptBackup(
        {
          app: "PayerLens",
          version: 2,
          exportedAt: new Date().toISOString(),
          claims,
          authorizations: auths,
          history: [],
          reminders: [],
          settings: [] // each build its own defaults (a baseline build may know other settings)
        },
        TEST_PASSPHRASE
      )
    )
    for (const [i, h] of harnesses.entries()) {
      if (i === 0) continue
      await restore(h, backup)
      await openers[i].open(false, true) // the first open after the restore fires its reminders
    }
    const awake = await alternate(openers, 15, false, true)
    const asleep = await alternate(openers, 15, true, true)
    const fromScript = (name: string, runs: Runs) =>
      figure(
        name,
        runs.map((t) => t.fromScript),
        "ms",
        150
      )
    return openers.slice(1).flatMap((_, k) => {
      const i = k + 1
      const suffix = i === 2 ? "-baseline" : ""
      return [
        aboveFloor(`popup-above-floor-nothing-stored${suffix}`, empty[i], empty[0]),
        aboveFloor(`popup-above-floor-10k-claims-2k-auths${suffix}`, awake[i], awake[0]),
        aboveFloor(`popup-above-floor-10k-claims-2k-auths-worker-asleep${suffix}`, asleep[i], asleep[0]),
        fromScript(`popup-ready-from-script-start-10k-claims-2k-auths${suffix}`, awake[i]),
        fromScript(`popup-ready-from-script-start-10k-claims-2k-auths-worker-asleep${suffix}`, asleep[i])
      ]
    })
  } finally {
    for (const h of harnesses) await h.close()
    copies.remove()
  }
}
