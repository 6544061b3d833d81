// npm run --silent scrub -- CAPTURES.json
// CAPTURES.json holds one capture-v1 document or an array of them. Prints { "findings": [...] } (contract:
// ../shared/contracts/coding.md). Bad input: exit 2, one line on stderr naming the problem, nothing on stdout.
// Messages never quote the file's contents: it holds patients' details.
import { readFileSync } from "node:fs"
import { Capture } from "../model/capture"
import { scrubCaptures } from "../coding/scrub"

function fail(message: string): number {
  process.stderr.write(`scrub: ${message.replace(/\s+/g, " ").trim()}\n`)
  return 2
}

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== "--")
  if (files.length !== 1 || files[0].startsWith("-"))
    return fail("usage: scrub CAPTURES.json (one capture-v1 document or an array of them)")
  const file = files[0]
  let text: string
  try {
    text = readFileSync(file, "utf8")
  } catch (error) {
    return fail(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(`${file} is not valid JSON`)
  }
  const documents = Array.isArray(data) ? data : [data]
  const captures: Capture[] = []
  for (const [i, doc] of documents.entries()) {
    const parsed = Capture.safeParse(doc)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = Array.isArray(data) ? `item ${i}` : "the document"
      const path = issue.path.length ? ` at ${issue.path.join(".")}` : ""
      return fail(`${file}: ${where} is not a capture-v1 document${path}: ${issue.message}`)
    }
    captures.push(parsed.data)
  }
  process.stdout.write(JSON.stringify({ findings: scrubCaptures(captures) }, null, 2) + "\n")
  return 0
}

process.exitCode = main(process.argv.slice(2))
