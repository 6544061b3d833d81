// The reader: a page (any layout) → one capture-v1. Tables give list records, label/value pairs give
// detail records; the adapter adds its words, its payer name and its URL hints.
import type { Authorization, Capture, Claim, PageKind } from "../model/capture"
import type { PortalAdapter } from "../portals/types"
import { findGrids, type Grid, type GridRow } from "./tables"
import { findPairs, labelledFacts, type Pair } from "./pairs"
import { BASE_VOCABULARY, compileVocabulary, meaningOf, type CompiledVocabulary, type FieldKey } from "./vocabulary"
import { Visibility } from "./visible"
import { authorizationFrom, claimFrom, emptyBag, lineFrom, put, recordId, type Bag } from "./records"
import { parseDates } from "./normalise"
import { headingPairs } from "./headings"
import { parseCount, serviceCodesIn } from "./facts"
import { refuseImpossible } from "./checks"
import { proseFacts } from "./prose"

type Found = {
  claims: Claim[]
  auths: Authorization[]
  fromTables: boolean
  fromPairs: boolean
  warnings: string[]
  /** values refused while the records were built, by record */
  refusals: WeakMap<object, string[]>
}

const compiled = new Map<string, CompiledVocabulary>()
function vocabularyFor(adapter: PortalAdapter): CompiledVocabulary {
  let v = compiled.get(adapter.id)
  if (!v) compiled.set(adapter.id, (v = compileVocabulary(adapter.vocabulary ?? {}, BASE_VOCABULARY)))
  return v
}

/** What each column means; a meaning counts once, except codes ("Service" and "HCPCS" columns side by side). */
function columnKeys(grid: Grid, vocabulary: CompiledVocabulary): (FieldKey | null)[] {
  const seen = new Set<FieldKey>()
  return grid.headers.map((h) => {
    const key = meaningOf(h, vocabulary)
    if (!key || key === "ignore" || (seen.has(key) && key !== "procedure")) return null
    seen.add(key)
    return key
  })
}

/** A row's texts by meaning. A cell may hold several labelled facts ("Units Approved: 96 Units Used: 38"): each is
 * read by its own label, beside what the column says. */
function bagOfRow(
  cells: string[],
  keys: (FieldKey | null)[],
  headers: string[],
  context: Bag,
  vocabulary?: CompiledVocabulary
): Bag {
  const bag = emptyBag()
  if (vocabulary)
    keys.forEach((key, i) => {
      if (!/\S:\s/.test(cells[i] ?? "")) return
      for (const [label, value] of labelledFacts(cells[i], vocabulary)) {
        const k = meaningOf(label, vocabulary)
        if (k && k !== key && k !== "ignore") put(bag, k, value, label)
      }
    })
  keys.forEach((key, i) => key && cells[i] && lend(bag, key, cells[i], headers[i], true))
  for (const [key, value] of Object.entries(context.values) as [FieldKey, string][])
    if (CONTEXT_KEYS.has(key)) put(bag, key, value, context.labels[key] ?? "")
  return bag
}

// What a page header ("Member: Jane Doe") may lend to the records listed under it.
// (a remittance's check number and date belong to every claim on it)
const CONTEXT_KEYS = new Set<FieldKey>([
  "patientName",
  "patientFirstName",
  "patientLastName",
  "memberId",
  "dateOfBirth",
  "payer",
  "checkNumber",
  "paymentDate"
])

function linesOf(grids: Grid[], vocabulary: CompiledVocabulary) {
  return grids.flatMap((g) => {
    const keys = columnKeys(g, vocabulary)
    if (!keys.includes("procedure")) return []
    return g.rows.flatMap((r) => lineFrom(bagOfRow(r.cells, keys, g.headers, emptyBag())) ?? [])
  })
}

