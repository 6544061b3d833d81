// A small page writer over pdf-lib: headings, wrapped paragraphs, label/value pairs, tables that repeat their
// header on a new page, a signature line, page numbers. Pure over bytes: the caller hands in the font files
// (DejaVu Sans covers Spanish; the CLI reads them from node_modules, the extension will load them as an asset)
// and gets the PDF's bytes back. Fonts are subset, so a page carries only the glyphs it uses, and every word is
// real text (selectable, searchable, read back by the tests).
import { PDFDocument, PageSizes, rgb, type PDFFont, type PDFPage } from "pdf-lib"
import fontkit from "@pdf-lib/fontkit"
import type { Lang } from "./lang"

export const PAPERS = ["letter", "a4"] as const
export type Paper = (typeof PAPERS)[number]
export type PdfFonts = { regular: Uint8Array; bold: Uint8Array }
export type PdfOptions = { paper: Paper; lang: Lang }

const SIZE: Record<Paper, [number, number]> = {
  letter: PageSizes.Letter,
  a4: PageSizes.A4
}

/** Thrown by a one-page writer when the content does not fit; the caller retries smaller. */
export class PageOverflow extends Error {
  constructor() {
    super("content does not fit on one page")
  }
}

export type Column = {
  header: string
  width: number
  align?: "left" | "right"
}
type Style = {
  bold?: boolean
  size?: number
  muted?: boolean
  indent?: number
  after?: number
  bullet?: boolean
}

const INK = rgb(0.1, 0.12, 0.13)
const MUTED = rgb(0.36, 0.4, 0.44)
const LINE = rgb(0.75, 0.78, 0.8)

export type Writer = ReturnType<typeof writerFor>

export async function createWriter(
  fonts: PdfFonts,
  options: PdfOptions & {
    title: string
    date: string
    onePage?: boolean
    scale?: number
  }
) {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const regular = await doc.embedFont(fonts.regular, { subset: true })
  const bold = await doc.embedFont(fonts.bold, { subset: true })
  // fixed metadata (no clock, no PHI): the same input gives the same document
  const when = new Date(`${options.date}T12:00:00Z`)
  doc.setTitle(options.title)
  doc.setLanguage(options.lang === "es" ? "es-US" : "en-US")
  doc.setProducer("PayerLens")
  doc.setCreator("PayerLens")
  doc.setCreationDate(when)
  doc.setModificationDate(when)
  return writerFor(doc, regular, bold, options)
}

