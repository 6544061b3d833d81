// The 835 parser's budgets: a 5,000-claim file of about 5 MB parsed in ≤ 1 s (median of 7 runs, and the slowest
// run beside it as the spread), and the parser's own bundle (src/era minified, gzip) ≤ 40 KB.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import { parseEra } from "../../src/era"
import { bigFile, writeSynthFile } from "../tools/era-synth"
import { figure, line as figureLine, type Figure } from "./figures"

const ROOT = join(import.meta.dirname, "..", "..")
const RUNS = 7

async function bundleGzipKb(): Promise<number> {
  const out = await build({
    entryPoints: [join(ROOT, "src", "era", "index.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent"
  })
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length / 1024
}

function parseTimes(): { mb: number; claims: number; times: number[] } {
  const dir = mkdtempSync(join(tmpdir(), "era-bench-"))
  try {
    const { path, bytes } = writeSynthFile(dir, bigFile(5000))
    const text = readFileSync(path, "utf8")
    let claims = 0
    for (let i = 0; i < 2; i++) parseEra(text, "bench.835") // warm the JIT, as a page that imports several files is
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now()
      claims = parseEra(text, "bench.835").capture.claims.length
      times.push(performance.now() - t)
    }
    return { mb: bytes / 1024 / 1024, claims, times }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `npm run bench` (group "era"): the parse as a median of 7 runs with its spread, and the bundle. */
export async function eraFigures(): Promise<Figure[]> {
  const { mb, claims, times } = parseTimes()
  if (claims !== 5000) throw new Error(`the ERA benchmark read ${claims} claims, not 5000`)
  return [
    figure(`era-parse-${claims}-claims-${mb.toFixed(1)}MB`, times, "ms", 1000),
    { name: "era-parser-bundle-gzip", value: await bundleGzipKb(), unit: "KB", budget: 40 }
  ]
}

if (process.argv[1] && import.meta.filename === process.argv[1])
  for (const f of await eraFigures()) console.log(figureLine(f))
