// "Explain to the client" as a one-page PDF: the statement's parts, the plan's codes in lay words, the notes.
import { money } from "./lang"
import { createWriter, onePage, type PdfFonts, type PdfOptions } from "./pdf"
import type { ClientStatement } from "./statement"

export async function renderStatementPdf(
  s: ClientStatement,
  fonts: PdfFonts,
  options: Omit<PdfOptions, "lang"> & { date: string }
): Promise<Uint8Array> {
  return onePage(async (scale) => {
    const pdf = await createWriter(fonts, {
      ...options,
      lang: s.lang,
      title: s.title,
      date: options.date,
      onePage: true,
      scale
    })
    pdf.heading(s.title, 1)
    pdf.paragraph(s.intro, { muted: true })
    pdf.rule()
    pdf.heading(s.headings.visit)
    pdf.pairs(s.visit, 0.3)
    pdf.heading(s.headings.split)
    const rows: string[][] = []
    if (s.billedCents !== null) rows.push([s.billedLabel, "", money(s.billedCents)])
    for (const p of s.parts)
      rows.push([p.codes.length ? `${p.label} (${p.codes.join(", ")})` : p.label, p.sentence, money(p.cents)])
    rows.push([s.totalLabel, "", money(s.totalCents)])
    pdf.table(
      [
        { header: s.columns.part, width: 2.3 },
        { header: s.columns.meaning, width: 4.2 },
        { header: s.columns.amount, width: 1.1, align: "right" }
      ],
      rows,
      {},
      new Set([0, rows.length - 1])
    )
    if (s.allowedCents !== null)
      pdf.paragraph(`${s.allowedLabel}: ${money(s.allowedCents)}`, {
        muted: true
      })
    pdf.heading(s.headings.owes)
    pdf.paragraph(s.owesSentence, { bold: true, size: 1.15 })
    if (s.codes.length) {
      pdf.heading(s.headings.codes)
      pdf.table(
        [
          { header: s.columns.code, width: 1.2 },
          { header: s.columns.meaning, width: 5.3 },
          { header: s.columns.amount, width: 1.1, align: "right" }
        ],
        s.codes.map((c) => [c.code, c.meaning, c.amount ?? ""])
      )
    }
    if (s.notes.length) {
      pdf.heading(s.headings.notes)
      for (const n of s.notes) pdf.paragraph(n, { bullet: true, indent: 2 })
    }
    pdf.heading(s.headings.questions)
    pdf.paragraph(s.questions)
    return pdf.finish()
  })
}
