// npm run bench: one line per figure — `bench NAME: VALUE UNIT (budget LIMIT UNIT) ok|over` — then, in brackets,
// the number of runs the value is the median of, their spread, and what the figure is made of. A line per group
// says how busy other processes kept the machine meanwhile. One group alone: `npm run bench -- --only popup`
// (several: `--only reader,popup`); the groups are bundle, reader, reminders, popup, era, vault. `--baseline DIR` measures
// another build's popup (a copy of build/chrome-mv3-prod from before a change) in the same run, opens alternating.
import { readdirSync, readFileSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { line, type Figure } from "./figures"
import { watchContention } from "./contention"
import { readerFigures } from "./reader-in-chromium"
import { reminderFigures } from "./reminders"
import { popupFigures } from "./popup-open"
import { eraFigures } from "./era"
import { vaultFigures } from "./vault"
import { EXTENSION_DIR } from "../e2e/harness"

const gzipKB = (file: string, dir = EXTENSION_DIR) =>
  gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024

/** The script popup.html loads: what Chromium must fetch, parse and run before PayerLens's first line. Chunks
 * it loads later (import()) are not in it. */
function popupFirstScript(dir = EXTENSION_DIR): string {
  const html = readFileSync(join(dir, "popup.html"), "utf8")
  const src = /<script[^>]*\ssrc="\/?([^"]+)"/.exec(html)?.[1]
  if (!src) throw new Error("popup.html loads no script")
  return src
}

function bundleFigures(): Figure[] {
  const reader = readdirSync(EXTENSION_DIR).find((f) => /^portal-reader\..*\.js$/.test(f))
  if (!reader) throw new Error("no built content script: run npm run build first")
  const popup = popupFirstScript()
  return [
    { name: "content-script-gzip", value: gzipKB(reader), unit: "KB", budget: 60 },
    { name: "popup-first-script-gzip", value: gzipKB(popup), unit: "KB", budget: 70, note: popup },
    ...(values.baseline
      ? [
          {
            name: "popup-first-script-gzip-baseline",
            value: gzipKB(popupFirstScript(values.baseline), values.baseline),
            unit: "KB",
            budget: 70
          }
        ]
      : [])
  ]
}

const GROUPS: Record<string, () => Figure[] | Promise<Figure[]>> = {
  bundle: bundleFigures,
  reader: readerFigures,
  reminders: reminderFigures,
  popup: () => popupFigures(values.baseline),
  era: eraFigures,
  vault: vaultFigures
}

const { values } = parseArgs({ options: { only: { type: "string" }, baseline: { type: "string" } } })
const only = values.only?.split(",").map((g) => g.trim()) ?? Object.keys(GROUPS)
const unknown = only.filter((g) => !(g in GROUPS))
if (unknown.length) {
  console.error(`no bench group ${unknown.join(", ")}: the groups are ${Object.keys(GROUPS).join(", ")}`)
  process.exit(2)
}

let over = 0
for (const group of only) {
  const contention = watchContention()
  const figures = await GROUPS[group]()
  for (const f of figures) {
    if (f.value > f.budget) over++
    console.log(line(f))
  }
  const busy = contention()
  if (busy) console.log(`# ${group}: ${busy}`)
}
process.exitCode = over ? 1 : 0
