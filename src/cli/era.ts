// npm run --silent era -- FILE.835
// Prints exactly one capture-v1 JSON document (contract: ../shared/contracts/README.md, "era"); a file that is not a
// 5010 835 exits 2 with one line on stderr naming what is wrong, and nothing on stdout.
import { readFileSync, statSync } from "node:fs"
import { basename } from "node:path"
import { checkEraSize, EraError, parseEra } from "../era"
import { Capture } from "../model/capture"

function fail(message: string): number {
  process.stderr.write(`era: ${message.replace(/\s+/g, " ")}\n`)
  return 2
}

export function main(argv: string[]): number {
  const files = argv.filter((a) => a !== "--")
  if (files.length !== 1) return fail("usage: npm run --silent era -- FILE.835")
  const file = files[0]
  const name = basename(file)
  let text: string
  try {
    const stat = statSync(file)
    if (!stat.isFile()) return fail(`${name}: not a file`)
    checkEraSize(stat.size)
    text = new TextDecoder("utf-8").decode(readFileSync(file))
  } catch (error) {
    if (error instanceof EraError) return fail(`${name}: ${error.message}`)
    return fail(`cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`)
  }
  try {
    const capture = Capture.parse(parseEra(text, name).capture)
    process.stdout.write(JSON.stringify(capture, null, 2) + "\n")
    return 0
  } catch (error) {
    if (error instanceof EraError) return fail(`${name}: ${error.message}`)
    // a capture that fails its own schema is our bug, not the file's: say so without echoing data
    return fail(`${name}: could not be read (${error instanceof Error ? error.name : "error"})`)
  }
}

process.exitCode = main(process.argv.slice(2))
