// The three client-document components render the pure modules' results (static markup: no browser needed).
// Vitest here does not compile TSX (tsconfig keeps `jsx: preserve` for Plasmo), so esbuild bundles the
// components with React into one module first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { build } from "esbuild"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Capture } from "../../src/model/capture"

const ROOT = join(import.meta.dirname, "..", "..")
const OUT = mkdtempSync(join(tmpdir(), "client-ui-"))
type Render = (name: "ClientStatement" | "SuperbillForm" | "EstimateForm", props: Record<string, unknown>) => string
let render: Render

beforeAll(async () => {
  const entry = `
    import { createElement } from "react"
    import { renderToStaticMarkup } from "react-dom/server"
    import { ClientStatement } from "./src/ui/ClientStatement"
    import { SuperbillForm } from "./src/ui/SuperbillForm"
    import { EstimateForm } from "./src/ui/EstimateForm"
    const components = { ClientStatement, SuperbillForm, EstimateForm }
    export const render = (name, props) => renderToStaticMarkup(createElement(components[name], props))
  `
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "tsx" },
    bundle: true,
    format: "esm",
    platform: "node",
    jsx: "automatic",
    write: false,
    logLevel: "silent"
  })
  const file = join(OUT, "components.mjs")
  writeFileSync(file, result.outputFiles[0].contents)
  render = (await import(pathToFileURL(file).href)).render
}, 60_000)
afterAll(() => rmSync(OUT, { recursive: true, force: true }))
const capture = (file: string) =>
  Capture.parse(JSON.parse(readFileSync(join(ROOT, "tests/fixtures/pages", file), "utf8")))
const noFonts = () => Promise.reject(new Error("not in this test"))
const practice = {
  name: "Harbor Light Counseling, PLLC",
  address: "412 Alder Street, Portland, OR 97205",
  phone: "(503) 555-0142",
  npi: "1234567893",
  taxId: "93-4417820"
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")

describe("ClientStatement", () => {
  // UHC claim detail: billed $175.00, CO-45 $26.88, PR-3 $25.00, CO-97 $25.00, paid $98.12
  const claim = capture("uhc/02-claim-detail.json").claims[0]

  it("shows the parts, their total equal to the billed amount, and what the client owes", () => {
    const html = render("ClientStatement", { claim, loadFonts: noFonts, practice: { name: practice.name } })
    const t = text(html)
    expect(t).toContain("Amount billed by the practice $175.00")
    expect(t).toContain("Paid by your plan Your plan paid the practice $98.12. $98.12")
    expect(t).toContain("Your copay (PR-3)")
    expect(t).toContain("Total (equals the amount billed) $175.00")
    expect(t).toContain("You owe $25.00 for this visit.")
    for (const label of ["Copy", "Print", "Save as PDF"]) expect(html).toContain(`>${label}</button>`)
    expect(html).toContain('<caption class="visually-hidden">How the amount billed was split</caption>')
  })

  it("in Spanish: lang attribute and Spanish headings", () => {
    const html = render("ClientStatement", { claim, loadFonts: noFonts, initialLang: "es" })
    expect(html).toContain('<div lang="es">')
    const t = text(html)
    for (const h of [
      "Su visita y su factura, explicadas",
      "Cómo se dividió la cantidad facturada",
      "Lo que usted debe ahora",
      "Su copago (PR-3)",
      "Usted debe $25.00 por esta visita."
    ])
      expect(t).toContain(h)
  })
})

describe("SuperbillForm", () => {
  it("starts from the client's captured sessions, every field labelled, totals shown", () => {
    const claims = capture("uhc/02-claim-detail.json").claims
    const html = render("SuperbillForm", {
      practice,
      providers: [{ name: "Dana Whitfield", credentials: "LCSW", npi: "1245319599" }],
      client: { name: "Ana Rivera", dateOfBirth: "1990-01-02" },
      claims,
      fees: { "90837": 18000 },
      today: "2026-11-28",
      loadFonts: noFonts
    })
    const lines = claims.flatMap((c) => c.lines)
    const fees = lines.reduce((n, l) => n + (l.billedCents ?? 0), 0)
    expect(text(html)).toContain(`Total fees $${(fees / 100).toFixed(2)} · total paid $0.00`)
    expect((html.match(/type="checkbox"/g) ?? []).length).toBe(lines.length)
    // every input has a label: by a <label for> or an aria-label
    const ids = [...html.matchAll(/<input[^>]*id="([^"]+)"/g)].map((m) => m[1])
    for (const inputId of ids) expect(html).toContain(`for="${inputId}"`)
    for (const m of html.matchAll(/<input(?![^>]*\bid=)[^>]*>/g)) {
      const before = html.slice(0, m.index)
      const insideLabel = before.lastIndexOf("<label") > before.lastIndexOf("</label>")
      expect(insideLabel || /aria-label="[^"]+"/.test(m[0]), m[0]).toBe(true)
    }
    expect(html).toContain(">Save superbill PDF</button>")
  })
})

describe("EstimateForm", () => {
  it("starts with weekly sessions over six months at the fee list's price, and the dispute threshold", () => {
    const html = render("EstimateForm", {
      practice,
      providers: [],
      fees: { "90791": 22000, "90837": 18000 },
      state: "OR",
      today: "2027-01-01",
      loadFonts: noFonts
    })
    // 2027-01-01 … 2027-06-30 weekly: 26 sessions × $180.00
    expect(text(html)).toContain("Total estimate $4,680.00")
    expect(text(html)).toContain("dispute a bill of $5,080.00 or more")
    expect(html).toContain('value="26"')
    const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]*id="([^"]+)"/g)].map((m) => m[1])
    for (const inputId of ids) expect(html).toContain(`for="${inputId}"`)
  })
})