function writerFor(
  doc: PDFDocument,
  regular: PDFFont,
  bold: PDFFont,
  options: PdfOptions & { onePage?: boolean; scale?: number }
) {
  const [pageWidth, pageHeight] = SIZE[options.paper]
  const scale = options.scale ?? 1
  const margin = 50
  const bottom = 54
  const width = pageWidth - 2 * margin
  const base = 9.5 * scale
  let page: PDFPage = doc.addPage([pageWidth, pageHeight])
  let y = pageHeight - margin

  const fontOf = (s: Style) => (s.bold ? bold : regular)
  // pdf-lib measures custom-font text by shaping it with fontkit each time (slow): measure each word once at
  // size 1 and add the spaces (kerning across a space is negligible)
  const cache = new Map<PDFFont, Map<string, number>>([
    [regular, new Map()],
    [bold, new Map()]
  ])
  function measureWord(word: string, font: PDFFont): number {
    const m = cache.get(font) as Map<string, number>
    let w = m.get(word)
    if (w === undefined) {
      w = font.widthOfTextAtSize(word, 1)
      m.set(word, w)
    }
    return w
  }
  function measure(text: string, font: PDFFont, size: number): number {
    const words = text.split(" ")
    return size * (words.reduce((n, w) => n + measureWord(w, font), 0) + (words.length - 1) * measureWord(" ", font))
  }
  const lineHeight = (size: number) => size * 1.32

  function newPage(): void {
    if (options.onePage) throw new PageOverflow()
    page = doc.addPage([pageWidth, pageHeight])
    y = pageHeight - margin
  }
  function ensure(height: number): boolean {
    if (y - height >= bottom) return false
    newPage()
    return true
  }

  /** Lines of at most `max` points; explicit newlines kept; a word longer than a line is cut. */
  function wrap(text: string, font: PDFFont, size: number, max: number): string[] {
    const out: string[] = []
    const space = measureWord(" ", font) * size
    for (const para of text.replace(/\r\n?/g, "\n").split("\n")) {
      let line = ""
      let lineWidth = 0
      for (const word of para.split(/\s+/).filter(Boolean)) {
        const wordWidth = measureWord(word, font) * size
        const nextWidth = line ? lineWidth + space + wordWidth : wordWidth
        if (nextWidth <= max) {
          line = line ? `${line} ${word}` : word
          lineWidth = nextWidth
          continue
        }
        if (line) out.push(line)
        let rest = word
        while (measure(rest, font, size) > max) {
          let n = rest.length - 1
          while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > max) n--
          out.push(rest.slice(0, n))
          rest = rest.slice(n)
        }
        line = rest
        lineWidth = measure(rest, font, size)
      }
      out.push(line)
    }
    return out
  }

  function draw(text: string, x: number, s: Style, size: number): void {
    if (text)
      page.drawText(text, {
        x,
        y: y - size,
        size,
        font: fontOf(s),
        color: s.muted ? MUTED : INK
      })
  }

  function paragraph(text: string, s: Style = {}): void {
    const size = (s.size ?? 1) * base
    const hang = s.bullet ? size * 1.1 : 0
    const indent = (s.indent ?? 0) + hang
    wrap(text, fontOf(s), size, width - indent).forEach((line, i) => {
      ensure(lineHeight(size))
      if (s.bullet && i === 0) draw("•", margin + indent - hang, s, size)
      draw(line, margin + indent, s, size)
      y -= lineHeight(size)
    })
    y -= (s.after ?? 0.35) * size
  }

  function heading(text: string, level: 1 | 2 = 2): void {
    const size = (level === 1 ? 1.75 : 1.15) * base
    // keep a heading with at least two lines of what follows it
    ensure(lineHeight(size) + 3 * lineHeight(base))
    if (level === 2) y -= 0.4 * base
    paragraph(text, {
      bold: true,
      size: size / base,
      after: level === 1 ? 0.2 : 0.25
    })
  }

  function rule(): void {
    ensure(6)
    page.drawLine({
      start: { x: margin, y: y - 2 },
      end: { x: margin + width, y: y - 2 },
      thickness: 0.6,
      color: LINE
    })
    y -= 8
  }

  function gap(points: number): void {
    y -= points * scale
  }

  /** One row of cells: wrapped, top-aligned, with room checked for the whole row. */
  function row(cells: string[], widths: number[], aligns: ("left" | "right")[], s: Style, onBreak?: () => void): void {
    const size = (s.size ?? 1) * base
    const pad = 4
    const lines = cells.map((c, i) => wrap(c, fontOf(s), size, widths[i] - 2 * pad))
    const height = Math.max(...lines.map((l) => l.length)) * lineHeight(size) + 3
    if (ensure(height)) onBreak?.()
    let x = margin
    const top = y
    lines.forEach((ls, i) => {
      y = top
      for (const line of ls) {
        const w = measure(line, fontOf(s), size)
        draw(line, aligns[i] === "right" ? x + widths[i] - pad - w : x + pad, s, size)
        y -= lineHeight(size)
      }
      x += widths[i]
    })
    y = top - height
  }

  /** Rows whose index is in `strong` are bold (a total, the amount billed). */
  function table(columns: Column[], rows: string[][], s: Style = {}, strong: ReadonlySet<number> = new Set()): void {
    const total = columns.reduce((n, c) => n + c.width, 0)
    const widths = columns.map((c) => (c.width / total) * width)
    const aligns = columns.map((c) => c.align ?? "left")
    const header = () => {
      row(
        columns.map((c) => c.header),
        widths,
        aligns,
        { ...s, bold: true, size: (s.size ?? 1) * 0.9 }
      )
      page.drawLine({
        start: { x: margin, y: y + 1 },
        end: { x: margin + width, y: y + 1 },
        thickness: 0.6,
        color: LINE
      })
      y -= 2
    }
    header()
    rows.forEach((cells, i) => row(cells, widths, aligns, strong.has(i) ? { ...s, bold: true } : s, header))
    y -= 0.4 * base
  }

  /** Label/value lines, labels muted in a narrow column. */
  function pairs(items: [string, string][], labelShare = 0.3, s: Style = {}): void {
    for (const [label, value] of items)
      row([label, value], [width * labelShare, width * (1 - labelShare)], ["left", "left"], s)
    y -= 0.3 * base
  }

  function signatureLine(label: string, dateLabel: string): void {
    ensure(52 * scale)
    y -= 30 * scale
    const signEnd = margin + width * 0.6
    page.drawLine({
      start: { x: margin, y },
      end: { x: signEnd, y },
      thickness: 0.8,
      color: INK
    })
    page.drawLine({
      start: { x: signEnd + 24, y },
      end: { x: margin + width, y },
      thickness: 0.8,
      color: INK
    })
    y -= 3
    draw(label, margin, { muted: true }, base * 0.9)
    draw(dateLabel, signEnd + 24, { muted: true }, base * 0.9)
    y -= lineHeight(base)
  }

  /** Page numbers (when more than one page) and the bytes. */
  async function finish(pageLabel?: (n: number, of: number) => string): Promise<Uint8Array> {
    const pages = doc.getPages()
    if (pageLabel && pages.length > 1)
      pages.forEach((p, i) => {
        const label = pageLabel(i + 1, pages.length)
        const size = base * 0.85
        p.drawText(label, {
          x: pageWidth - margin - measure(label, regular, size),
          y: bottom - 24,
          size,
          font: regular,
          color: MUTED
        })
      })
    return doc.save({ useObjectStreams: true })
  }

  return {
    paragraph,
    heading,
    rule,
    gap,
    table,
    pairs,
    signatureLine,
    finish,
    width,
    pageCount: () => doc.getPageCount()
  }
}

/** Renders on one page, stepping the type down until it fits (the statement is a one-page document). */
export async function onePage(
  render: (scale: number) => Promise<Uint8Array>,
  scales: number[] = [1, 0.92, 0.85, 0.78, 0.72]
): Promise<Uint8Array> {
  for (const scale of scales) {
    try {
      return await render(scale)
    } catch (error) {
      if (!(error instanceof PageOverflow)) throw error
    }
  }
  throw new PageOverflow()
}
