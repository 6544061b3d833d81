import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import {
  buildSuperbill,
  parseSuperbillInput,
  pointerLetter,
  sessionsFromClaims,
  type SuperbillInput
} from "../../src/client/superbill"
import { renderSuperbillPdf } from "../../src/client/superbill-pdf"
import { Capture } from "../../src/model/capture"

const ROOT = join(import.meta.dirname, "..", "..")
const TTF = join(ROOT, "node_modules", "dejavu-fonts-ttf", "ttf")
const fonts = {
  regular: readFileSync(join(TTF, "DejaVuSans.ttf")),
  bold: readFileSync(join(TTF, "DejaVuSans-Bold.ttf"))
}
const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, "tests/fixtures/superbill", name), "utf8"))

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; size: [number, number]; text: string }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise
  const texts: string[] = []
  let size: [number, number] = [0, 0]
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    if (n === 1) size = [Math.round(page.view[2]), Math.round(page.view[3])]
    texts.push((await page.getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" "))
  }
  await doc.destroy()
  return { pages: doc.numPages, size, text: texts.join("\n").replace(/\s+/g, " ") }
}

function parsed(data: unknown): SuperbillInput {
  const r = parseSuperbillInput(data)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`
const dollars = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`

describe("superbill input (contract shape, checked with zod)", () => {
  it("accepts the contract's example shape; optional parts may be absent; codes normalised", () => {
    const v = parsed(fixture("minimal.json"))
    expect(v.provider).toBeUndefined()
    expect(v.sessions[0].diagnoses).toEqual(["F43.10"])
    expect(parsed(fixture("full.json")).sessions).toHaveLength(6)
  })

  it("names the field of the first problem in one line", () => {
    const good = fixture("full.json")
    const cases: [unknown, string][] = [
      [{ ...good, practice: undefined }, "practice: required"],
      [{ ...good, practice: { ...good.practice, npi: "12345" } }, "practice.npi: NPI is 10 digits"],
      [
        { ...good, client: { ...good.client, dateOfBirth: "03/14/1988" } },
        "client.dateOfBirth: date must be YYYY-MM-DD"
      ],
      [{ ...good, client: { ...good.client, dateOfBirth: "1988-02-30" } }, "client.dateOfBirth: not a calendar date"],
      [{ ...good, sessions: [{ ...good.sessions[0], date: undefined }] }, "sessions[0].date: required"],
      [
        { ...good, sessions: [good.sessions[0], { ...good.sessions[1], code: undefined }] },
        "sessions[1].code: required"
      ],
      [{ ...good, sessions: [{ ...good.sessions[0], code: "" }] }, "sessions[0].code: required"],
      [
        { ...good, sessions: [{ ...good.sessions[0], diagnoses: ["F41.1", "41.1"] }] },
        "sessions[0].diagnoses[1]: not an ICD-10-CM code (e.g. F41.1)"
      ],
      [
        { ...good, sessions: [{ ...good.sessions[0], feeCents: 180.5 }] },
        "sessions[0].feeCents: money must be whole cents"
      ],
      [{ ...good, sessions: [] }, "sessions: at least one session"],
      [{ ...good, client: { ...good.client, ssn: "000-00-0000" } }, "client.ssn: unknown field"],
      [[], "input: expected object, received array"]
    ]
    for (const [data, line] of cases) expect(parseSuperbillInput(data)).toEqual({ ok: false, error: line })
  })
})

describe("superbill content", () => {
  it("letters each diagnosis once in order of first use and points every session at its letters", () => {
    const bill = buildSuperbill(parsed(fixture("full.json")), { lang: "en", issued: "2026-11-28" })
    expect(bill.diagnoses).toEqual([
      { letter: "A", code: "F41.1", description: "Generalized anxiety disorder" },
      { letter: "B", code: "F33.1", description: "Major depressive disorder, recurrent, moderate" },
      { letter: "C", code: "Z63.0", description: null }
    ])
    expect(bill.rows.map((r) => r.pointers)).toEqual(["A, B", "A, B", "A", "A, C", "B, C", "A"])
    expect(bill.totals).toEqual({ feesCents: 92000, paidCents: 76000, balanceCents: 16000 })
    expect([0, 1, 25, 26, 27].map(pointerLetter)).toEqual(["A", "B", "Z", "AA", "AB"])
  })

  it("sessions from captured claims: one per service line, fee from the line, client's payment left at 0", () => {
    const capture = Capture.parse(
      JSON.parse(readFileSync(join(ROOT, "tests/fixtures/pages/uhc/02-claim-detail.json"), "utf8"))
    )
    const sessions = sessionsFromClaims(capture.claims)
    const lines = capture.claims.flatMap((c) => c.lines)
    expect(sessions).toHaveLength(lines.length)
    expect(sessions.map((s) => s.code)).toEqual(lines.map((l) => l.procedureCode))
    expect(sessions.map((s) => s.feeCents)).toEqual(lines.map((l) => l.billedCents))
    expect(sessions.every((s) => s.paidCents === 0)).toBe(true)
    // the form's sessions are valid superbill sessions
    const base = fixture("minimal.json")
    expect(parseSuperbillInput({ ...base, sessions }).ok).toBe(true)
  })
})

describe("superbill PDF: the text read back holds every field the contract lists", () => {
  it("full input, US Letter", async () => {
    const input = fixture("full.json")
    const bytes = await renderSuperbillPdf(parsed(input), fonts, { lang: "en", paper: "letter", issued: "2026-11-28" })
    const { pages, size, text } = await pdfText(bytes)
    expect(size).toEqual([612, 792])
    expect(pages).toBe(1)
    const p = input.practice
    for (const field of [
      "Harbor Light Counseling, PLLC",
      "412 Alder Street, Suite 3",
      "Portland, OR 97205",
      p.phone,
      p.npi,
      p.taxId
    ])
      expect(text).toContain(field)
    const v = input.provider
    for (const field of [v.name, v.credentials, v.npi, v.license]) expect(text).toContain(field)
    const c = input.client
    for (const field of [c.name, us(c.dateOfBirth), c.address, c.insurer, c.memberId]) expect(text).toContain(field)
    // one row per session: date, code, modifiers, units, POS, pointers, fee, paid in reading order
    const letters: Record<string, string> = { "F41.1": "A", "F33.1": "B", "Z63.0": "C" }
    for (const s of input.sessions) {
      const row = [
        us(s.date),
        s.code,
        ...(s.modifiers ?? []),
        String(s.units ?? 1),
        s.placeOfService,
        s.diagnoses.map((d: string) => letters[d]).join(", "),
        dollars(s.feeCents),
        dollars(s.paidCents)
      ].join(" ")
      expect(text).toContain(row)
    }
    expect(text).toContain("A F41.1 Generalized anxiety disorder")
    expect(text).toContain("B F33.1 Major depressive disorder, recurrent, moderate")
    expect(text).toContain("C Z63.0")
    expect(text).toContain("Total fees $920.00")
    expect(text).toContain("Total paid $760.00")
    expect(text).toContain("Balance $160.00")
    expect(text).toContain("Date issued: 11/28/2026")
    expect(text).toContain("Provider signature")
    expect(bytes.length).toBeLessThan(60_000)
  })

  it("minimal input on A4: absent parts are left out, units default to 1", async () => {
    const input = fixture("minimal.json")
    const { size, text } = await pdfText(
      await renderSuperbillPdf(parsed(input), fonts, { lang: "en", paper: "a4", issued: "2026-11-28" })
    )
    expect(size).toEqual([595, 842])
    expect(text).not.toContain("Rendering provider")
    expect(text).not.toContain("Insurer")
    expect(text).toContain("10/07/2026 90834 1 A $140.00 $140.00")
    expect(text).toContain("A F43.10 Post-traumatic stress disorder, unspecified")
    expect(text).toContain("Balance $0.00")
  })

  it("many sessions flow onto more pages, with every row, page numbers and the table header again", async () => {
    const input = fixture("long.json")
    const { pages, text } = await pdfText(
      await renderSuperbillPdf(parsed(input), fonts, { lang: "en", paper: "letter", issued: "2026-11-28" })
    )
    expect(pages).toBe(2)
    for (const s of input.sessions) expect(text).toContain(`${us(s.date)} 90837 95 1 02`)
    expect(text).toContain("Page 2 of 2")
    expect(text.split("Date Code Modifiers Units POS Dx pointer Fee Paid").length - 1).toBe(2)
    const fees = input.sessions.reduce((n: number, s: { feeCents: number }) => n + s.feeCents, 0)
    const paid = input.sessions.reduce((n: number, s: { paidCents: number }) => n + s.paidCents, 0)
    expect(text).toContain(`Total fees ${dollars(fees)}`)
    expect(text).toContain(`Balance ${dollars(fees - paid)}`)
  })

  it("--lang es: Spanish headings, codes and names unchanged", async () => {
    const input = fixture("full.json")
    const { text } = await pdfText(
      await renderSuperbillPdf(parsed(input), fonts, { lang: "es", paper: "letter", issued: "2026-11-28" })
    )
    for (const heading of [
      "Factura detallada (superbill)",
      "Consulta",
      "Proveedor que prestó el servicio",
      "Cliente",
      "Servicios",
      "Diagnósticos (ICD-10-CM)",
      "Totales",
      "Fecha Código Modificadores Unidades Lugar Diagnóstico Tarifa Pagado",
      "Fecha de nacimiento",
      "Aseguradora",
      "Número de miembro",
      "Total de tarifas $920.00",
      "Total pagado $760.00",
      "Saldo $160.00",
      "Fecha de emisión: 11/28/2026",
      "Firma del proveedor"
    ])
      expect(text).toContain(heading)
    for (const english of ["Superbill ", "Total fees", "Date issued", "Provider signature", "Member ID"])
      expect(text).not.toContain(english)
    for (const kept of ["María José Núñez-Ortega", "90791", "F41.1", "Generalized anxiety disorder", "LCSW"])
      expect(text).toContain(kept)
  })
})