/** Keys a note or a sub-row may lend to the record above it (never its number: a note is not a record). */
const LENT = (key: FieldKey) => key !== "claimNumber" && key !== "authNumber" && key !== "ignore"
/** Codes add up; every other fact fills only what the record above does not show. */
function lend(bag: Bag, key: FieldKey, value: string, label: string, own = false) {
  if (!own && !LENT(key)) return
  if ((key === "procedure" || key === "revenueCode") && bag.values[key] !== undefined) bag.values[key] += `, ${value}`
  else put(bag, key, value, label)
}

/** The facts of a note row ("Procedure codes: 90834, 90837 · Start 12/01/2026"), structured or written out. */
function noteFacts(row: GridRow, ctx: PageContext): Pair[] {
  const pairs = findPairs(ctx.doc, ctx.vis, ctx.vocabulary, new Set(), row.el)
  for (const [label, value] of labelledFacts(ctx.vis.rawText(row.el), ctx.vocabulary)) {
    const key = meaningOf(label, ctx.vocabulary)
    if (key && key !== "ignore" && !pairs.some((p) => p.key === key)) pairs.push({ key, label, value, el: row.el })
  }
  return pairs
}

type PageContext = { doc: Document; vis: Visibility; vocabulary: CompiledVocabulary }

/** A row under a record that is not a record: a note spanning the row, a row repeating the record's number
 * (a rowspan), or a row whose number and patient cells are empty (a second line of the record above). */
function isSubRow(row: GridRow, keys: (FieldKey | null)[], idKey: FieldKey, currentId: string | null): boolean {
  if (row.whole) return true
  const cell = (k: FieldKey) => {
    const i = keys.indexOf(k)
    return i >= 0 ? row.cells[i].trim() : ""
  }
  const id = recordId(cell(idKey))
  if (id) return id === currentId
  return !cell(idKey) && !cell("patientName") && !cell("patientLastName") && !cell("memberId")
}

/** Reads record tables into records, and service-line tables into the detail page's record. */
function readTables(
  grids: Grid[],
  ctx: PageContext,
  context: Bag,
  payer: string | null,
  found: Found,
  detail: Detail
): void {
  const { vocabulary } = ctx
  for (const grid of grids) {
    const keys = columnKeys(grid, vocabulary)
    const isClaims = keys.includes("claimNumber")
    const isAuths = !isClaims && keys.includes("authNumber")
    if (isClaims || isAuths) {
      const idKey = isClaims ? "claimNumber" : "authNumber"
      // each record row with the sub-rows under it
      const records: { bag: Bag; children: Grid[] }[] = []
      let skipped = 0
      let currentId: string | null = null
      for (const row of grid.rows) {
        const current = records.at(-1)
        if (current && isSubRow(row, keys, idKey, currentId)) {
          if (row.whole) for (const p of noteFacts(row, ctx)) lend(current.bag, p.key, p.value, p.label)
          else keys.forEach((key, i) => key && row.cells[i] && lend(current.bag, key, row.cells[i], grid.headers[i]))
          current.children.push(...row.children)
          continue
        }
        const bag = bagOfRow(row.cells, keys, grid.headers, emptyBag(), vocabulary)
        currentId = recordId(bag.values[idKey])
        if (!currentId) {
          if (!row.whole) skipped++
          continue
        }
        records.push({ bag, children: [...row.children] })
      }
      for (const { bag, children } of records) {
        for (const [key, value] of Object.entries(context.values) as [FieldKey, string][])
          if (CONTEXT_KEYS.has(key)) put(bag, key, value, context.labels[key] ?? "")
        if (isClaims) {
          const claim = claimFrom(bag, linesOf(children, vocabulary), payer)
          if (claim) found.claims.push(claim)
        } else {
          // an expanded row's service lines name the authorization's codes
          for (const child of children) {
            const childKeys = columnKeys(child, vocabulary)
            for (const r of child.rows)
              for (const k of ["procedure", "revenueCode"] as const) {
                const i = childKeys.indexOf(k)
                if (i >= 0 && r.cells[i]) lend(bag, k, r.cells[i], child.headers[i])
              }
          }
          const auth = authorizationFrom(bag, payer, [], found.refusals)
          if (auth) found.auths.push(auth)
        }
      }
      found.fromTables = true
      if (skipped > 0 && records.length > 0)
        found.warnings.push(
          `${skipped} row(s) of a ${isClaims ? "claim" : "authorization"} table had no readable ${isClaims ? "claim" : "authorization"} number`
        )
      continue
    }
    if (keys.includes("procedure") || keys.includes("revenueCode")) {
      // A service-line table on a detail page: lines of the claim, or the codes (and counts) of the authorization.
      const bags: Bag[] = []
      for (const row of grid.rows) {
        const bag = bagOfRow(row.cells, keys, grid.headers, emptyBag(), vocabulary)
        const line = lineFrom(bag)
        if (line) {
          const lines = detail.linesByTable.get(grid.el) ?? []
          lines.push(line)
          detail.linesByTable.set(grid.el, lines)
        }
        detail.codes.push(...serviceCodesIn(bag.values.procedure))
        if (!row.whole) bags.push(bag)
      }
      for (const [k, v] of Object.entries(servicesTotal(bags, keys)) as [FieldKey, string][])
        put(detail.bag, k, v, grid.headers[keys.indexOf(k)] ?? "")
    }
  }
}

