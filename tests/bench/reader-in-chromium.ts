// Reader speed in Debian Chromium: the same reader code the content script runs, bundled for the page.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { build } from "esbuild"
import { chromium } from "@playwright/test"
import { CHROMIUM } from "../e2e/harness"
import { listFixtures } from "../sandbox/pages"

export type Figure = { name: string; value: number; unit: string; budget: number }

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
  const header = "<tr><th>Patient Name</th><th>Member ID</th><th>Service Dates</th><th>Claim Number</th><th>Billed Amount</th><th>Paid Amount</th><th>Status</th></tr>"
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<tr><td>PATIENT, NUMBER${i}</td><td>XGH${100000 + i}</td><td>10/${String((i % 28) + 1).padStart(2, "0")}/2026</td><td>2026${String(i).padStart(6, "0")}AB</td><td>$180.00</td><td>$${i % 3 ? "112.40" : "0.00"}</td><td>${i % 3 ? "F1 Finalized/Payment" : "F2 Finalized/Denial - CO-197"}</td></tr>`
  ).join("")
  return `<!DOCTYPE html><html><head><style>td{padding:2px}</style></head><body><nav>Home · Claims</nav><table><thead>${header}</thead><tbody>${body}</tbody></table></body></html>`
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function readerFigures(): Promise<Figure[]> {
  const bundle = await readerBundle()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
  })
  try {
    const page = await browser.newPage()
    // Each pass starts cold, as after a single-page-app update: a class on <body> changes every cell's padding,
    // so innerText must redo style and layout and the reader must redo style. A pass is timed per run on the
    // big page; on the small fixture pages (below the timer's 0.1 ms resolution) whole loops of runs are timed.
    const measure = async (runs: number, perRun: boolean) => {
      await page.evaluate("globalThis.__name = (f) => f") // tsx names functions with a helper the page lacks
      return page.evaluate(
        ([n, each]) => {
          const url = "https://apps.availity.com/public/apps/claim-status/results"
          if (!document.getElementById("pl-bench")) {
            const style = document.createElement("style")
            style.id = "pl-bench"
            style.textContent = ".pl-bench td, .pl-bench th, .pl-bench div, .pl-bench span, .pl-bench dd { padding-right: 3px }"
            document.head.append(style)
          }
          const capture = (globalThis as any).__capturePage
          const timed = (work: () => unknown) => {
            const times: number[] = []
            let start = performance.now()
            for (let i = 0; i < n; i++) {
              document.body.classList.toggle("pl-bench")
              if (each) start = performance.now()
              work()
              if (each) times.push(performance.now() - start)
            }
            return each ? times : [performance.now() - start]
          }
          const inner = timed(() => document.body.innerText.length)
          let claims = 0
          const read = timed(() => (claims = capture(document, url).claims.length))
          return { read, inner, claims }
        },
        [runs, perRun] as const
      )
    }

    await page.setContent(claimListPage(1000))
    await page.addScriptTag({ content: bundle })
    const big = await measure(15, true)
    if (big.claims !== 1000) throw new Error(`bench page read ${big.claims} claims, expected 1000`)

    // cost relative to one innerText pass over the whole fixture corpus, compared as a whole
    let readTotal = 0
    let innerTotal = 0
    for (const f of listFixtures()) {
      await page.setContent(readFileSync(f.htmlPath, "utf8"))
      await page.addScriptTag({ content: bundle })
      await measure(5, false) // warm up
      const r = await measure(40, false)
      readTotal += r.read[0]
      innerTotal += r.inner[0]
    }
    const bigRatio = median(big.read) / median(big.inner)
    return [
      { name: "read-1000-row-claim-list", value: median(big.read), unit: "ms", budget: 50 },
      { name: "read-vs-innerText-1000-rows", value: bigRatio, unit: "x", budget: 1.5 },
      { name: "read-vs-innerText-fixture-corpus", value: readTotal / Math.max(innerTotal, 0.1), unit: "x", budget: 1.5 }
    ]
  } finally {
    await browser.close()
  }
}
