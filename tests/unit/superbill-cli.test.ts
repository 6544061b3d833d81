import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const ROOT = join(import.meta.dirname, "..", "..")
const DIR = mkdtempSync(join(tmpdir(), "superbill-cli-"))
afterAll(() => rmSync(DIR, { recursive: true, force: true }))

type Run = { status: number | null; stdout: string; stderr: string }

/** The contract's own command: npm run --silent superbill -- … */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", "superbill", "--", ...args], { cwd: ROOT })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("close", (status) => resolve({ status, stdout, stderr }))
  })
}

async function pdfText(file: string): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    useSystemFonts: false,
    isEvalSupported: false
  }).promise
  const texts: string[] = []
  for (let n = 1; n <= doc.numPages; n++)
    texts.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" "))
  await doc.destroy()
  return texts.join(" ").replace(/\s+/g, " ")
}

const full = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/superbill/full.json"), "utf8"))
const input = (name: string, data: unknown) => {
  const file = join(DIR, name)
  writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data))
  return file
}

describe("superbill command line (contract)", () => {
  it("writes one PDF, prints nothing, exit 0; --lang es writes Spanish headings", async () => {
    const en = join(DIR, "en.pdf")
    const es = join(DIR, "es.pdf")
    const [a, b] = await Promise.all([
      run(["tests/fixtures/superbill/full.json", "--out", en]),
      run(["tests/fixtures/superbill/full.json", "--out", es, "--lang", "es", "--paper", "a4"])
    ])
    for (const r of [a, b]) expect(r).toEqual({ status: 0, stdout: "", stderr: "" })
    expect(readFileSync(en).subarray(0, 5).toString()).toBe("%PDF-")
    const enText = await pdfText(en)
    for (const field of [
      "Harbor Light Counseling, PLLC",
      "1234567893",
      "93-4417820",
      "Dana Whitfield",
      "María José Núñez-Ortega",
      "03/14/1988",
      "W284401937",
      "09/09/2026 90837 95 1 10 A, B $180.00 $180.00",
      "Balance $160.00",
      "Provider signature"
    ])
      expect(enText).toContain(field)
    const esText = await pdfText(es)
    expect(esText).toContain("Factura detallada (superbill)")
    expect(esText).toContain("Saldo $160.00")
    expect(esText).not.toContain("Provider signature")
  }, 120_000)

  it("bad input exits 2 with one line on stderr naming the field, prints nothing and writes no file", async () => {
    const cases: [string[], RegExp][] = [
      [[join(DIR, "no-such.json")], /no-such\.json: cannot read \(ENOENT\)/],
      [[input("not-json.json", "{ practice: ")], /not valid JSON/],
      [
        [input("shape.json", { ...full, practice: { ...full.practice, taxId: undefined } })],
        /practice\.taxId: required/
      ],
      [
        [input("dx.json", { ...full, sessions: [{ ...full.sessions[0], diagnoses: ["GAD"] }] })],
        /sessions\[0\]\.diagnoses\[0\]: not an ICD-10-CM code/
      ],
      [
        [input("no-date.json", { ...full, sessions: [full.sessions[0], { ...full.sessions[1], date: undefined }] })],
        /sessions\[1\]\.date: required/
      ],
      [
        [input("no-code.json", { ...full, sessions: [{ ...full.sessions[0], code: undefined }] })],
        /sessions\[0\]\.code: required/
      ],
      [["tests/fixtures/superbill/full.json", "--lang", "fr"], /--lang: must be en or es/]
    ]
    const outs = cases.map((_, i) => join(DIR, `bad-${i}.pdf`))
    const results: Run[] = []
    // two at a time: each run starts npm and tsx
    for (let i = 0; i < cases.length; i += 2)
      results.push(
        ...(await Promise.all(cases.slice(i, i + 2).map(([args], j) => run([...args, "--out", outs[i + j]]))))
      )
    results.forEach((r, i) => {
      expect(r.status, cases[i][0].join(" ")).toBe(2)
      expect(r.stdout).toBe("")
      const lines = r.stderr.trimEnd().split("\n")
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(cases[i][1])
      expect(existsSync(outs[i])).toBe(false)
    })
  }, 180_000)

  it("no --out: exit 2 with one line, nothing written", async () => {
    const r = await run(["tests/fixtures/superbill/minimal.json"])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(r.stderr).toMatch(/--out: required/)
  }, 60_000)
})
