// Finds tabular data on a page — <table>, ARIA grids, repeated div rows under a header row — and returns
// each as header texts plus rows of cell texts, with nested tables in expandable child rows attached to the
// row above them. Which column means what is decided later, from the header words.
import { meaningOf, type CompiledVocabulary } from "./vocabulary"
import type { Visibility } from "./visible"

/** `whole`: one cell spans the row (a note or a detail line under the row above, never a record of its own). */
export type GridRow = { cells: string[]; el: Element; children: Grid[]; whole?: boolean }
export type Grid = { headers: string[]; rows: GridRow[]; el: Element }

const MAX_ROWS = 20000

function matrix(rows: Element[][], vis: Visibility): { texts: string[][]; els: Element[][] } {
  // Expands colspan/rowspan so every row has one entry per column.
  const texts: string[][] = []
  const els: Element[][] = []
  const pending: { col: number; left: number; text: string; el: Element }[] = []
  rows.forEach((cells, r) => {
    texts[r] = []
    els[r] = []
    let col = 0
    const place = () => {
      for (
        let p = pending.find((x) => x.col === col && x.left > 0);
        p;
        p = pending.find((x) => x.col === col && x.left > 0)
      ) {
        texts[r][col] = p.text
        els[r][col] = p.el
        p.left--
        col++
      }
    }
    for (const cell of cells) {
      place()
      const span = Math.min(Math.max(Number(cell.getAttribute("colspan")) || 1, 1), 50)
      const rowspan = Math.min(Math.max(Number(cell.getAttribute("rowspan")) || 1, 1), 500)
      const text = vis.text(cell)
      for (let i = 0; i < span; i++) {
        texts[r][col] = text
        els[r][col] = cell
        if (rowspan > 1) pending.push({ col, left: rowspan - 1, text, el: cell })
        col++
      }
    }
    place()
  })
  return { texts, els }
}

function knownShare(texts: string[], vocabulary: CompiledVocabulary): number {
  const nonEmpty = texts.filter(Boolean)
  if (nonEmpty.length === 0) return 0
  return nonEmpty.filter((t) => meaningOf(t, vocabulary) !== null).length / nonEmpty.length
}

/** Dates, money and identifiers are data, never header labels. */
function looksLikeData(text: string | undefined): boolean {
  return !!text && /\d{1,2}\/\d{1,2}\/\d{2,4}|\$\s?\d|\d{4,}/.test(text)
}

function ownCells(row: Element): Element[] {
  // not row.cells: some DOM libraries count the cells of nested tables there
  const cells: Element[] = []
  for (let c = row.firstElementChild; c; c = c.nextElementSibling)
    if (c.tagName === "TD" || c.tagName === "TH") cells.push(c)
  return cells
}

function fromHtmlTable(table: HTMLTableElement, vis: Visibility, vocabulary: CompiledVocabulary): Grid | null {
  const rowEls = [...table.rows].filter((r) => r.closest("table") === table && !vis.isHidden(r)).slice(0, MAX_ROWS)
  if (rowEls.length === 0) return null
  const { texts, els } = matrix(rowEls.map(ownCells), vis)
  let headerIndex = -1
  rowEls.forEach((row, i) => {
    if (headerIndex >= 0 && i > headerIndex + 1) return
    const cells = ownCells(row)
    const inHead = row.parentElement?.tagName === "THEAD"
    const allTh = cells.length > 0 && cells.every((c) => c.tagName === "TH")
    const mixed = cells.some((c) => c.tagName === "TH") && !allTh
    const labelsOnly = !texts[i].some(looksLikeData)
    if (
      inHead ||
      (allTh && cells.length > 1) ||
      (headerIndex < 0 && i < 3 && cells.length > 2 && !mixed && labelsOnly && knownShare(texts[i], vocabulary) >= 0.6)
    )
      headerIndex = i
  })
  if (headerIndex < 0) return null
  return gridFrom(table, texts, els, rowEls, headerIndex)
}

function gridFrom(el: Element, texts: string[][], els: Element[][], rowEls: Element[], headerIndex: number): Grid {
  const headers = texts[headerIndex].map((t) => t ?? "")
  const rows: GridRow[] = []
  for (let i = headerIndex + 1; i < rowEls.length; i++) {
    const cells = texts[i]
    const nested = [...rowEls[i].querySelectorAll("table, [role=table], [role=grid]")]
    const single = new Set(els[i].filter(Boolean)).size === 1
    // a note: one cell holds all the row says, spanning several columns ("<td></td><td colspan=6>Start …</td>")
    const filled = [...new Set(els[i].filter((e, c) => e && cells?.[c]))]
    const spanning = filled.length === 1 && els[i].filter((e) => e === filled[0]).length > 1
    if (nested.length > 0 && (single || spanning) && rows.length > 0) {
      rows[rows.length - 1].children.push(...nested.map((n) => ({ headers: [], rows: [], el: n })))
      continue
    }
    if (!cells || cells.every((c) => !c)) continue
    const whole = (single || spanning) && headers.length > 1
    rows.push({
      cells: headers.map((_, c) => cells[c] ?? ""),
      el: rowEls[i],
      children: [],
      ...(whole ? { whole } : {})
    })
  }
  return { headers, rows, el }
}

