// The reader: a page (any layout) → one capture-v1. Tables give list records, label/value pairs give
// detail records; the adapter adds its words, its payer name and its URL hints.
import type { Authorization, Capture, Claim, PageKind } from "../model/capture"
import type { PortalAdapter } from "../portals/types"
import { findGrids, type Grid } from "./tables"
import { findPairs, type Pair } from "./pairs"
import { BASE_VOCABULARY, compileVocabulary, meaningOf, type CompiledVocabulary, type FieldKey } from "./vocabulary"
import { Visibility } from "./visible"
import { authorizationFrom, claimFrom, emptyBag, lineFrom, put, recordId, type Bag } from "./records"
import { parseProcedureList } from "./normalise"
import { headingPairs } from "./headings"

type Found = { claims: Claim[]; auths: Authorization[]; fromTables: boolean; fromPairs: boolean; warnings: string[] }

const compiled = new Map<string, CompiledVocabulary>()
function vocabularyFor(adapter: PortalAdapter): CompiledVocabulary {
  let v = compiled.get(adapter.id)
  if (!v) compiled.set(adapter.id, (v = compileVocabulary(adapter.vocabulary ?? {}, BASE_VOCABULARY)))
  return v
}

function columnKeys(grid: Grid, vocabulary: CompiledVocabulary): (FieldKey | null)[] {
  const seen = new Set<FieldKey>()
  return grid.headers.map((h) => {
    const key = meaningOf(h, vocabulary)
    if (!key || key === "ignore" || seen.has(key)) return null
    seen.add(key)
    return key
  })
}

function bagOfRow(cells: string[], keys: (FieldKey | null)[], headers: string[], context: Bag): Bag {
  const bag = emptyBag()
  keys.forEach((key, i) => key && cells[i] && put(bag, key, cells[i], headers[i]))
  for (const [key, value] of Object.entries(context.values) as [FieldKey, string][])
    if (CONTEXT_KEYS.has(key)) put(bag, key, value, context.labels[key] ?? "")
  return bag
}

// What a page header ("Member: Jane Doe") may lend to the records listed under it.
// (a remittance's check number and date belong to every claim on it)
const CONTEXT_KEYS = new Set<FieldKey>([
  "patientName", "patientFirstName", "patientLastName", "memberId", "dateOfBirth", "payer", "checkNumber", "paymentDate"
])

function linesOf(grids: Grid[], vocabulary: CompiledVocabulary) {
  return grids.flatMap((g) => {
    const keys = columnKeys(g, vocabulary)
    if (!keys.includes("procedure")) return []
    return g.rows.flatMap((r) => lineFrom(bagOfRow(r.cells, keys, g.headers, emptyBag())) ?? [])
  })
}

/** Reads record tables into records, and service-line tables into the detail page's record. */
function readTables(grids: Grid[], vocabulary: CompiledVocabulary, context: Bag, payer: string | null, found: Found, detail: Detail): void {
  for (const grid of grids) {
    const keys = columnKeys(grid, vocabulary)
    const isClaims = keys.includes("claimNumber")
    const isAuths = !isClaims && keys.includes("authNumber")
    let skipped = 0
    for (const row of grid.rows) {
      const bag = bagOfRow(row.cells, keys, grid.headers, context)
      if (isClaims) {
        const claim = claimFrom(bag, linesOf(row.children, vocabulary), payer)
        claim ? found.claims.push(claim) : skipped++
      } else if (isAuths) {
        const auth = authorizationFrom(bag, payer)
        auth ? found.auths.push(auth) : skipped++
      }
    }
    if (isClaims || isAuths) found.fromTables = true
    if (skipped > 0 && grid.rows.length - skipped > 0)
      found.warnings.push(`${skipped} row(s) of a ${isClaims ? "claim" : "authorization"} table had no readable ${isClaims ? "claim" : "authorization"} number`)
    if (!isClaims && !isAuths && keys.includes("procedure")) {
      // A service-line table on a detail page: lines of the claim, or the codes of the authorization.
      for (const row of grid.rows) {
        const bag = bagOfRow(row.cells, keys, grid.headers, emptyBag())
        const line = lineFrom(bag)
        if (line) {
          const lines = detail.linesByTable.get(grid.el) ?? []
          lines.push(line)
          detail.linesByTable.set(grid.el, lines)
        }
        detail.codes.push(...parseProcedureList(bag.values.procedure))
        for (const k of ["unitsApproved", "unitsUsed", "unitsRemaining", "startDate", "endDate", "authPeriod", "status"] as const)
          if (bag.values[k] !== undefined && grid.rows.length === 1) put(detail.bag, k, bag.values[k]!, bag.labels[k]!)
      }
    }
  }
}

type Line = NonNullable<ReturnType<typeof lineFrom>>
/** What a detail page's service-line tables hold; with several records on a page, each card takes the lines
 * of the tables inside it. */
type Detail = { bag: Bag; linesByTable: Map<Element, Line[]>; codes: string[] }
const allLines = (detail: Detail) => [...detail.linesByTable.values()].flat()

/** Pairs are grouped into cards: each id pair owns the pairs of the largest container holding no other id. */
function groupPairs(pairs: Pair[], idKey: "claimNumber" | "authNumber"): { ids: Pair[]; groups: Pair[][]; boxes: Element[]; rest: Pair[] } {
  const ids = pairs.filter((p) => p.key === idKey && recordId(p.value))
  if (new Set(ids.map((p) => recordId(p.value))).size <= 1) return { ids: ids.slice(0, 1), groups: [pairs], boxes: [], rest: [] }
  const containers = ids.map((id) => {
    let box: Element = id.el
    while (box.parentElement && !ids.some((o) => o !== id && box.parentElement!.contains(o.el))) box = box.parentElement
    return box
  })
  const groups = containers.map((box) => {
    const group = pairs.filter((p) => box.contains(p.el))
    const title = cardTitle(box)
    if (title && !group.some((p) => p.key === "patientName")) group.push({ key: "patientName", label: "", value: title, el: box })
    return group
  })
  const rest = pairs.filter((p) => !containers.some((box) => box.contains(p.el)))
  return { ids, groups, boxes: containers, rest }
}