const PERIOD_KEYS = [
  "unitsApproved",
  "unitsUsed",
  "unitsRemaining",
  "units",
  "startDate",
  "endDate",
  "authPeriod",
  "status",
  "unitType"
] as const
const SUMMED = new Set<FieldKey>(["unitsApproved", "unitsUsed", "unitsRemaining"])

/**
 * What an authorization's service lines say of the whole: one line is the authorization's own counts and period;
 * several lines (90791 × 1, 90837 × 12) add up where every line states the count, and span from the earliest start
 * to the latest end. The status is the lines' only when they all say the same.
 */
function servicesTotal(bags: Bag[], keys: (FieldKey | null)[]): Partial<Record<FieldKey, string>> {
  const out: Partial<Record<FieldKey, string>> = {}
  if (bags.length === 0) return out
  if (bags.length === 1) {
    for (const k of PERIOD_KEYS) if (bags[0].values[k] !== undefined) out[k] = bags[0].values[k]
    return out
  }
  if (!keys.some((k) => k !== null && SUMMED.has(k))) return out // claim lines: their dates are the lines' own
  for (const k of SUMMED) {
    const counts = bags.map((b) => parseCount(b.values[k]))
    if (counts.every((n) => n !== null)) out[k] = String(counts.reduce((a, n) => a + n!, 0))
  }
  const starts = bags
    .flatMap((b) => parseDates(b.values.startDate ?? b.values.authPeriod ?? b.values.serviceDates ?? "").slice(0, 1))
    .sort()
  const ends = bags
    .flatMap((b) => parseDates(b.values.endDate ?? b.values.authPeriod ?? b.values.serviceDates ?? "").slice(-1))
    .sort()
  if (starts.length === bags.length) out.startDate = starts[0]
  if (ends.length === bags.length) out.endDate = ends.at(-1)
  const statuses = new Set(bags.map((b) => b.values.status))
  if (statuses.size === 1 && bags[0].values.status) out.status = bags[0].values.status
  const types = new Set(bags.map((b) => b.values.unitType))
  if (types.size === 1 && bags[0].values.unitType) out.unitType = bags[0].values.unitType
  return out
}

type Line = NonNullable<ReturnType<typeof lineFrom>>
/** What a detail page's service-line tables hold; with several records on a page, each card takes the lines
 * of the tables inside it. */
type Detail = { bag: Bag; linesByTable: Map<Element, Line[]>; codes: string[] }
const allLines = (detail: Detail) => [...detail.linesByTable.values()].flat()

