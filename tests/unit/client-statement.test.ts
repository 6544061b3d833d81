import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Capture, Claim, type Adjustment, type ClaimLine } from "../../src/model/capture"
import { classifyClaimStatus } from "../../src/model/claim-status"
import {
  CLIENT_PARTS,
  STATEMENT_WORDS,
  explainClaim,
  statementText,
  type ClientStatement
} from "../../src/client/statement"
import { LAY_CARC_CODES, LAY_RARC_CODES, hasLayCarc, hasLayRarc, layCarc, layRarc } from "../../src/client/lay-codes"
import { renderStatementPdf } from "../../src/client/statement-pdf"
import { centsFromText } from "../../src/client/lang"

const ROOT = join(import.meta.dirname, "..", "..")
const TTF = join(ROOT, "node_modules", "dejavu-fonts-ttf", "ttf")
const fonts = {
  regular: readFileSync(join(TTF, "DejaVuSans.ttf")),
  bold: readFileSync(join(TTF, "DejaVuSans-Bold.ttf"))
}

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise
  const texts: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    texts.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "))
  }
  await doc.destroy()
  return { pages: doc.numPages, text: texts.join("\n").replace(/\s+/g, " ") }
}

const adj = (group: Adjustment["group"], reason: string, amountCents: number | null): Adjustment => ({
  group,
  reason,
  amountCents
})

function line(
  procedureCode: string,
  billedCents: number,
  paidCents: number,
  adjustments: Adjustment[],
  remarkCodes: string[] = []
): ClaimLine {
  return {
    procedureCode,
    modifiers: [],
    units: 1,
    serviceDate: "2026-10-07",
    billedCents,
    paidCents,
    adjustments,
    remarkCodes
  }
}

/** A processed claim as the ERA import or a portal page gives it; status by the contract's rule. */
function claim(c: Partial<Claim> & Pick<Claim, "billedCents" | "paidCents">): Claim {
  const base: Claim = {
    claimNumber: "2630791",
    payer: "Aetna",
    patient: { name: "RIVERA, ANA", memberId: "W118822001", dateOfBirth: null },
    serviceFrom: "2026-10-07",
    serviceTo: "2026-10-07",
    status: "unknown",
    statusText: "Processed as primary",
    allowedCents: null,
    patientResponsibilityCents: null,
    receivedDate: null,
    processedDate: "2026-10-21",
    paymentDate: "2026-10-23",
    checkNumber: "EFT0091822",
    adjustments: [],
    remarkCodes: [],
    diagnosisCodes: ["F41.1"],
    lines: [],
    ...c
  }
  const all = [...base.adjustments, ...base.lines.flatMap((l) => l.adjustments)]
  const status =
    c.status ??
    classifyClaimStatus({
      text: "Finalized",
      paidCents: base.paidCents,
      patientResponsibilityCents: base.patientResponsibilityCents,
      adjustments: all
    })
  return Claim.parse({ ...base, status, statusText: c.statusText ?? base.statusText })
}

const byKind = (s: ClientStatement) => Object.fromEntries(s.parts.map((p) => [p.kind, p.cents]))
const partsSum = (s: ClientStatement) => s.parts.reduce((n, p) => n + p.cents, 0)
const owedParts = (s: ClientStatement) =>
  s.parts.filter((p) => CLIENT_PARTS.includes(p.kind)).reduce((n, p) => n + p.cents, 0)