/** A card titled with a person's name ("<h3>Avery Collins</h3>") names the patient. */
function cardTitle(box: Element): string | null {
  const heading = box.querySelector("h1,h2,h3,h4,h5,h6,header,legend,caption")
  const text = heading?.textContent?.replace(/\s+/g, " ").trim() ?? ""
  return /^[A-Za-z][A-Za-z'.-]+(?:,? [A-Za-z][A-Za-z'.-]*){1,3}$/.test(text) && !/:/.test(text) && !meaningOf(text) ? text : null
}

function bagOfPairs(pairs: Pair[], context: Pair[] = []): Bag {
  const bag = emptyBag()
  for (const p of pairs) put(bag, p.key, p.value, p.label)
  for (const p of context) if (CONTEXT_KEYS.has(p.key)) put(bag, p.key, p.value, p.label)
  return bag
}

function readPairs(pairs: Pair[], detail: Detail, payer: string | null, found: Found) {
  for (const idKey of ["claimNumber", "authNumber"] as const) {
    const { ids, groups, boxes, rest } = groupPairs(pairs, idKey)
    if (ids.length === 0) continue
    const linesIn = (box: Element | undefined) =>
      box ? [...detail.linesByTable].filter(([table]) => box.contains(table)).flatMap(([, lines]) => lines) : []
    groups.forEach((group, g) => {
      const bag = bagOfPairs(group, rest)
      if (ids.length === 1) for (const [k, v] of Object.entries(detail.bag.values) as [FieldKey, string][]) put(bag, k, v, detail.bag.labels[k] ?? "")
      const known = (n: string) => found.claims.some((c) => c.claimNumber === n) || found.auths.some((a) => a.authNumber === n)
      if (idKey === "claimNumber") {
        const claim = claimFrom(bag, ids.length === 1 ? allLines(detail) : linesIn(boxes[g]), payer)
        if (claim && !known(claim.claimNumber)) found.claims.push(claim), (found.fromPairs = true)
      } else {
        const auth = authorizationFrom(bag, payer, ids.length === 1 ? detail.codes : [])
        if (auth && !known(auth.authNumber)) found.auths.push(auth), (found.fromPairs = true)
      }
    })
    if (idKey === "claimNumber") break // a claim page's "Auth #" is a field of the claim, not a record
  }
}

function pageKind(found: Found, fromUrl: PageKind | null): PageKind {
  const claims = found.claims.length > 0
  const auths = found.auths.length > 0
  if (claims && auths) return "mixed"
  if (!claims && !auths) return fromUrl ?? "unknown"
  if (fromUrl && fromUrl !== "unknown" && (fromUrl.startsWith("claim") ? claims : fromUrl.startsWith("auth") ? auths : claims)) return fromUrl
  // several records from cards read as a list too
  const list = (n: number) => (found.fromTables && !found.fromPairs) || (!found.fromTables && n > 1)
  if (claims) return list(found.claims.length) ? "claim-list" : "claim-detail"
  return list(found.auths.length) ? "auth-list" : "auth-detail"
}

export function readPage(doc: Document, url: string, adapter: PortalAdapter): Capture {
  const vocabulary = vocabularyFor(adapter)
  const found: Found = { claims: [], auths: [], fromTables: false, fromPairs: false, warnings: [] }
  try {
    const vis = new Visibility(doc)
    const grids = findGrids(doc, vis, vocabulary)
    // tables of records or service lines are read as tables; pairs come from everything else
    const tabular = grids.filter((g) => columnKeys(g, vocabulary).some((k) => k === "claimNumber" || k === "authNumber" || k === "procedure"))
    const headings = headingPairs(doc, vis) // a table's caption counts too, so these skip the in-grid test
    const pairs = [...findPairs(doc, vis, vocabulary, new Set(tabular.map((g) => g.el))), ...headings]
    const inGrid = (p: Pair, gs: Grid[]) => gs.some((g) => g.el.contains(p.el))
    const context = bagOfPairs([...pairs.filter((p) => CONTEXT_KEYS.has(p.key) && !inGrid(p, grids) && !headings.includes(p)), ...headings])
    const detail: Detail = { bag: emptyBag(), linesByTable: new Map(), codes: [] }
    readTables(grids, vocabulary, context, adapter.payer, found, detail)
    readPairs(pairs, detail, adapter.payer, found)
  } catch (error) {
    found.warnings.push(`page could not be read completely: ${error instanceof Error ? error.name : "error"}`)
  }
  let parsedUrl: URL | null = null
  try {
    parsedUrl = new URL(url)
  } catch {
    found.warnings.push("the page address is not a valid URL")
  }
  const fromUrl = parsedUrl && adapter.pageKindFromUrl ? adapter.pageKindFromUrl(parsedUrl) : null
  if (found.claims.length === 0 && found.auths.length === 0)
    found.warnings.push("no claims or authorizations found on this page")
  const capture: Capture = {
    version: 1,
    portal: adapter.id,
    url,
    pageKind: pageKind(found, fromUrl),
    claims: dedupe(found.claims, (c) => c.claimNumber),
    authorizations: dedupe(found.auths, (a) => a.authNumber),
    warnings: found.warnings
  }
  return adapter.refine ? adapter.refine(capture, doc) : capture
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)))
}