/** Pairs are grouped into cards: each id pair owns the pairs of the largest container holding no other id. */
function groupPairs(
  pairs: Pair[],
  idKey: "claimNumber" | "authNumber"
): { ids: Pair[]; groups: Pair[][]; boxes: Element[]; rest: Pair[] } {
  const ids = pairs.filter((p) => p.key === idKey && recordId(p.value))
  if (new Set(ids.map((p) => recordId(p.value))).size <= 1)
    return { ids: ids.slice(0, 1), groups: [pairs], boxes: [], rest: [] }
  const containers = ids.map((id) => {
    let box: Element = id.el
    while (box.parentElement && !ids.some((o) => o !== id && box.parentElement!.contains(o.el))) box = box.parentElement
    return box
  })
  const groups = containers.map((box) => {
    const group = pairs.filter((p) => box.contains(p.el))
    const title = cardTitle(box)
    if (title && !group.some((p) => p.key === "patientName"))
      group.push({ key: "patientName", label: "", value: title, el: box })
    return group
  })
  const rest = pairs.filter((p) => !containers.some((box) => box.contains(p.el)))
  return { ids, groups, boxes: containers, rest }
}

/** A card titled with a person's name ("<h3>Avery Collins</h3>") names the patient. */
function cardTitle(box: Element): string | null {
  const heading = box.querySelector("h1,h2,h3,h4,h5,h6,header,legend,caption")
  const text = heading?.textContent?.replace(/\s+/g, " ").trim() ?? ""
  return /^[A-Za-z][A-Za-z'.-]+(?:,? [A-Za-z][A-Za-z'.-]*){1,3}$/.test(text) && !/:/.test(text) && !meaningOf(text)
    ? text
    : null
}

function bagOfPairs(pairs: Pair[], context: Pair[] = []): Bag {
  const bag = emptyBag()
  for (const p of pairs) put(bag, p.key, p.value, p.label)
  for (const p of context) if (CONTEXT_KEYS.has(p.key)) put(bag, p.key, p.value, p.label)
  return bag
}