describe("client statement arithmetic: the parts add up to the billed amount", () => {
  it("deductible only: the plan allowed $160, all of it to the deductible, paid nothing", () => {
    const c = claim({
      billedCents: 25000,
      paidCents: 0,
      patientResponsibilityCents: 16000,
      allowedCents: 16000,
      lines: [line("90791", 25000, 0, [adj("CO", "45", 9000), adj("PR", "1", 16000)])]
    })
    expect(c.status).toBe("paid")
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ contractual: 9000, paid: 0, deductible: 16000 })
    expect(partsSum(s)).toBe(25000)
    expect(s.totalCents).toBe(c.billedCents)
    expect(s.reconciled).toBe(true)
    expect(s.owesCents).toBe(16000)
    expect(s.allowedCents).toBe(16000)
    expect(s.allowedCalculated).toBe(false)
    expect(s.owesSentence).toBe("You owe $160.00 for this visit.")
    expect(s.parts.find((p) => p.kind === "paid")?.sentence).toBe("Your plan paid nothing for this visit.")
    expect(s.notes).toEqual([])
  })

  it("coinsurance: the allowed amount is calculated from paid + the client's share when the plan does not show it", () => {
    const c = claim({
      billedCents: 15000,
      paidCents: 8000,
      lines: [line("90834", 15000, 8000, [adj("CO", "45", 5000), adj("PR", "2", 2000)])]
    })
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ contractual: 5000, paid: 8000, coinsurance: 2000 })
    expect(partsSum(s)).toBe(15000)
    expect(s.allowedCents).toBe(10000)
    expect(s.allowedCalculated).toBe(true)
    expect(s.owesCents).toBe(2000)
    expect(s.parts.find((p) => p.kind === "coinsurance")?.codes).toEqual(["PR-2"])
  })

  it("copay, with the copay already collected at the session", () => {
    const c = claim({
      billedCents: 18000,
      paidCents: 9500,
      patientResponsibilityCents: 2500,
      allowedCents: 12000,
      lines: [line("90837", 18000, 9500, [adj("CO", "45", 6000), adj("PR", "3", 2500)])]
    })
    const s = explainClaim(c, { lang: "en", alreadyPaidCents: 2500 })
    expect(byKind(s)).toEqual({ contractual: 6000, paid: 9500, copay: 2500 })
    expect(partsSum(s)).toBe(18000)
    expect(s.owesCents).toBe(0)
    expect(s.owesSentence).toBe("Your share is $25.00. You already paid $25.00, so you owe $0.00 now.")
  })

  it("mixed: deductible on one line, coinsurance and copay on others, a Medicare-style sequestration write-off", () => {
    const c = claim({
      billedCents: 51000,
      paidCents: 20011,
      lines: [
        line("90791", 25000, 0, [adj("CO", "45", 9000), adj("PR", "1", 16000)]),
        line("90837", 18000, 14189, [adj("CO", "45", 2000), adj("CO", "253", 311), adj("PR", "2", 1500)]),
        line("90785", 8000, 5822, [adj("CO", "45", 178), adj("PR", "3", 2000)])
      ]
    })
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ contractual: 11489, paid: 20011, deductible: 16000, coinsurance: 1500, copay: 2000 })
    expect(partsSum(s)).toBe(51000)
    expect(s.reconciled).toBe(true)
    expect(s.owesCents).toBe(19500)
    expect(owedParts(s)).toBe(19500)
    expect(s.allowedCents).toBe(20011 + 19500)
    expect(s.parts.find((p) => p.kind === "contractual")?.codes).toEqual(["CO-45", "CO-253"])
  })

  it("partially denied: the denied line is the practice's write-off, the client owes only the copay", () => {
    const c = claim({
      billedCents: 20500,
      paidCents: 10000,
      patientResponsibilityCents: 2500,
      lines: [
        line("90837", 18000, 10000, [adj("CO", "45", 5500), adj("PR", "3", 2500)]),
        line("90785", 2500, 0, [adj("CO", "197", 2500)], ["N54"])
      ]
    })
    expect(c.status).toBe("partially_paid")
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ contractual: 5500, planDenied: 2500, paid: 10000, copay: 2500 })
    expect(partsSum(s)).toBe(20500)
    expect(s.owesCents).toBe(2500)
    expect(s.codes.map((x) => x.code)).toEqual(["CO-45", "PR-3", "CO-197", "N54"])
    expect(s.codes.find((x) => x.code === "CO-197")?.meaning).toMatch(/You do not owe this part/)
  })

  it("denied as not covered (PR-204): the whole charge is the client's, and the statement says why", () => {
    const c = claim({
      billedCents: 18000,
      paidCents: 0,
      patientResponsibilityCents: 18000,
      lines: [line("90837", 18000, 0, [adj("PR", "204", 18000)], ["N130"])]
    })
    expect(c.status).toBe("denied")
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ paid: 0, otherPatient: 18000 })
    expect(s.owesCents).toBe(18000)
    expect(s.codes.find((x) => x.code === "PR-204")?.meaning).toBe(
      "Your plan does not cover this service. This part is yours to pay."
    )
  })

  it("figures that do not reconcile: the difference is its own part, the statement says so, nothing is invented", () => {
    // a portal page showing CO-4 without its amount: $80.00 of the billed amount has no figure behind it
    const c = claim({
      billedCents: 26000,
      paidCents: 9500,
      lines: [line("90837", 26000, 9500, [adj("CO", "45", 8500), adj("CO", "4", null)])]
    })
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ contractual: 8500, paid: 9500, unexplained: 8000 })
    expect(partsSum(s)).toBe(26000)
    expect(s.reconciled).toBe(false)
    expect(s.owesCents).toBe(0)
    expect(s.notes).toContain(
      "The plan's figures do not add up: $80.00 is not accounted for. This statement shows it as its own line rather than guessing."
    )
    expect(s.notes).toContain("The plan lists code CO-4 without an amount.")
    expect(s.parts.find((p) => p.kind === "unexplained")?.sentence).toMatch(/not explained by the plan's figures/)
  })

  it("a plan total for the client's share that disagrees with its itemized parts is a note, and the parts decide", () => {
    const c = claim({
      billedCents: 15000,
      paidCents: 8000,
      patientResponsibilityCents: 2500,
      lines: [line("90834", 15000, 8000, [adj("CO", "45", 5000), adj("PR", "2", 2000)])]
    })
    const s = explainClaim(c, { lang: "en" })
    expect(s.owesCents).toBe(2000)
    expect(s.notes).toContain(
      "The plan states your share as $25.00, but its itemized amounts add up to $20.00. Ask the practice which is right."
    )
  })

  it("a page that repeats the lines' adjustments as a claim summary counts them once", () => {
    const lineAdjustments = [adj("CO", "45", 2688), adj("PR", "3", 2500), adj("CO", "97", 2500)]
    const c = claim({
      billedCents: 17500,
      paidCents: 9812,
      adjustments: [adj("CO", "45", 2688), adj("CO", "97", 2500), adj("PR", "3", 2500)],
      lines: [line("90837", 15000, 9812, lineAdjustments.slice(0, 2)), line("90785", 2500, 0, lineAdjustments.slice(2))]
    })
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ contractual: 2688, planDenied: 2500, paid: 9812, copay: 2500 })
    expect(partsSum(s)).toBe(17500)
    expect(s.reconciled).toBe(true)
    expect(s.notes).toContain(
      "The plan shows the same adjustments for the whole claim and for each service; they are counted once."
    )
  })

  it("claim-level and line-level adjustments that differ (a remittance's CAS at both levels) both count", () => {
    const c = claim({
      billedCents: 80000,
      paidCents: 45000,
      adjustments: [adj("CO", "A2", 5000)],
      lines: [line("90837", 80000, 45000, [adj("PR", "1", 30000)])]
    })
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ contractual: 5000, paid: 45000, deductible: 30000 })
    expect(s.reconciled).toBe(true)
  })

  it("a share the plan states without saying its kind stays one honest part", () => {
    const c = claim({ billedCents: 14000, paidCents: 11200, patientResponsibilityCents: 2800, adjustments: [] })
    const s = explainClaim(c, { lang: "en" })
    expect(byKind(s)).toEqual({ paid: 11200, patientUnspecified: 2800 })
    expect(s.owesCents).toBe(2800)
    expect(partsSum(s)).toBe(14000)
  })

  it("a claim not processed yet has nothing to explain and says so", () => {
    const c = claim({ billedCents: 18000, paidCents: null, status: "pending", statusText: "In process" })
    const s = explainClaim(c, { lang: "en" })
    expect(s.notes[0]).toBe("The plan has not finished processing this claim yet, so there is nothing to explain yet.")
    expect(s.reconciled).toBe(false)
    expect(s.owesCents).toBe(0)
  })

  it("every claim in the project's saved pages and remittances: the parts add up to the billed amount", () => {
    const files = [
      ...readdirSync(join(ROOT, "tests/fixtures/pages"), { recursive: true, encoding: "utf8" }).map((f) =>
        join(ROOT, "tests/fixtures/pages", f)
      ),
      ...readdirSync(join(ROOT, "tests/fixtures/era"), { recursive: true, encoding: "utf8" }).map((f) =>
        join(ROOT, "tests/fixtures/era", f)
      )
    ].filter((f) => f.endsWith(".json"))
    let checked = 0
    let balanced = 0
    for (const file of files) {
      const capture = Capture.safeParse(JSON.parse(readFileSync(file, "utf8")))
      if (!capture.success) continue
      for (const c of capture.data.claims) {
        if (c.billedCents === null) continue
        for (const lang of ["en", "es"] as const) {
          const s = explainClaim(c, { lang })
          expect(partsSum(s), `${file} ${c.claimNumber}`).toBe(c.billedCents)
          expect(s.totalCents).toBe(c.billedCents)
          // the client's share is the sum of the client's parts
          expect(s.owesCents).toBe(owedParts(s))
          if (lang === "en" && s.reconciled) balanced++
        }
        checked++
      }
    }
    expect(checked).toBeGreaterThan(40)
    expect(balanced).toBeGreaterThan(20)
  })
})

