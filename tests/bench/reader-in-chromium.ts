// Reader speed in Debian Chromium: the same reader code the content script runs, bundled for the page, against
// innerText on the same page in the same browser, the two alternating block by block (ABBA, so neither always goes
// first). Each run starts cold, as after a single-page-app update: a class on <body> changes every cell's padding,
// so innerText must redo style and layout and the reader must redo style.
// Times are the page's main-thread CPU time (thread-time.ts), wall time beside them. On this shared 2-CPU machine
// other work kept both CPUs 90–95% busy for hours; then the wall time of a 1000-row read ran 47–114 ms against
// 36–41 ms of CPU, and the fixture corpus read 1.5–1.95x innerText by the wall clock against 1.30–1.40x by the
// CPU clock. The wall clock's extra is waiting for a CPU, and for V8's background compiler: starved of a CPU,
// it leaves the reader (JavaScript) in slower tiers longer while innerText (C++) does not care; with V8's
// compiler held on the main thread (--js-flags=--single-threaded) the corpus read 1.68x by CPU time, the figure a
// full run once printed. So: CPU time, ratios, and 5 warm-up pairs per page before the recorded ones.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { build } from "esbuild"
import { chromium, type Page } from "@playwright/test"
import { CHROMIUM } from "../e2e/harness"
import { listFixtures } from "../sandbox/pages"
import { digits, figure, median, type Figure } from "./figures"
import { startTrace } from "./thread-time"

const READ_URL = "https://apps.availity.com/public/apps/claim-status/results"

async function readerBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { capturePage } from "./src/reader"; (globalThis as any).__capturePage = capturePage`,
      resolveDir: join(import.meta.dirname, "..", ".."),
      loader: "ts"
    },
    bundle: true,
    format: "iife",
    write: false,
    minify: true,
    target: "chrome120"
  })
  return out.outputFiles[0].text
}

function claimListPage(rows: number): string {
  const header =
    "<tr><th>Patient Name</th><th>Member ID</th><th>Service Dates</th><th>Claim Number</th><th>Billed Amount</th>" +
    "<th>Paid Amount</th><th>Status</th></tr>"
  const row = (i: number) =>
    `<tr><td>PATIENT, NUMBER${i}</td><td>XGH${100000 + i}</td><td>10/${String((i % 28) + 1).padStart(2, "0")}/2026</td>` +
    `<td>2026${String(i).padStart(6, "0")}AB</td><td>$180.00</td><td>$${i % 3 ? "112.40" : "0.00"}</td>` +
    `<td>${i % 3 ? "F1 Finalized/Payment" : "F2 Finalized/Denial - CO-197"}</td></tr>`
  const body = Array.from({ length: rows }, (_, i) => row(i)).join("")
  return (
    "<!DOCTYPE html><html><head><style>td{padding:2px}</style></head><body><nav>Home · Claims</nav>" +
    `<table><thead>${header}</thead><tbody>${body}</tbody></table></body></html>`
  )
}

/** The page's set-up: the reader, a rule that the class toggle switches, and one function that runs a block of
 * `n` cold runs of innerText ("inner") or of the reader ("read") between two marks the trace times (the small
 * fixture pages take less than the page clock's 0.1 ms resolution per run). */
async function prepare(page: Page, html: string, bundle: string): Promise<void> {
  await page.setContent(html)
  await page.addScriptTag({ content: bundle })
  await page.addScriptTag({
    content: `(() => {
      const style = document.createElement("style")
      style.textContent = ".pl-bench td, .pl-bench th, .pl-bench div, .pl-bench span, .pl-bench dd { padding-right: 3px }"
      document.head.append(style)
      globalThis.__block = (label, what, n) => {
        const work = what === "inner" ? () => document.body.innerText.length : () => globalThis.__capturePage(document, ${JSON.stringify(READ_URL)})
        let out
        performance.mark(label + ":start")
        for (let i = 0; i < n; i++) {
          document.body.classList.toggle("pl-bench")
          out = work()
        }
        performance.mark(label + ":end")
        performance.clearMarks()
        return what === "read" ? out.claims.length : 0
      }
    })()`
  })
}

type Runs = { read: string[]; inner: string[]; claims: number }
let blocks = 0

/** `pairs` alternating pairs of blocks (ABBA), after `warm` unrecorded pairs that let the JIT settle; returns the
 * blocks' trace labels. */
async function alternate(page: Page, pairs: number, warm: number, n: number): Promise<Runs> {
  const out: Runs = { read: [], inner: [], claims: 0 }
  const block = async (what: "inner" | "read", record: boolean) => {
    const label = `pl-${++blocks}`
    const claims = await page.evaluate(([l, w, k]) => (globalThis as any).__block(l, w, k), [label, what, n] as const)
    if (what === "read") out.claims = claims
    if (record) out[what].push(label)
  }
  for (let i = 0; i < warm + pairs; i++) {
    const order = i % 2 ? (["read", "inner"] as const) : (["inner", "read"] as const)
    for (const what of order) await block(what, i >= warm)
  }
  return out
}

type Clock = "cpu" | "wall"

export async function readerFigures(): Promise<Figure[]> {
  const bundle = await readerBundle()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  })
  try {
    const page = await browser.newPage()
    const stopTrace = await startTrace(await page.context().newCDPSession(page))
    await prepare(page, claimListPage(1000), bundle)
    const big = await alternate(page, 11, 3, 1)
    if (big.claims !== 1000) throw new Error(`bench page read ${big.claims} claims, expected 1000`)

    // the whole fixture corpus against innerText over the same pages: per repetition, the sum over the pages
    const fixtures = listFixtures()
    const reps = 7
    const corpus: Runs[] = []
    for (const f of fixtures) {
      await prepare(page, readFileSync(f.htmlPath, "utf8"), bundle)
      corpus.push(await alternate(page, reps, 5, 20))
    }
    const span = await stopTrace()
    const ms = (labels: string[], clock: Clock = "cpu") => labels.map((l) => span(l)[clock])
    const bigRead = ms(big.read)
    const bigInner = ms(big.inner)
    const sum = (what: "read" | "inner", clock: Clock = "cpu") =>
      Array.from({ length: reps }, (_, i) => corpus.reduce((total, r) => total + span(r[what][i])[clock], 0))
    const readSum = sum("read")
    const innerSum = sum("inner")
    const wallRatio = median(sum("read", "wall").map((r, i) => r / sum("inner", "wall")[i]))
    const clockNote = "main-thread CPU time"
    return [
      figure(
        "read-1000-row-claim-list",
        bigRead,
        "ms",
        50,
        `${clockNote}; innerText ${digits(median(bigInner))} ms; wall: read ${digits(median(ms(big.read, "wall")))} ms, innerText ${digits(median(ms(big.inner, "wall")))} ms`
      ),
      figure(
        "read-vs-innerText-1000-rows",
        bigRead.map((r, i) => r / bigInner[i]),
        "x",
        1.5,
        `${clockNote}, pairs alternating`
      ),
      figure(
        "read-vs-innerText-fixture-corpus",
        readSum.map((r, i) => r / innerSum[i]),
        "x",
        1.5,
        `${clockNote} over ${fixtures.length} pages, 20 cold runs a block: read ${digits(median(readSum))} ms, innerText ${digits(median(innerSum))} ms; by wall time ${digits(wallRatio)}x`
      )
    ]
  } finally {
    await browser.close()
  }
}