/** `lowest`: facts a letter says in sentences, taken where nothing labelled says them (one record only). */
function readPairs(pairs: Pair[], detail: Detail, payer: string | null, found: Found, lowest: Pair[] = []) {
  for (const idKey of ["claimNumber", "authNumber"] as const) {
    const { ids, groups, boxes, rest } = groupPairs(pairs, idKey)
    if (ids.length === 0) continue
    // each card's service lines: the tables inside it, or (cards one after another, "Claim 1 of 3 … lines … Claim 2")
    // the tables after it and before the next card
    const owner = (table: Element) =>
      boxes.find((box) => box.contains(table)) ??
      boxes.filter((box) => box.compareDocumentPosition(table) & 4 /* DOCUMENT_POSITION_FOLLOWING */).at(-1)
    const linesIn = (box: Element | undefined) =>
      box ? [...detail.linesByTable].filter(([table]) => owner(table) === box).flatMap(([, lines]) => lines) : []
    groups.forEach((group, g) => {
      const bag = bagOfPairs(group, rest)
      if (ids.length === 1) {
        for (const [k, v] of Object.entries(detail.bag.values) as [FieldKey, string][])
          put(bag, k, v, detail.bag.labels[k] ?? "")
        for (const p of lowest)
          if (!(p.key === "procedure" && detail.codes.length > 0)) put(bag, p.key, p.value, p.label)
      }
      const known = (n: string) =>
        found.claims.some((c) => c.claimNumber === n) || found.auths.some((a) => a.authNumber === n)
      if (idKey === "claimNumber") {
        const claim = claimFrom(bag, ids.length === 1 ? allLines(detail) : linesIn(boxes[g]), payer)
        if (claim && !known(claim.claimNumber)) {
          found.claims.push(claim)
          found.fromPairs = true
        }
      } else {
        const auth = authorizationFrom(bag, payer, ids.length === 1 ? detail.codes : [], found.refusals)
        if (auth && !known(auth.authNumber)) {
          found.auths.push(auth)
          found.fromPairs = true
        }
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
  if (
    fromUrl &&
    fromUrl !== "unknown" &&
    (fromUrl.startsWith("claim") ? claims : fromUrl.startsWith("auth") ? auths : claims)
  ) {
    // the address names the page's kind; how many records it shows says whether it is a list (a "response details"
    // page of three claims, a "letter" view of one authorization)
    const n = fromUrl.startsWith("auth") ? found.auths.length : found.claims.length
    if (fromUrl.endsWith("-detail") && n > 1) return fromUrl.replace("-detail", "-list") as PageKind
    if (fromUrl.endsWith("-list") && n === 1 && !found.fromTables)
      return fromUrl.replace("-list", "-detail") as PageKind
    return fromUrl
  }
  // several records from cards read as a list too
  const list = (n: number) => (found.fromTables && !found.fromPairs) || (!found.fromTables && n > 1)
  if (claims) return list(found.claims.length) ? "claim-list" : "claim-detail"
  return list(found.auths.length) ? "auth-list" : "auth-detail"
}

export function readPage(doc: Document, url: string, adapter: PortalAdapter): Capture {
  const vocabulary = vocabularyFor(adapter)
  const found: Found = {
    claims: [],
    auths: [],
    fromTables: false,
    fromPairs: false,
    warnings: [],
    refusals: new WeakMap()
  }
  try {
    const vis = new Visibility(doc)
    const grids = findGrids(doc, vis, vocabulary)
    // tables of records or service lines are read as tables; pairs come from everything else
    const tabular = grids.filter((g) =>
      columnKeys(g, vocabulary).some(
        (k) => k === "claimNumber" || k === "authNumber" || k === "procedure" || k === "revenueCode"
      )
    )
    const headings = headingPairs(doc, vis) // a table's caption counts too, so these skip the in-grid test
    const pairs = [...findPairs(doc, vis, vocabulary, new Set(tabular.map((g) => g.el))), ...headings]
    const inGrid = (p: Pair, gs: Grid[]) => gs.some((g) => g.el.contains(p.el))
    const context = bagOfPairs([
      ...pairs.filter((p) => CONTEXT_KEYS.has(p.key) && !inGrid(p, grids) && !headings.includes(p)),
      ...headings
    ])
    const detail: Detail = { bag: emptyBag(), linesByTable: new Map(), codes: [] }
    readTables(grids, { doc, vis, vocabulary }, context, adapter.payer, found, detail)
    // a letter: what it says in sentences, where its labels are silent (never on a page of claims or of many records)
    let prose: Pair[] = []
    if (found.claims.length === 0 && found.auths.length === 0 && !pairs.some((p) => p.key === "claimNumber")) {
      const ids = new Set(
        pairs
          .filter((p) => p.key === "authNumber")
          .map((p) => recordId(p.value))
          .filter(Boolean)
      )
      prose = ids.size <= 1 ? proseFacts(doc, vis, new Set(tabular.map((g) => g.el))) : []
      const id = prose.find((p) => p.key === "authNumber")
      if (ids.size === 0 && id) pairs.push(id)
      prose = prose.filter((p) => p.key !== "authNumber")
    }
    readPairs(pairs, detail, adapter.payer, found, prose)
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
  const records = {
    claims: dedupe(found.claims, (c) => c.claimNumber),
    authorizations: dedupe(found.auths, (a) => a.authNumber)
  }
  const refused = refuseImpossible(records, found.refusals)
  const capture: Capture = {
    version: 1,
    portal: adapter.id,
    url,
    pageKind: pageKind(found, fromUrl),
    ...records,
    warnings: [...found.warnings, ...refused]
  }
  return adapter.refine ? adapter.refine(capture, doc) : capture
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)))
}