describe("client statement in Spanish", () => {
  const c = claim({
    billedCents: 20500,
    paidCents: 10000,
    lines: [
      line("90837", 18000, 10000, [
        adj("CO", "45", 5500),
        adj("PR", "1", 1000),
        adj("PR", "2", 1000),
        adj("PR", "3", 500)
      ]),
      line("90785", 2500, 0, [adj("CO", "197", 2500)], ["N54"])
    ]
  })
  const es = explainClaim(c, { lang: "es", practice: { name: "Harbor Light Counseling", phone: "(503) 555-0142" } })
  const en = explainClaim(c, { lang: "en", practice: { name: "Harbor Light Counseling", phone: "(503) 555-0142" } })

  it("every heading, column and part label is Spanish", () => {
    expect(es.title).toBe("Su visita y su factura, explicadas")
    expect(es.headings).toEqual({
      visit: "Sobre esta visita",
      split: "Cómo se dividió la cantidad facturada",
      owes: "Lo que usted debe ahora",
      codes: "Qué significan los códigos del plan",
      notes: "Tenga en cuenta",
      questions: "Preguntas"
    })
    expect(es.columns).toEqual({ part: "Parte", meaning: "Qué significa", amount: "Cantidad", code: "Código" })
    expect(Object.fromEntries(es.parts.map((p) => [p.kind, p.label]))).toEqual({
      contractual: "Descuento por el acuerdo de la consulta con su plan",
      planDenied: "No pagado por el plan, y no se le factura a usted",
      paid: "Pagado por su plan",
      deductible: "Su deducible",
      coinsurance: "Su coaseguro",
      copay: "Su copago"
    })
    expect(es.visit.map(([k]) => k)).toEqual([
      "Cliente",
      "Fecha del servicio",
      "Plan de salud",
      "Número de reclamación",
      "Procesada por el plan el",
      "Consulta"
    ])
    expect(es.totalLabel).toBe("Total (igual a la cantidad facturada)")
    expect(es.billedLabel).toBe("Cantidad facturada por la consulta")
  })

  it("no English sentence is left: every text differs from the English one, the amounts are the same", () => {
    expect(es.parts.map((p) => p.cents)).toEqual(en.parts.map((p) => p.cents))
    const strings = (s: ClientStatement) => [
      s.title,
      s.intro,
      ...Object.values(s.headings),
      ...Object.values(s.columns),
      ...s.parts.flatMap((p) => [p.label, p.sentence]),
      s.owesSentence,
      s.questions,
      ...s.codes.map((x) => x.meaning),
      ...s.visit.map(([k]) => k)
    ]
    const english = new Set(strings(en))
    for (const text of strings(es)) expect(english.has(text), text).toBe(false)
    for (const words of Object.values(STATEMENT_WORDS.es.labels))
      expect(Object.values(STATEMENT_WORDS.en.labels)).not.toContain(words)
    expect(es.owesSentence).toBe("Usted debe $25.00 por esta visita.")
    expect(statementText(es)).toMatch(/^Su visita y su factura, explicadas\n/)
  })

  it("the PDF is one page of real text with the Spanish headings and no English ones", async () => {
    const { pages, text } = await pdfText(await renderStatementPdf(es, fonts, { paper: "a4", date: "2026-11-28" }))
    expect(pages).toBe(1)
    expect(es.notes).toEqual([])
    const { notes, ...shown } = es.headings
    expect(notes).toBe("Tenga en cuenta")
    for (const h of [es.title, ...Object.values(shown), "Su deducible", "Su coaseguro", "Su copago"])
      expect(text).toContain(h)
    for (const h of Object.values(en.headings)) expect(text).not.toContain(h)
    expect(text).toContain("$205.00")
  })
})

