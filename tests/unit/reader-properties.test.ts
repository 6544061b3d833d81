// Property tests: fixture pages mutated the ways real pages go wrong (cells dropped, columns shuffled,
// junk text injected, labels removed). The reader never throws and never invents a value.
import { readFileSync } from "node:fs"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Capture } from "../../src/model/capture"
import { parseHtml } from "../../src/cli/dom"
import { capturePage } from "../../src/reader"
import { listFixtures } from "../sandbox/pages"

const fixtures = listFixtures().filter((f) => f.expected)

type Mutation = { kind: "drop" | "junk" | "unlabel"; pick: number; junk: string }

function mutate(doc: Document, m: Mutation): void {
  const pool = {
    drop: "td, th, dd, [role=cell], [role=gridcell], li, .field-value, span",
    junk: "td, dd, p, div, span, li",
    unlabel: "th, dt, strong, b, label, [role=columnheader]"
  }[m.kind]
  const els = [...doc.body.querySelectorAll(pool)]
  if (els.length === 0) return
  const el = els[m.pick % els.length]
  if (m.kind === "drop") el.remove()
  else if (m.kind === "junk") el.appendChild(doc.createTextNode(` ${m.junk} `))
  else el.textContent = ""
}

function visibleDigits(doc: Document): string {
  return (doc.body.textContent ?? "") + [...doc.querySelectorAll("input")].map((i) => i.value).join(" ")
}

/** Every id and every amount in the capture can be found in the page's text. */
function assertNothingInvented(capture: Capture, text: string) {
  const flat = text.replace(/[\s,]+/g, "")
  for (const c of capture.claims) {
    expect(flat).toContain(c.claimNumber.replace(/[\s,]+/g, ""))
    for (const cents of [c.billedCents, c.paidCents, c.allowedCents, c.patientResponsibilityCents]) {
      if (cents === null) continue
      const abs = Math.abs(cents)
      const written = (abs / 100).toFixed(2)
      expect(flat.includes(written) || (abs % 100 === 0 && flat.includes(String(abs / 100)))).toBe(true)
    }
  }
  for (const a of capture.authorizations) expect(flat).toContain(a.authNumber.replace(/\s+/g, ""))
}

describe("reader properties", () => {
  it("mutated fixture pages never throw and never invent records or amounts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fixtures.length - 1 }),
        fc.array(
          fc.record({
            kind: fc.constantFrom<"drop" | "junk" | "unlabel">("drop", "junk", "unlabel"),
            pick: fc.nat(),
            junk: fc.oneof(
              fc.string(),
              fc.constantFrom("CO-", "$", "Claim #:", "12/", "F41", "(", "Status: Denied", "N/A")
            )
          }),
          { minLength: 1, maxLength: 6 }
        ),
        (index, mutations) => {
          const f = fixtures[index]
          const { document, close } = parseHtml(readFileSync(f.htmlPath, "utf8"), f.url)
          try {
            for (const m of mutations) mutate(document, m)
            const capture = capturePage(document, f.url)
            expect(Capture.safeParse(capture).success).toBe(true)
            assertNothingInvented(capture, visibleDigits(document))
          } finally {
            close()
          }
        }
      ),
      { numRuns: 150, seed: 20261127 }
    )
  })

  it("shuffling the columns of every table changes nothing read", () => {
    const simple = fixtures.filter((f) => {
      const html = readFileSync(f.htmlPath, "utf8")
      return /<table/i.test(html) && !/(rowspan|colspan)/i.test(html)
    })
    expect(simple.length).toBeGreaterThan(10)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: simple.length - 1 }), fc.nat(), (index, seed) => {
        const f = simple[index]
        const { document, close } = parseHtml(readFileSync(f.htmlPath, "utf8"), f.url)
        try {
          for (const table of document.querySelectorAll("table")) {
            const rows = [...(table as HTMLTableElement).rows].filter((r) => r.closest("table") === table)
            const width = rows[0]?.children.length ?? 0
            const headed =
              rows[0] &&
              (rows[0].parentElement?.tagName === "THEAD" || [...rows[0].children].every((c) => c.tagName === "TH"))
            // label/value tables are read by pairs, not by columns: only tables with a header row are shuffled
            if (!headed || width < 3 || rows.some((r) => r.children.length !== width)) continue
            const order = [...Array(width).keys()].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101))
            for (const row of rows) {
              const cells = [...row.children]
              for (const i of order) row.appendChild(cells[i])
            }
          }
          expect(capturePage(document, f.url)).toEqual(f.expected)
        } finally {
          close()
        }
      }),
      { numRuns: 60, seed: 7 }
    )
  })
})
