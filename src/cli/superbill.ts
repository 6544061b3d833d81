// npm run --silent superbill -- INPUT.json --out FILE.pdf [--lang en|es] [--paper letter|a4] [--issued YYYY-MM-DD]
// Writes one superbill PDF and prints nothing (contract: ../shared/contracts/superbill.md). Bad input exits 2
// with one line on stderr naming the field, and writes no file. The same code renders superbills in the extension.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { localDate } from "../dates/calendar"
import { isCalendarDate, LANGS, type Lang } from "../client/lang"
import { PAPERS, type Paper, type PdfFonts } from "../client/pdf"
import { parseSuperbillInput } from "../client/superbill"

const USAGE = "usage: superbill INPUT.json --out FILE.pdf [--lang en|es] [--paper letter|a4]"

class Bad extends Error {}

type Args = { input: string; out: string; lang: Lang; paper: Paper; issued: string }

function parseArgs(argv: string[]): Args {
  let input: string | null = null
  const opts: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const m = /^--(out|lang|paper|issued)(?:=(.*))?$/.exec(a)
    if (m) {
      const value = m[2] ?? argv[++i]
      if (value === undefined || value === "") throw new Bad(`--${m[1]}: a value is required`)
      opts[m[1]] = value
    } else if (a.startsWith("--")) throw new Bad(`${a}: unknown option (${USAGE})`)
    else if (input === null) input = a
    else throw new Bad(`${a}: only one INPUT.json (${USAGE})`)
  }
  if (!input) throw new Bad(USAGE)
  if (!opts.out) throw new Bad(`--out: required (${USAGE})`)
  const lang = opts.lang ?? "en"
  if (!(LANGS as readonly string[]).includes(lang)) throw new Bad(`--lang: must be en or es, not "${lang}"`)
  const paper = (opts.paper ?? "letter").toLowerCase()
  if (!(PAPERS as readonly string[]).includes(paper))
    throw new Bad(`--paper: must be letter or a4, not "${opts.paper}"`)
  const issued = opts.issued ?? localDate(new Date())
  if (!isCalendarDate(issued)) throw new Bad(`--issued: must be a date YYYY-MM-DD`)
  return { input, out: opts.out, lang: lang as Lang, paper: paper as Paper, issued }
}

function readFonts(): PdfFonts {
  const require = createRequire(import.meta.url)
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf")
  return { regular: readFileSync(join(dir, "DejaVuSans.ttf")), bold: readFileSync(join(dir, "DejaVuSans-Bold.ttf")) }
}

async function main(argv: string[]): Promise<number> {
  let args: Args
  let text: string
  try {
    args = parseArgs(argv)
    try {
      text = readFileSync(args.input, "utf8")
    } catch (error) {
      throw new Bad(`${args.input}: cannot read (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`)
    }
  } catch (error) {
    if (error instanceof Bad) return fail(error.message)
    throw error
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail(`${args.input}: not valid JSON`)
  }
  const parsed = parseSuperbillInput(data)
  if (!parsed.ok) return fail(parsed.error)
  // the renderer (pdf-lib, fontkit) loads only for good input: a bad one is answered at once
  const { renderSuperbillPdf } = await import("../client/superbill-pdf")
  const bytes = await renderSuperbillPdf(parsed.value, readFonts(), {
    lang: args.lang,
    paper: args.paper,
    issued: args.issued
  })
  // write beside the target, then rename: a failed write never leaves a partial PDF under the asked-for name
  const tmp = `${args.out}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, bytes)
    renameSync(tmp, args.out)
  } catch (error) {
    rmSync(tmp, { force: true })
    return fail(`--out: cannot write ${args.out} (${(error as NodeJS.ErrnoException).code ?? "error"})`)
  }
  return 0
}

function fail(line: string): number {
  process.stderr.write(`superbill: ${line.replace(/\s+/g, " ")}\n`)
  return 2
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  () => {
    // no details: the input may hold a client's name and diagnoses
    process.stderr.write("superbill: could not render the superbill\n")
    process.exitCode = 1
  }
)