describe("client statement notes in Spanish", () => {
  it("figures that do not add up and a code without an amount are said in Spanish", () => {
    const c = claim({
      billedCents: 26000,
      paidCents: 9500,
      lines: [line("90837", 26000, 9500, [adj("CO", "45", 8500), adj("CO", "4", null)])]
    })
    const s = explainClaim(c, { lang: "es" })
    expect(s.notes).toEqual([
      "Las cifras del plan no cuadran: faltan por explicar $80.00. Este resumen lo muestra en su propia línea en lugar de adivinar.",
      "El plan indica el código CO-4 sin una cantidad."
    ])
    expect(s.parts.find((p) => p.kind === "unexplained")?.label).toBe("No explicado por las cifras del plan")
    expect(s.owesSentence).toBe("Usted no debe nada por esta visita.")
  })
})

describe("money as typed in the forms", () => {
  it("dollars to cents, and nothing else", () => {
    expect(["180", "180.5", "$1,234.56", " 12.05 ", "0"].map(centsFromText)).toEqual([18000, 18050, 123456, 1205, 0])
    expect(["", "-5", "1.234", "12,34", "abc", "1,2345.00"].map(centsFromText)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null
    ])
  })
})

describe("the plan's codes in lay words", () => {
  const mustHave = ["1", "2", "3", "45", "96", "97", "204", "27", "29", "50", "197", "242", "253"]
  const remarks = ["N130", "N20", "N54", "N362", "N640", "N95", "N290", "M127", "MA130"]

  it("the codes that reach clients have our own lay text in both languages", () => {
    for (const code of mustHave) expect(hasLayCarc(code), code).toBe(true)
    for (const code of remarks) expect(hasLayRarc(code), code).toBe(true)
    for (const code of LAY_CARC_CODES)
      for (const lang of ["en", "es"] as const) {
        const text = layCarc("PR", code, lang)
        expect(text.length).toBeGreaterThan(10)
        // short plain sentences: none longer than 30 words
        for (const sentence of text.split(/(?<=\.)\s/))
          expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(30)
      }
    for (const code of LAY_RARC_CODES) expect(layRarc(code, "es")).not.toBe(layRarc(code, "en"))
  })

  it("the group decides who pays: CO is not the client's, PR is", () => {
    expect(layCarc("CO", "50", "en")).toBe(
      "The plan decided the service was not medically necessary. The practice can appeal. You do not owe this part: the practice's agreement with the plan covers it."
    )
    expect(layCarc("PR", "50", "en")).toMatch(/This part is yours to pay\.$/)
    expect(layCarc("PR", "1", "es")).toBe(
      "Deducible: la cantidad que usted paga cada año antes de que su plan empiece a pagar. Esta parte le corresponde pagarla a usted."
    )
  })

  it("a code without our lay line: the biller's meaning in English, 'ask the practice' in Spanish", () => {
    expect(layCarc("CO", "ZZ9", "es")).toBe(
      "Pregunte a la consulta qué significa este código para usted. Usted no debe esta parte: el acuerdo de la consulta con el plan la cubre."
    )
    expect(layRarc("N9999", "en")).toBe("Ask the practice what this code means for you.")
  })
})

