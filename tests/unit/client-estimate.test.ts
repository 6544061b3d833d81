import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import {
  DISPUTE_THRESHOLD_CENTS,
  ESTIMATE_WORDS,
  GFE_REQUIRED_ELEMENTS,
  addMonths,
  buildEstimate,
  parseEstimateInput,
  sessionsInPeriod,
  type EstimateInput
} from "../../src/client/estimate"
import { renderEstimatePdf } from "../../src/client/estimate-pdf"

const ROOT = join(import.meta.dirname, "..", "..")
const TTF = join(ROOT, "node_modules", "dejavu-fonts-ttf", "ttf")
const fonts = {
  regular: readFileSync(join(TTF, "DejaVuSans.ttf")),
  bold: readFileSync(join(TTF, "DejaVuSans-Bold.ttf"))
}
const sample = () => JSON.parse(readFileSync(join(ROOT, "tests/fixtures/superbill/estimate.json"), "utf8"))

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise
  const texts: string[] = []
  for (let n = 1; n <= doc.numPages; n++)
    texts.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" "))
  await doc.destroy()
  return texts.join(" ").replace(/\s+/g, " ")
}

function parsed(data: unknown): EstimateInput {
  const r = parseEstimateInput(data)
  if (!r.ok) throw new Error(r.error)
  return r.value
}

describe("good-faith estimate totals", () => {
  it("each line is sessions × fee; the total is their sum; a dispute is possible from total + $400", () => {
    const e = buildEstimate(parsed(sample()), { lang: "en", issued: "2026-12-15" })
    expect(e.lines.map((l) => [l.code, l.sessions, l.feeCents, l.totalCents])).toEqual([
      ["90791", 1, 22000, 22000],
      ["90837", 25, 18000, 450000],
      ["96127", 6, 1500, 9000]
    ])
    expect(e.totalCents).toBe(481000)
    expect(e.disputeFromCents).toBe(481000 + DISPUTE_THRESHOLD_CENTS)
    expect(e.dispute[0]).toContain("a bill of $5,210.00 or more")
    expect(e.lines[1].service).toBe("Individual psychotherapy, 60 minutes (53 or more)")
    expect(e.lines[2].service).toBe("GAD-7 questionnaire, once a month")
    expect(e.lines.every((l) => l.diagnoses === "F41.1")).toBe(true)
  })

  it("a modifier shows on the code; a service's own diagnoses replace the estimate's", () => {
    const input = sample()
    input.services = [{ code: "90834", modifiers: ["95"], sessions: 10, feeCents: 15000, diagnoses: ["F43.23"] }]
    const e = buildEstimate(parsed(input), { lang: "es", issued: "2026-12-15" })
    expect(e.lines[0]).toMatchObject({
      code: "90834-95",
      diagnoses: "F43.23",
      totalCents: 150000,
      service: "Psicoterapia individual, unos 45 minutos (38–52)"
    })
    expect(e.diagnoses.map((d) => d.code)).toEqual(["F41.1", "F43.23"])
  })

  it("the period: at most 12 months, and not backwards", () => {
    const input = sample()
    expect(parseEstimateInput({ ...input, period: { from: "2027-01-01", to: "2027-12-31" } }).ok).toBe(true)
    expect(parseEstimateInput({ ...input, period: { from: "2027-01-01", to: "2028-01-01" } })).toEqual({
      ok: false,
      error: "period.to: one estimate covers at most 12 months: issue a new one for the next period"
    })
    expect(parseEstimateInput({ ...input, period: { from: "2027-03-01", to: "2027-02-01" } })).toEqual({
      ok: false,
      error: "period.to: the period ends before it starts"
    })
    expect(parseEstimateInput({ ...input, locations: [{ place: "Office", state: "Oregon" }] })).toEqual({
      ok: false,
      error: "locations[0].state: state is 2 letters (e.g. OR)"
    })
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28")
    expect(addMonths("2027-01-01", 12)).toBe("2028-01-01")
    expect(sessionsInPeriod("2027-01-01", "2027-12-31", 7)).toBe(53)
    expect(sessionsInPeriod("2027-01-01", "2027-06-30", 14)).toBe(13)
  })
})

describe("good-faith estimate PDF: the required elements as text", () => {
  it("English: every element of 45 CFR 149.610(c)(1) is on the page", async () => {
    const input = sample()
    const text = await pdfText(
      await renderEstimatePdf(parsed(input), fonts, { lang: "en", paper: "letter", issued: "2026-12-15" })
    )
    const found: Record<string, boolean> = {
      c1i: text.includes("Jordan Reyes") && text.includes("07/22/1995"),
      c1ii:
        text.includes("Weekly individual psychotherapy, 60-minute sessions") &&
        text.includes("First scheduled session 01/06/2027"),
      c1iii:
        text.includes("90791 Diagnostic evaluation (first assessment)") && text.includes("96127 GAD-7 questionnaire"),
      c1iv: text.includes("F41.1 25 $180.00 $4,500.00") && text.includes("F41.1 Generalized anxiety disorder"),
      c1v: ["1234567893", "93-4417820", "Dana Whitfield", "1245319599", "Portland (OR)", "client at home (OR)"].every(
        (t) => text.includes(t)
      ),
      c1vi: text.includes("Psychological testing, if recommended after the first assessment"),
      c1vii: text.includes(
        "You will get a separate Good Faith Estimate when it is scheduled, or sooner if you ask us for one."
      ),
      c1viii: text.includes("Your provider may recommend other services as part of your care."),
      c1ix: text.includes("This is only an estimate") && text.includes("may differ"),
      c1x:
        text.includes("at least $400 more than this estimate") &&
        text.includes("www.cms.gov/nosurprises") &&
        text.includes("will not affect the quality of the care"),
      c1xi: text.includes("This estimate is not a contract.")
    }
    expect(Object.keys(found).sort()).toEqual(GFE_REQUIRED_ELEMENTS.map((e) => e.id).sort())
    for (const [id, ok] of Object.entries(found)) expect(ok, id).toBe(true)
    expect(text).toContain("Total expected charges: $4,810.00")
    expect(text).toContain("a bill of $5,210.00 or more")
    expect(text).toContain("Period covered 01/01/2027 – 06/30/2027")
    expect(text).toContain("within 120 calendar days")
  })

  it("Spanish: the headings, disclaimers and the right to dispute, with the same figures", async () => {
    const text = await pdfText(
      await renderEstimatePdf(parsed(sample()), fonts, { lang: "es", paper: "a4", issued: "2026-12-15" })
    )
    const w = ESTIMATE_WORDS.es
    for (const heading of [w.title, ...Object.values(w.headings), ...Object.values(w.columns)])
      expect(text).toContain(heading)
    for (const d of Object.values(w.disclaimers)) expect(text).toContain(d.slice(0, 60))
    expect(text).toContain("Total de cargos previstos: $4,810.00")
    expect(text).toContain("al menos $400 más que esta estimación")
    expect(text).toContain("una factura de $5,210.00 o más")
    for (const english of Object.values(ESTIMATE_WORDS.en.headings)) expect(text).not.toContain(english)
  })
})
