import { readFileSync } from "node:fs"
import { parseHtml } from "/work/main/src/cli/dom"
import { findPairs } from "/work/main/src/reader/pairs"
import { Visibility } from "/work/main/src/reader/visible"
import { BASE } from "/work/main/src/reader/vocabulary"
const { document } = parseHtml(readFileSync(process.argv[2], "utf8"), "https://x.example/")
for (const p of findPairs(document, new Visibility(), BASE)) console.log(p.key, "|", p.label, "|", p.value, "|", p.el.tagName)
