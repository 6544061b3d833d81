// npm run accuracy [-- --dir FOLDER]: the reader over a corpus of saved pages (FOLDER/<portal>/NN-name.html
// with NN-name.json), printing field accuracy, record recall and record precision per portal and overall.
import { readdirSync, readFileSync, existsSync } from "node:fs"
import { join, resolve } from "node:path"
import type { Capture } from "../../src/model/capture"
import { parseHtml } from "../../src/cli/dom"
import { capturePage } from "../../src/reader"
import { addScores, emptyScore, percent, scoreCapture, type Score } from "./score"

const dirArg = process.argv.indexOf("--dir")
const root = resolve(dirArg > 0 ? process.argv[dirArg + 1] : join(import.meta.dirname, "..", "fixtures", "pages"))
let total = emptyScore()
const rows: string[] = []
const misses: string[] = []
for (const portal of readdirSync(root).sort()) {
  let score: Score = emptyScore()
  let pages = 0
  for (const file of readdirSync(join(root, portal))
    .filter((f) => f.endsWith(".html"))
    .sort()) {
    const jsonPath = join(root, portal, file.replace(/\.html$/, ".json"))
    if (!existsSync(jsonPath)) continue
    const expected = JSON.parse(readFileSync(jsonPath, "utf8")) as Capture
    const { document, close } = parseHtml(readFileSync(join(root, portal, file), "utf8"), expected.url)
    const actual = capturePage(document, expected.url)
    close()
    const s = scoreCapture(expected, actual)
    if (s.fieldsRight < s.fieldsShown || s.matched < s.expected || s.found > s.matched) misses.push(`${portal}/${file}`)
    score = addScores(score, s)
    pages++
  }
  total = addScores(total, score)
  rows.push(line(portal, pages, score))
}
function line(name: string, pages: number | string, s: Score) {
  return `${name.padEnd(10)} pages ${String(pages).padStart(3)}  fields ${String(s.fieldsRight).padStart(5)}/${String(s.fieldsShown).padEnd(5)} accuracy ${percent(s.fieldsRight, s.fieldsShown).padStart(6)}  recall ${percent(s.matched, s.expected).padStart(6)}  precision ${percent(s.matched, s.found).padStart(6)}`
}
console.log(`corpus: ${root}`)
for (const r of rows) console.log(r)
console.log(line("overall", "", total))
if (misses.length) console.log(`pages with misses: ${misses.join(", ")}`)
