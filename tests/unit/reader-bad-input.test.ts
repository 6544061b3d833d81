// Pages that go wrong in the wild: huge, deep, half-loaded, headers without rows. No exception escapes.
import { describe, expect, it } from "vitest"
import { Capture } from "../../src/model/capture"
import { readHtml } from "./helpers"

const URL_ = "https://apps.availity.com/public/apps/claim-status/results"
const header =
  "<tr><th>Claim Number</th><th>Patient Name</th><th>Service Dates</th><th>Billed Amount</th><th>Paid Amount</th><th>Status</th></tr>"
const row = (i: number) =>
  `<tr><td>C${String(i).padStart(9, "0")}</td><td>PATIENT, NUMBER${i}</td><td>10/07/2026</td><td>$180.00</td><td>$0.00</td><td>Denied</td></tr>`

describe("reader on bad input", () => {
  it("reads a 10,000-row claim list", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i)).join("")
    const capture = readHtml(`<table><thead>${header}</thead><tbody>${rows}</tbody></table>`, URL_)
    expect(capture.claims).toHaveLength(10_000)
    expect(capture.claims[9_999]).toMatchObject({ claimNumber: "C000009999", billedCents: 18000, status: "denied" })
  }, 60_000) // 12–15 s alone in happy-dom, more beside other suites; the reader's speed budget is the bench's

  it("survives a 5 MB page of noise around one claim", () => {
    const noise = `<div><p>${"Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40)}</p></div>`.repeat(
      2200
    )
    const html = `<main>${noise}<table><thead>${header}</thead><tbody>${row(1)}</tbody></table></main>`
    expect(html.length).toBeGreaterThan(5_000_000)
    const capture = readHtml(html, URL_)
    expect(capture.claims.map((c) => c.claimNumber)).toEqual(["C000000001"])
  })

  it("survives deep nesting", () => {
    const depth = 3000
    const html = "<div>".repeat(depth) + `<table>${header}${row(7)}</table>` + "</div>".repeat(depth)
    const capture = readHtml(html, URL_)
    expect(Capture.safeParse(capture).success).toBe(true)
    expect(capture.claims.map((c) => c.claimNumber)).toEqual(["C000000007"])
  })

  it("a header row with no rows yet (half-loaded page) yields nothing and says so", () => {
    const capture = readHtml(
      `<table><thead>${header}</thead><tbody><tr><td colspan="6">Loading…</td></tr></tbody></table>`,
      URL_
    )
    expect(capture.claims).toEqual([])
    expect(capture.warnings).toContain("no claims or authorizations found on this page")
    expect(capture.pageKind).toBe("claim-list") // the address says so, and there is nothing to contradict it
  })

  it("merged cells and rows without a readable claim number are skipped with a warning", () => {
    const html = `<table><thead>${header}</thead><tbody>${row(1)}<tr><td colspan="6">Total: $180.00</td></tr><tr><td>Subtotal</td><td></td><td></td><td>$180.00</td><td>$0.00</td><td></td></tr></tbody></table>`
    const capture = readHtml(html, URL_)
    expect(capture.claims.map((c) => c.claimNumber)).toEqual(["C000000001"])
    expect(capture.warnings.join(" ")).toMatch(/row\(s\) of a claim table had no readable claim number/)
  })

  it("an empty or garbage document yields an empty, valid capture", () => {
    for (const html of ["", "<html></html>", "\u0000\u0001<<<>>>", "<table><tr><td>"]) {
      const capture = readHtml(html, URL_)
      expect(Capture.safeParse(capture).success).toBe(true)
      expect(capture.claims).toEqual([])
    }
  })
})
