// npm run bench: one line per figure — `bench NAME: VALUE UNIT (budget LIMIT) ok|over`.
import { readdirSync, readFileSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { join } from "node:path"
import { readerFigures, type Figure } from "./reader-in-chromium"
import { reminderFigures } from "./reminders"
import { popupFigures } from "./popup-open"

const EXT = join(import.meta.dirname, "..", "..", "build", "chrome-mv3-prod")

function bundleFigures(): Figure[] {
  const files = readdirSync(EXT).filter((f) => /^portal-reader\..*\.js$/.test(f))
  if (files.length === 0) throw new Error("no built content script: run npm run build first")
  const gz = gzipSync(readFileSync(join(EXT, files[0])), { level: 9 }).length
  return [{ name: "content-script-gzip", value: gz / 1024, unit: "KB", budget: 60 }]
}

const figures: Figure[] = [...bundleFigures(), ...(await readerFigures()), ...reminderFigures(), ...(await popupFigures())]
let over = 0
for (const f of figures) {
  const ok = f.value <= f.budget
  if (!ok) over++
  console.log(`bench ${f.name}: ${f.value.toFixed(f.value < 10 ? 2 : 1)} ${f.unit} (budget ${f.budget} ${f.unit}) ${ok ? "ok" : "over"}`)
}
process.exitCode = over ? 1 : 0
