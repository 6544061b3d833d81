// npm run --silent extract -- PAGE.html --url https://the.portal/address
// Prints exactly one capture-v1 JSON document (contract: ../shared/contracts/README.md).
import { readFileSync } from "node:fs"
import { capturePage } from "../reader"
import { parseHtml } from "./dom"

function main(argv: string[]): number {
  let file: string | null = null
  let url: string | null = null
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--url") url = argv[++i] ?? null
    else if (argv[i].startsWith("--url=")) url = argv[i].slice(6)
    else if (!file) file = argv[i]
  }
  if (!file) {
    process.stderr.write("usage: extract PAGE.html --url URL\n")
    return 2
  }
  let html: string
  try {
    html = readFileSync(file, "utf8")
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable"
    process.stderr.write(`extract: cannot read ${file} (${code})\n`)
    return 2
  }
  const pageUrl = url ?? "about:blank"
  const { document, close } = parseHtml(html, pageUrl)
  try {
    const capture = capturePage(document, pageUrl)
    if (!url) capture.warnings.push("no --url given: adapters could not be chosen by address")
    process.stdout.write(JSON.stringify(capture, null, 2) + "\n")
  } finally {
    close()
  }
  return 0
}

process.exitCode = main(process.argv.slice(2))
