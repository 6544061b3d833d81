// npm run --silent code -- --minutes 55 [--service KIND] [--with-em] [--interactive-complexity]
//                          [--telehealth video|audio] [--client-location home|other] [--payer medicare|medicaid|commercial]
// Prints one JSON document: the codes for the session (contract: ../shared/contracts/coding.md). Bad input: exit 2,
// one line on stderr, nothing on stdout.
import { parseArgs } from "node:util"
import { codeSession, parseSession } from "../coding/session"

const OPTIONS = {
  minutes: { type: "string" },
  service: { type: "string" },
  "with-em": { type: "boolean" },
  "interactive-complexity": { type: "boolean" },
  telehealth: { type: "string" },
  "client-location": { type: "string" },
  payer: { type: "string" }
} as const

function fail(message: string): number {
  process.stderr.write(`code: ${message.replace(/\s+/g, " ").trim()}\n`)
  return 2
}

function main(argv: string[]): number {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"]
  try {
    // "--minutes -5" would read as a missing value: join it so the number check below names the real problem
    const args = argv.map((a, i) => (argv[i - 1] === "--minutes" && /^-\d/.test(a) ? `--minutes=${a}` : a))
    const joined = args.filter((a, i) => !(a === "--minutes" && args[i + 1]?.startsWith("--minutes=")))
    values = parseArgs({
      args: joined,
      options: OPTIONS,
      strict: true,
      allowPositionals: false
    }).values
  } catch (error) {
    return fail((error as Error).message)
  }
  let minutes: number | null = null
  if (values.minutes !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(values.minutes.trim()))
      return fail(`--minutes must be a number of minutes, 0 or more (got "${values.minutes}")`)
    minutes = Number(values.minutes)
  }
  const parsed = parseSession({
    minutes,
    service: values.service ?? "psychotherapy",
    withEm: values["with-em"] ?? false,
    interactiveComplexity: values["interactive-complexity"] ?? false,
    telehealth: values.telehealth ?? null,
    clientLocation: values["client-location"] ?? null,
    payer: values.payer ?? "commercial"
  })
  if (!parsed.ok) return fail(parsed.error)
  process.stdout.write(JSON.stringify(codeSession(parsed.input), null, 2) + "\n")
  return 0
}

process.exitCode = main(process.argv.slice(2))
