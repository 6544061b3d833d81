// The superbill as a PDF (../shared/contracts/superbill.md): every field as selectable text, MM/DD/YYYY dates,
// diagnosis pointers, totals, the date issued and a signature line; Spanish headings with `lang: "es"`.
import { createWriter, onePage, PageOverflow, type PdfFonts, type PdfOptions } from "./pdf"
import { buildSuperbill, type Superbill, type SuperbillInput } from "./superbill"

export async function renderSuperbillPdf(
  input: SuperbillInput,
  fonts: PdfFonts,
  options: PdfOptions & { issued: string }
): Promise<Uint8Array> {
  return drawSuperbill(buildSuperbill(input, { lang: options.lang, issued: options.issued }), fonts, options)
}

const LABELS = 0.27

/** One page when type stepped down a little makes it fit; otherwise as many pages as it takes at full size. */
export async function drawSuperbill(
  bill: Superbill,
  fonts: PdfFonts,
  options: PdfOptions & { issued: string }
): Promise<Uint8Array> {
  // a long list never fits one page: skip the attempts
  if (bill.rows.length + bill.diagnoses.length > 30) return draw(bill, fonts, options)
  try {
    return await onePage((scale) => draw(bill, fonts, { ...options, onePage: true, scale }), [1, 0.93, 0.87])
  } catch (error) {
    if (!(error instanceof PageOverflow)) throw error
    return draw(bill, fonts, options)
  }
}

async function draw(
  bill: Superbill,
  fonts: PdfFonts,
  options: PdfOptions & { issued: string; onePage?: boolean; scale?: number }
): Promise<Uint8Array> {
  const w = bill.words
  const pdf = await createWriter(fonts, { ...options, title: w.title, date: options.issued })
  pdf.heading(w.title, 1)
  pdf.paragraph(w.subtitle, { muted: true })
  pdf.paragraph(`${w.issued}: ${bill.issued}`, { after: 0.2 })
  pdf.rule()
  pdf.heading(w.practice)
  pdf.pairs(bill.practice, LABELS)
  if (bill.provider.length) {
    pdf.heading(w.provider)
    pdf.pairs(bill.provider, LABELS)
  }
  pdf.heading(w.client)
  pdf.pairs(bill.client, LABELS)
  pdf.heading(w.services)
  const c = w.columns
  pdf.table(
    [
      { header: c.date, width: 1.05 },
      { header: c.code, width: 0.8 },
      { header: c.modifiers, width: 1.25 },
      { header: c.units, width: 0.95 },
      { header: c.pos, width: 0.6 },
      { header: c.pointers, width: 1.15 },
      { header: c.fee, width: 0.95, align: "right" },
      { header: c.paid, width: 0.95, align: "right" }
    ],
    bill.rows.map((r) => [r.date, r.code, r.modifiers, r.units, r.placeOfService, r.pointers, r.fee, r.paid])
  )
  pdf.heading(w.diagnoses)
  const d = w.diagnosisColumns
  pdf.table(
    [
      { header: d.pointer, width: 0.7 },
      { header: d.code, width: 0.9 },
      { header: d.description, width: 6 }
    ],
    bill.diagnoses.map((x) => [x.letter, x.code, x.description ?? w.noDescription])
  )
  pdf.heading(w.totals)
  pdf.pairs(bill.totalsText, LABELS, { bold: true })
  pdf.signatureLine(w.signature, w.signatureDate)
  return pdf.finish(w.page)
}