describe("statement PDF", () => {
  it("stays on one page with many codes, as selectable text holding every amount", async () => {
    const many = [
      "N130",
      "N20",
      "N54",
      "N362",
      "N640",
      "N95",
      "N290",
      "M127",
      "MA130",
      "N1",
      "MA01",
      "N216",
      "M15",
      "M80",
      "N657",
      "N425"
    ]
    const c = claim({
      billedCents: 51000,
      paidCents: 20011,
      remarkCodes: many,
      lines: [
        line("90791", 25000, 0, [adj("CO", "45", 9000), adj("PR", "1", 16000)]),
        line("90837", 18000, 14189, [adj("CO", "45", 2000), adj("CO", "253", 311), adj("PR", "2", 1500)]),
        line("90785", 8000, 5822, [adj("CO", "45", 178), adj("PR", "3", 2000)])
      ]
    })
    const s = explainClaim(c, { lang: "en", practice: { name: "Harbor Light Counseling" } })
    for (const paper of ["letter", "a4"] as const) {
      const bytes = await renderStatementPdf(s, fonts, { paper, date: "2026-11-28" })
      const { pages, text } = await pdfText(bytes)
      expect(pages).toBe(1)
      for (const amount of ["$510.00", "$114.89", "$200.11", "$160.00", "$15.00", "$20.00", "$195.00"])
        expect(text).toContain(amount)
      for (const code of many) expect(text).toContain(code)
      expect(bytes.length).toBeLessThan(60_000)
    }
  })
})
