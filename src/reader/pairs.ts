// Label/value pairs as detail pages show them: <dl>, two-column tables, "Label: value" text, record headings,
// <strong>Label:</strong> value, label + read-only input, and label/value element pairs.
import { isKnownLabel, mayStartWithLabel, meaningOf, type CompiledVocabulary, type FieldKey } from "./vocabulary"
import type { Visibility } from "./visible"
import { cleanText } from "./normalise"
import { segmentsOf, withoutFurniture } from "./facts"

export type Pair = { key: FieldKey; label: string; value: string; el: Element }

const BLOCKS = new Set(["P", "DIV", "LI", "TABLE", "UL", "DL", "SECTION"])
const TEXT_HOLDERS = new Set([
  "STRONG",
  "B",
  "SPAN",
  "LABEL",
  "TH",
  "TD",
  "DIV",
  "P",
  "LI",
  "H3",
  "H4",
  "H5",
  "H6",
  "DT",
  "SMALL",
  "EM"
])

// Menus and breadcrumbs hold links, never a record's facts.
const isNavigation = (el: Element) => {
  if (el.tagName === "NAV") return true
  if (!el.hasAttributes()) return false
  const role = el.getAttribute("role")
  return (
    role === "navigation" ||
    role === "menubar" ||
    /breadcrumb/i.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("aria-label") ?? ""}`)
  )
}

/** Label/value pairs of the visible page (or of `root`), outside the `skip` subtrees (record tables read as tables). */
export function findPairs(
  doc: Document,
  vis: Visibility,
  vocabulary: CompiledVocabulary,
  skip: ReadonlySet<Element> = new Set(),
  root: Element | null = doc.body
): Pair[] {
  const pairs: Pair[] = []
  const used = new Set<Element>()
  const add = (label: string, value: string, el: Element, claimElement = true) => {
    const key = meaningOf(label.replace(/:\s*$/, ""), vocabulary)
    const v = withoutFurniture(cleanText(value))
    if (!key || key === "ignore" || !v || used.has(el)) return
    // the same fact seen through a nested element (<p><strong>Label:</strong> value</p>) counts once; where the
    // outer text ran on into the next fact ("Payer: Aetna Showing 1-4"), the inner element's shorter value wins
    const near = pairs.find(
      (p) =>
        p.key === key && (p.el.contains(el) || el.contains(p.el)) && (p.value.startsWith(v) || v.startsWith(p.value))
    )
    if (near) {
      if (v.length < near.value.length) Object.assign(near, { value: v, label: cleanText(label) })
      return
    }
    if (claimElement) used.add(el)
    pairs.push({ key, label: cleanText(label), value: v, el })
  }
  if (!root) return pairs
  const body = root
  const visible = [...vis.elements(body, skip, isNavigation)]
  const byTag = (tag: string) => visible.filter((el) => el.tagName === tag)
  // elements holding blocks are containers, not label/value texts (one pass, children before parents)
  const holdsBlocks = new Set<Element>()
  for (let i = visible.length - 1; i >= 0; i--) {
    const el = visible[i]
    if ((BLOCKS.has(el.tagName) || holdsBlocks.has(el)) && el.parentElement) holdsBlocks.add(el.parentElement)
  }

  for (const dt of byTag("DT")) {
    const dd = dt.nextElementSibling
    if (dd?.tagName === "DD") add(vis.text(dt), vis.text(dd), dt)
  }

  for (const row of byTag("TR")) {
    const cells = [...row.children].filter((c) => c.tagName === "TD" || c.tagName === "TH")
    if (cells.length < 2 || cells.length % 2 !== 0) continue
    const texts = cells.map((c) => vis.text(c))
    // label, value[, label, value] — only when every label cell reads as a label
    const labels = texts.filter((_, i) => i % 2 === 0)
    if (!labels.every((l) => meaningOf(l.replace(/:$/, ""), vocabulary))) continue
    // a header row of a small table ("Claim #" | "Status") is not a label/value pair
    if (texts.filter((_, i) => i % 2 === 1).every((v) => meaningOf(v, vocabulary) && !/\d/.test(v))) continue
    for (let i = 0; i < cells.length; i += 2) add(texts[i], texts[i + 1], cells[i])
  }

  for (const label of byTag("LABEL")) {
    const forId = label.getAttribute("for")
    const input = (forId ? doc.getElementById(forId) : null) ?? label.querySelector("input,textarea")
    if (input && (input.tagName === "INPUT" || input.tagName === "TEXTAREA") && !vis.isHidden(input)) {
      const ro = input.hasAttribute("readonly") || input.hasAttribute("disabled")
      if (ro) add(labelText(label, vis), (input as HTMLInputElement).value, label)
    }
  }

  // Text with "Label: value" inside (one or several: "Member: DOE, JANE  Member ID: 123"), and elements
  // whose own text is a label ending in ":" (or a known label) followed by a value sibling.
  for (const el of visible) {
    if (!TEXT_HOLDERS.has(el.tagName) || used.has(el) || holdsBlocks.has(el)) continue
    const own = vis.text(el)
    if (!own || own.length > 240) continue
    if (/:\s*\S/.test(own) || (/[·•|]/.test(own) && /\d/.test(own))) {
      // the text as written only where it may hold wide spaces (most "Label: value" texts do not)
      const raw = /[\u00a0\u2001-\u2003]/.test(el.textContent ?? "") ? vis.rawText(el) : own
      for (const [label, value] of labelledFacts(raw, vocabulary)) add(label, value, el, false)
      used.add(el)
      continue
    }
    if (el.children.length > 0) continue
    // "Service Dates 12/30/2025 - 12/30/2025", "Start 01/03/2026": a known label and a value that starts with a figure
    const loose = own.length <= 80 && /\d/.test(own) ? looseLabelled(own, vocabulary) : null
    if (loose && /^[$\d(-]/.test(loose[1]) && !ID_KEYS.has(meaningOf(loose[0], vocabulary) ?? "ignore")) {
      add(loose[0], loose[1], el)
      continue
    }
    const next = el.nextElementSibling
    const siblings = el.parentElement?.children.length ?? 0
    const trailing = el.nextSibling?.nodeType === 3 ? cleanText((el.nextSibling as Text).data) : ""
    // a known label and its value: the only two elements of their parent, or the label element and the text after it
    const shaped = (next && siblings === 2) || (!next && siblings === 1 && trailing)
    // a label is a few words, never a line of several facts ("Harborview Health Plan · Provider Portal")
    const isLabel =
      /:$/.test(own) || (shaped && !/[·•|]/.test(own) && own.split(" ").length <= 5 && meaningOf(own, vocabulary))
    if (!isLabel) continue
    if (trailing) add(own, trailing, el)
    else if (next && !vis.isHidden(next) && !/:$/.test(vis.text(next))) add(own, vis.text(next), el)
  }

  // A section headed by a label, its value the short text under it: "<h2>Diagnosis</h2><p>1. F41.1  2. F43.23</p>".
  for (const el of visible) {
    if (!SECTION_HEADINGS.has(el.tagName) || used.has(el)) continue
    const own = vis.text(el)
    const next = el.nextElementSibling
    if (
      !next ||
      !isKnownLabel(own, vocabulary) ||
      !/^(?:P|DIV|SPAN|UL|OL)$/.test(next.tagName) ||
      next.querySelector("table")
    )
      continue
    const value = vis.text(next)
    if (value.length <= 100 && /\d/.test(value) && !/:\s/.test(value)) add(own, value, el)
  }

  // A heading that names the record: "Claim ID 7712040019", "Authorization # 2611B00431" (no colon).
  for (const el of visible) {
    if (!HEADINGS.has(el.tagName) || used.has(el)) continue
    const raw = el.textContent ?? ""
    if (raw.length > 80 || !/\d/.test(raw)) continue // cheap test first: an id has digits
    const m = HEADING_ID.exec(vis.text(el))
    const key = m && meaningOf(m[1], vocabulary)
    if (m && (key === "claimNumber" || key === "authNumber")) add(m[1], m[2], el)
  }

  // "Payer: <strong>Anthem</strong>": a text node ends with the label, the next element holds the value.
  for (const parent of [root, ...visible]) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== 3) continue
      const m = TRAILING_LABEL.exec((node as Text).data)
      const next = node.nextSibling
      if (!m || !next || next.nodeType !== 1 || vis.isHidden(next as Element)) continue
      add(m[1], vis.text(next as Element), next as Element)
    }
  }
  return pairs
}

const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6", "LEGEND", "SUMMARY"])
const SECTION_HEADINGS = new Set(["H2", "H3", "H4", "H5", "H6"])
const ID_KEYS = new Set<string>(["claimNumber", "authNumber"])
const HEADING_ID = /^([A-Za-z][A-Za-z .']{1,30}?(?:#|no\.?|id|number)?)\s*#?\s*([A-Z0-9][A-Z0-9-]{3,30})$/i
const TRAILING_LABEL = /(?:^|[·|•,;]\s*)([A-Za-z][A-Za-z0-9 #/().'&-]{1,40}):\s*$/

function labelText(label: Element, vis: Visibility): string {
  const clone = label.cloneNode(true) as Element
  clone.querySelectorAll("input,textarea").forEach((i) => i.remove())
  return cleanText(clone.textContent) || vis.text(label)
}

/**
 * The labelled facts of a text: cut where the page separates its facts ("Organization: X · Payer: Aetna · Showing 1-4
 * of 4"), then "Label: value" runs, or a known label followed by its value without a colon ("DOB 03/14/1988").
 */
export function labelledFacts(raw: string, vocabulary: CompiledVocabulary): [string, string][] {
  return segmentsOf(raw).flatMap((segment) => {
    if (/:(?=\s|$)/.test(segment)) return splitLabelled(segment, vocabulary)
    const loose = looseLabelled(segment, vocabulary)
    return loose ? [loose] : []
  })
}

/** "Start 01/03/2026", "Member ID 01177342", "Units Approved 12": a known label, then a value with a digit. */
export function looseLabelled(segment: string, vocabulary: CompiledVocabulary): [string, string] | null {
  if (!mayStartWithLabel(segment, vocabulary)) return null
  const words = segment.split(" ")
  for (let n = Math.min(6, words.length - 1); n >= 1; n--) {
    const label = words
      .slice(0, n)
      .join(" ")
      .replace(/[#:-]+$/, "")
    const value = words
      .slice(n)
      .join(" ")
      .replace(/^[#:-]\s*/, "")
    if (/\d/.test(label) || !/\d/.test(value)) continue
    if (isKnownLabel(label, vocabulary)) return [label, value]
  }
  return null
}

/**
 * "Member: BROWN, ELIJAH Member ID: 00982217 Search period: 07/01/2026" → labelled values. Each colon ends a
 * label; the label is the words before it (no digits, at most five), the known phrase preferred; a value
 * runs to where the next label starts.
 */
export function splitLabelled(text: string, vocabulary: CompiledVocabulary): [string, string][] {
  const colons = [...text.matchAll(/:(?=\s|$)/g)].map((m) => m.index!)
  if (colons.length === 0) return []
  const labels = colons
    .map((at, i) => {
      const floor = i === 0 ? 0 : colons[i - 1] + 1
      const before = text.slice(floor, at)
      const words = before.split(" ")
      const run: string[] = []
      let afterData = false
      for (let w = words.length - 1; w >= 0 && run.length < 5; w--) {
        const word = words[w]
        if (!word) continue
        if (/\d/.test(word)) {
          afterData = true
          break
        }
        if (/[,;·|•]$/.test(word)) break
        run.unshift(word)
      }
      let start = at - run.join(" ").length
      // After a previous value made of words, the run may begin with that value's words: the longest tail that
      // is a known label exactly marks where the label starts. After a date or number, or at the start of the
      // text, the whole run is the label.
      if (i > 0 && !afterData) {
        for (let k = 0; k < run.length; k++) {
          const tail = run.slice(k).join(" ")
          if (isKnownLabel(tail, vocabulary)) {
            start = at - tail.length
            break
          }
        }
      }
      return { start, at, empty: run.length === 0 }
    })
    .filter((l) => !l.empty) // "Status: P1: Pending" — a colon after a code is part of the value
  return labels
    .map(({ start, at }, i) => {
      const end = i + 1 < labels.length ? labels[i + 1].start : text.length
      return [
        text.slice(start, at).trim(),
        text
          .slice(at + 1, end)
          .replace(/[\s·|•,;]+$/, "")
          .trim()
      ] as [string, string]
    })
    .filter(([l, v]) => l && v)
}