function fromAriaGrid(grid: Element, vis: Visibility): Grid | null {
  const rowEls = [...grid.querySelectorAll("[role=row]")]
    .filter((r) => r.parentElement?.closest("[role=table],[role=grid],[role=treegrid]") === grid && !vis.isHidden(r))
    .slice(0, MAX_ROWS)
  const cellsOf = (row: Element) =>
    [...row.querySelectorAll("[role=columnheader],[role=cell],[role=gridcell],[role=rowheader]")].filter(
      (c) => c.closest("[role=row]") === row
    )
  const headerIndex = rowEls.findIndex((r) => r.querySelector("[role=columnheader]"))
  if (headerIndex < 0) return null
  const { texts, els } = matrix(rowEls.map(cellsOf), vis)
  return gridFrom(grid, texts, els, rowEls, headerIndex)
}

/** Div layouts: a row of header labels followed by sibling rows with as many cells. */
function fromDivRows(doc: Document, vis: Visibility, vocabulary: CompiledVocabulary, taken: Set<Element>): Grid[] {
  const grids: Grid[] = []
  const candidates = doc.body ? doc.body.querySelectorAll("div, ul, li, section, header") : []
  for (const header of candidates) {
    const kids = [...header.children]
    if (kids.length < 3 || kids.length > 40) continue
    if (header.closest("table,[role=table],[role=grid]") || [...taken].some((t) => t.contains(header))) continue
    // a header row holds short labels: cheap native checks before any visible-text work
    if (kids.some((k) => k.children.length > 3 || (k.textContent?.length ?? 0) > 80)) continue
    const texts = kids.map((k) => vis.text(k))
    // a header holds labels, not "Label: value" facts ("Organization: … | Payer: Aetna | Showing 1-4 of 4")
    if (texts.some((t) => /:\s*\S/.test(t))) continue
    if (knownShare(texts, vocabulary) < 0.75 || texts.some(looksLikeData) || vis.isHidden(header)) continue
    let rowEls = siblingsLike(header, kids.length)
    if (rowEls.length === 0 && header.parentElement?.nextElementSibling)
      rowEls = [...header.parentElement.nextElementSibling.children].filter((r) => r.children.length === kids.length)
    if (rowEls.length === 0) continue
    const visibleRows = rowEls.filter((r) => !vis.isHidden(r)).slice(0, MAX_ROWS)
    const rows: GridRow[] = visibleRows.map((r) =>
      r.children.length === kids.length
        ? { cells: [...r.children].map((c) => vis.text(c)), el: r, children: [] }
        : { cells: texts.map(() => vis.text(r)), el: r, children: [], whole: true }
    )
    grids.push({ headers: texts, rows, el: header.parentElement ?? header })
    taken.add(header.parentElement ?? header)
  }
  return grids
}

/** The rows after a header row: siblings as wide as it, and the notes between them (a line of text under a row). */
function siblingsLike(header: Element, width: number): Element[] {
  const out: Element[] = []
  for (let s = header.nextElementSibling; s; s = s.nextElementSibling) {
    if (s.children.length === width) out.push(s)
    else if (out.length > 0 && s.children.length <= 2 && !/^H\d$/.test(s.tagName) && s.textContent?.trim()) out.push(s)
  }
  while (out.length > 0 && out.at(-1)!.children.length !== width) out.pop() // what follows the last row is not a note
  return out
}

export function findGrids(doc: Document, vis: Visibility, vocabulary: CompiledVocabulary): Grid[] {
  const grids: Grid[] = []
  const taken = new Set<Element>()
  for (const table of doc.querySelectorAll("table")) {
    if (vis.isHidden(table)) continue
    const grid = fromHtmlTable(table as HTMLTableElement, vis, vocabulary)
    if (grid) grids.push(grid)
    taken.add(table)
  }
  for (const el of doc.querySelectorAll("[role=table],[role=grid],[role=treegrid]")) {
    if (el.tagName === "TABLE" || vis.isHidden(el)) continue
    const grid = fromAriaGrid(el, vis)
    if (grid) grids.push(grid)
    taken.add(el)
  }
  grids.push(...fromDivRows(doc, vis, vocabulary, taken))
  // Nested tables inside child rows are read as their own grids; attach them to their parent row.
  for (const grid of grids)
    for (const row of grid.rows)
      row.children = row.children.map((c) => grids.find((g) => g.el === c.el) ?? c).filter((c) => c.rows.length > 0)
  const nestedEls = new Set(grids.flatMap((g) => g.rows.flatMap((r) => r.children.map((c) => c.el))))
  return grids.filter((g) => !nestedEls.has(g.el))
}
