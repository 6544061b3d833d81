// The good-faith estimate as a PDF: every element 45 CFR 149.610(c)(1) asks for (see estimate.ts), the total,
// and the client's right to dispute a bill $400 or more above it.
import { money } from "./lang"
import { createWriter, type PdfFonts, type PdfOptions } from "./pdf"
import { buildEstimate, type Estimate, type EstimateInput } from "./estimate"

export async function renderEstimatePdf(
  input: EstimateInput,
  fonts: PdfFonts,
  options: PdfOptions & { issued: string }
): Promise<Uint8Array> {
  return drawEstimate(buildEstimate(input, { lang: options.lang, issued: options.issued }), fonts, options)
}

export async function drawEstimate(
  e: Estimate,
  fonts: PdfFonts,
  options: PdfOptions & { issued: string }
): Promise<Uint8Array> {
  const w = e.words
  const pdf = await createWriter(fonts, {
    ...options,
    title: w.title,
    date: options.issued
  })
  pdf.heading(w.title, 1)
  pdf.paragraph(w.intro, { muted: true })
  pdf.rule()
  pdf.heading(w.headings.client)
  pdf.pairs(e.client, 0.3)
  pdf.heading(w.headings.primary)
  pdf.pairs(e.primary, 0.3)
  pdf.heading(w.headings.providers)
  for (const p of e.providers) pdf.pairs(p, 0.3)
  pdf.heading(w.headings.locations)
  for (const l of e.locations) pdf.paragraph(l, { bullet: true, indent: 2 })
  pdf.heading(w.headings.services)
  const c = w.columns
  const rows = e.lines.map((l) => [
    l.code,
    l.service,
    l.diagnoses,
    String(l.sessions),
    money(l.feeCents),
    money(l.totalCents)
  ])
  rows.push(["", w.totalLine, "", String(e.lines.reduce((n, l) => n + l.sessions, 0)), "", money(e.totalCents)])
  pdf.table(
    [
      { header: c.code, width: 1 },
      { header: c.service, width: 3.1 },
      { header: c.diagnoses, width: 1.15 },
      { header: c.sessions, width: 0.95, align: "right" },
      { header: c.fee, width: 1.05, align: "right" },
      { header: c.total, width: 1.2, align: "right" }
    ],
    rows,
    {},
    new Set([rows.length - 1])
  )
  if (e.diagnoses.length) {
    pdf.heading(w.headings.diagnoses)
    pdf.table(
      [
        { header: w.diagnosisColumns.code, width: 1 },
        { header: w.diagnosisColumns.description, width: 6 }
      ],
      e.diagnoses.map((d) => [d.code, d.description ?? w.noDescription])
    )
  }
  pdf.heading(w.headings.total)
  pdf.paragraph(`${w.totalLine}: ${money(e.totalCents)}`, {
    bold: true,
    size: 1.15
  })
  pdf.heading(w.headings.separately)
  if (e.separately.length) for (const s of e.separately) pdf.paragraph(s, { bullet: true, indent: 2 })
  else pdf.paragraph(w.none)
  pdf.heading(w.headings.disclaimers)
  for (const d of e.disclaimers) pdf.paragraph(d, { bullet: true, indent: 2 })
  pdf.heading(w.headings.rights)
  for (const d of e.dispute) pdf.paragraph(d)
  pdf.paragraph(w.keepCopy, { bold: true })
  return pdf.finish(w.page)
}
